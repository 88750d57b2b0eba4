import { existsSync, readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, saveScreenshot } from '../support/chromium.ts';
import { pageErrors } from '../support/page.ts';

const stack = inject('stack');

describe('the built extension in Chromium', () => {
  let chromium: ExtensionBrowser;

  beforeAll(async () => {
    chromium = await launchWithExtension();
  });
  afterAll(() => chromium?.close());

  it.each([
    ['sidepanel', 'side panel'],
    ['popup', 'popup'],
    ['options', 'options page'],
  ])('renders the %s page (%s) with a heading', async (page) => {
    const tab = await chromium.browser.newPage();
    const errors = pageErrors(tab);
    await tab.goto(`chrome-extension://${chromium.extensionId}/${page}.html`);
    const heading = await tab.waitForSelector('h1, [role="heading"]', { timeout: 10_000 });
    const text = await heading?.evaluate((el) => el.textContent?.trim() ?? '');
    expect(text).toMatch(/\S/);
    const file = await saveScreenshot(tab, stack.artifactsDir, `extension-${page}`);
    expect(statSync(file).size).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('builds the Firefox variant with the console as its sidebar', () => {
    const manifestPath = `${stack.extension?.firefox}/manifest.json`;
    expect(existsSync(manifestPath)).toBe(true);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(manifest.browser_specific_settings?.gecko?.id).toBeTruthy();
    expect(manifest.permissions).not.toContain('sidePanel');
  });
});
