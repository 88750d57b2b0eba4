import { browser } from 'wxt/browser';
import { hostingWidgetUrl } from '../../domain/hosting.ts';
import { t } from '../../i18n.ts';
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
    : hostingWidgetUrl(settings.projectId);
}

/** Why an address can't serve the widget, or null. */
export function widgetScriptUrlError(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
      return t('widgetScriptMustStartWithHttps');
    return null;
  } catch {
    return t('widgetScriptEnterFullAddress');
  }
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * `<script src="…/widget.js" data-workspace="<ws>" async></script>`; for a real project also the
 * web config the widget signs visitors in with (widget/src/app/config.ts), which is public.
 */
export function widgetSnippet(
  scriptUrl: string,
  workspaceId: string,
  settings?: FirebaseSettings,
): string {
  const attributes: [string, string][] = [
    ['src', scriptUrl.trim()],
    ['data-workspace', workspaceId],
  ];
  if (settings && !settings.useEmulators) {
    attributes.push(['data-project-id', settings.projectId], ['data-api-key', settings.apiKey]);
    if (settings.appId) attributes.push(['data-app-id', settings.appId]);
    if (settings.functionsRegion !== 'us-central1')
      attributes.push(['data-region', settings.functionsRegion]);
  }
  const written = attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`);
  return `<script ${written.join(' ')} async></script>`;
}

/**
 * Where the account page (invitations, password resets) is served: beside widget.js, which is
 * where the Control Panel knows the deployment's site to be.
 */
export function accountSiteUrl(scriptUrl: string): string {
  return new URL('./', scriptUrl.trim()).href;
}

export async function loadWidgetScriptUrl(settings: FirebaseSettings): Promise<string> {
  const stored = await browser.storage.local.get(WIDGET_URL_STORAGE_KEY);
  const value = stored[WIDGET_URL_STORAGE_KEY];
  return typeof value === 'string' && value !== '' ? value : defaultWidgetScriptUrl(settings);
}

export async function saveWidgetScriptUrl(url: string): Promise<void> {
  await browser.storage.local.set({ [WIDGET_URL_STORAGE_KEY]: url.trim() });
}
