import { describe, expect, it } from 'vitest';
import { LOCAL_STACK_SETTINGS } from '../firebase-config.ts';
import {
  accountSiteUrl,
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

  it("carries a real project's web config, so the widget talks to that project", () => {
    const acme = {
      ...LOCAL_STACK_SETTINGS,
      useEmulators: false,
      projectId: 'acme-chat',
      apiKey: 'AIzaKey',
      appId: '1:2:web:3',
    };
    expect(widgetSnippet(defaultWidgetScriptUrl(acme), 'acme-k3f9q2', acme)).toBe(
      '<script src="https://acme-chat.web.app/widget/widget.js" data-workspace="acme-k3f9q2" data-project-id="acme-chat" data-api-key="AIzaKey" data-app-id="1:2:web:3" async></script>',
    );
    expect(
      widgetSnippet('http://127.0.0.1:5173/widget/widget.js', 'demo', LOCAL_STACK_SETTINGS),
    ).toBe(
      '<script src="http://127.0.0.1:5173/widget/widget.js" data-workspace="demo" async></script>',
    );
  });

  it('puts the account page beside widget.js', () => {
    expect(accountSiteUrl('https://acme-chat.web.app/widget/widget.js')).toBe(
      'https://acme-chat.web.app/widget/',
    );
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
