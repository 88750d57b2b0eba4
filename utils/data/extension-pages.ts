import { browser } from 'wxt/browser';

/** Chrome's sidePanel API; absent from the polyfill's types and from Firefox. */
interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
  setOptions(options: { path?: string; enabled?: boolean; tabId?: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

/** Firefox's sidebarAction API. */
interface FirefoxSidebarAction {
  open(): Promise<void>;
  isOpen(details: { windowId?: number }): Promise<boolean>;
}

export function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

function firefoxSidebar(): FirefoxSidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
}

let knownWindowId: number | undefined;

/**
 * Learns the window to open the side panel in ahead of time: sidePanel.open() must be called
 * synchronously inside the user gesture (a click, a notification click), with no await before it.
 */
export function trackFocusedWindow(): void {
  void browser.windows
    .getLastFocused()
    .then((window) => {
      knownWindowId ??= window.id;
    })
    .catch(() => {});
  browser.windows?.onFocusChanged?.addListener((windowId) => {
    if (windowId >= 0) knownWindowId = windowId;
  });
}

/**
 * Opens the console: Chrome's side panel or Firefox's sidebar. Call it directly from the click
 * (or notification click) handler; both browsers refuse outside a user gesture.
 */
export function openConsole(windowId: number | undefined = knownWindowId): Promise<void> {
  const sidePanel = chromeSidePanel();
  if (sidePanel && windowId !== undefined) return sidePanel.open({ windowId });
  const sidebar = firefoxSidebar();
  if (sidebar) return sidebar.open();
  // No window known yet, or a browser without side panels: the console works in a tab too.
  return browser.tabs
    .create({ url: browser.runtime.getURL('/sidepanel.html') })
    .then(() => undefined);
}

export async function openControlPanel(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
