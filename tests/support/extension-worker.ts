/**
 * What the extension's service worker shows while no console is open: notifications and the
 * toolbar badge, read through the chrome.* APIs inside the worker; and the focus request a
 * notification click leaves for the console.
 */
import type { ExtensionBrowser } from './chromium.ts';

interface WorkerChrome {
  notifications: { getAll(): Promise<Record<string, boolean>> };
  action: { getBadgeText(details: object): Promise<string> };
  storage: { local: { set(items: object): Promise<void> } };
}

/**
 * Waits (up to 20 s) until a notification id starts with `prefix` and, when `withBadge`, the
 * badge shows something; returns the notification ids and the badge text either way.
 */
export async function waitForNotification(
  operator: ExtensionBrowser,
  prefix: string,
  { withBadge = false } = {},
): Promise<{ ids: string[]; badge: string }> {
  const worker = await operator.worker();
  return worker.evaluate(
    async (wanted, badgeToo) => {
      const chrome = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
      const deadline = Date.now() + 20_000;
      let ids: string[] = [];
      let badge = '';
      while (Date.now() < deadline) {
        ids = Object.keys(await chrome.notifications.getAll());
        badge = await chrome.action.getBadgeText({});
        if (ids.some((id) => id.startsWith(wanted)) && (!badgeToo || badge !== '')) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return { ids, badge };
    },
    prefix,
    withBadge,
  );
}

/** What a notification click does: asks the console to show `conversation`. */
export async function requestFocus(operator: ExtensionBrowser, conversation: string) {
  const worker = await operator.worker();
  await worker.evaluate((key) => {
    const chrome = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    return chrome.storage.local.set({
      'parley.focus': { conversation: key, section: 'chats', at: Date.now() },
    });
  }, conversation);
}

/**
 * The extension's service worker loses (or gets back) the network. ConsolePage.loseConnection
 * takes only the page offline; a real outage takes both, or the worker sends what the page could
 * not. Returns the worker it applied to (a restarted worker starts online).
 */
export async function setWorkerOffline(operator: ExtensionBrowser, offline: boolean) {
  const worker = await operator.worker();
  await worker.client.send('Network.enable');
  await worker.client.send('Network.emulateNetworkConditions', {
    offline,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  return worker;
}
