import { describe, expect, it } from 'vitest';
import { LOCAL_STACK_SETTINGS } from '../firebase-config.ts';
import {
  defaultWidgetScriptUrl,
  loadWidgetScriptUrl,
  saveWidgetScriptUrl,
  widgetScriptUrlError,
  widgetSnippet,
} from './widget-snippet.ts';

describe('widget snippet', () => {
  it('is one async script tag naming the workspace', () => {
    expect(widgetSnippet(' https://chat.example.com/widget.js ', 'demo')).toBe(
      '<script src="https://chat.example.com/widget.js" data-workspace="demo" async></script>',
    );
  });

  it('escapes attribute values', () => {
    expect(widgetSnippet('https://x/w.js?a=1&b="2"', 'ws<1>')).toBe(
      '<script src="https://x/w.js?a=1&amp;b=&quot;2&quot;" data-workspace="ws&lt;1>" async></script>',
    );
  });

  it("defaults to the local demo site or the project's Hosting site", () => {
    expect(defaultWidgetScriptUrl(LOCAL_STACK_SETTINGS)).toBe(
      'http://127.0.0.1:5173/widget/widget.js',
    );
    expect(
      defaultWidgetScriptUrl({
        ...LOCAL_STACK_SETTINGS,
        useEmulators: false,
        projectId: 'acme-chat',
      }),
    ).toBe('https://acme-chat.web.app/widget/widget.js');
  });

  it('accepts http(s) addresses only', () => {
    expect(widgetScriptUrlError('https://cdn.example/widget.js')).toBeNull();
    expect(widgetScriptUrlError('widget.js')).toMatch(/full address/);
    expect(widgetScriptUrlError('javascript:alert(1)')).toMatch(/https:\/\//);
  });

  it('remembers a chosen address in extension storage', async () => {
    expect(await loadWidgetScriptUrl(LOCAL_STACK_SETTINGS)).toBe(
      'http://127.0.0.1:5173/widget/widget.js',
    );
    await saveWidgetScriptUrl(' https://cdn.example/widget.js ');
    expect(await loadWidgetScriptUrl(LOCAL_STACK_SETTINGS)).toBe('https://cdn.example/widget.js');
  });
});
