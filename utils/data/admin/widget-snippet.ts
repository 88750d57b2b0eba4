import { browser } from 'wxt/browser';
import type { FirebaseSettings } from '../firebase-config.ts';

/**
 * The one tag a customer pastes into their website (widget/src/loader/loader.ts reads
 * data-workspace). Where widget.js is served depends on the deployment, so the address is a
 * setting of the Control Panel with a sensible default: the demo website of the local stack, or
 * Firebase Hosting's default site of the project.
 */

export const WIDGET_URL_STORAGE_KEY = 'parley.widgetScriptUrl';

export function defaultWidgetScriptUrl(settings: FirebaseSettings): string {
  return settings.useEmulators
    ? `http://${settings.emulatorHost}:5173/widget/widget.js`
    : `https://${settings.projectId}.web.app/widget/widget.js`;
}

/** Why an address can't serve the widget, or null. */
export function widgetScriptUrlError(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
      return 'The address must start with https:// (or http:// for local testing).';
    return null;
  } catch {
    return 'Enter the full address of widget.js, e.g. https://chat.example.com/widget.js.';
  }
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<script src="…/widget.js" data-workspace="<ws>" async></script>` */
export function widgetSnippet(scriptUrl: string, workspaceId: string): string {
  return `<script src="${escapeAttribute(scriptUrl.trim())}" data-workspace="${escapeAttribute(workspaceId)}" async></script>`;
}

export async function loadWidgetScriptUrl(settings: FirebaseSettings): Promise<string> {
  const stored = await browser.storage.local.get(WIDGET_URL_STORAGE_KEY);
  const value = stored[WIDGET_URL_STORAGE_KEY];
  return typeof value === 'string' && value !== '' ? value : defaultWidgetScriptUrl(settings);
}

export async function saveWidgetScriptUrl(url: string): Promise<void> {
  await browser.storage.local.set({ [WIDGET_URL_STORAGE_KEY]: url.trim() });
}
