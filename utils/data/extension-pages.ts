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

/**
 * Opens the console: Chrome's side panel or Firefox's sidebar. Both require a user gesture
 * (a click in the popup, a notification click), so call this directly from the handler.
 */
export async function openConsole(windowId?: number): Promise<void> {
  const sidePanel = chromeSidePanel();
  if (sidePanel) {
    const id = windowId ?? (await browser.windows.getLastFocused()).id;
    await sidePanel.open({ windowId: id });
    return;
  }
  const sidebar = firefoxSidebar();
  if (sidebar) {
    await sidebar.open();
    return;
  }
  // Neither API (a browser without side panels): the console works in a tab too.
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
}

export async function openControlPanel(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
