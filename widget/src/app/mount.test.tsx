import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LAUNCHER_CSS } from '../loader/launcher.ts';
import { MemoryBackend } from '../test-support/memory-backend.ts';
import { mountWidget } from './mount.tsx';

/** What the loader builds before the first click (see loader.ts). */
function loaderHost() {
  const host = document.createElement('parley-widget');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = `<style>${LAUNCHER_CSS}</style><button type="button" class="launcher" aria-label="Open chat" aria-expanded="false">Chat</button>`;
  document.body.appendChild(host);
  return { host, shadow, launcher: shadow.querySelector('button')! };
}

describe('mountWidget', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('opens the panel in the shadow root, toggled by the launcher and Escape', async () => {
    const { shadow, launcher } = loaderHost();
    const backend = new MemoryBackend();
    backend.status = {
      available: true,
      routingMode: 'departments',
      departments: [{ id: 'sales', name: 'Sales', available: true }],
    };
    await mountWidget({
      shadow,
      launcher,
      dataset: { workspace: 'demo', title: 'Ask Lumen' },
      backend,
    });
    const panel = within(shadow as unknown as HTMLElement);

    // Nothing leaks into the page's own DOM.
    expect(screen.queryByRole('dialog')).toBeNull();
    const dialog = panel.getByRole('dialog', { name: 'Ask Lumen' });
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    expect(launcher.getAttribute('aria-label')).toBe('Hide chat');
    await waitFor(() => panel.getByRole('combobox', { name: 'Choose Department' }));
    expect(localStorage.getItem('parley:demo:open')).toBe('1');

    const hidden = () => dialog.closest('.panel-wrap')?.hasAttribute('hidden');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(hidden()).toBe(true));
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(localStorage.getItem('parley:demo:open')).toBeNull();

    launcher.click();
    await waitFor(() => expect(hidden()).toBe(false));
    fireEvent.click(panel.getByRole('button', { name: 'Minimize chat' }));
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
  });

  it("applies the admin's look from widgetStatus and remembers the launcher's part", async () => {
    const { host, shadow, launcher } = loaderHost();
    const backend = new MemoryBackend();
    const look = {
      title: 'Ask Acme',
      greeting: 'We answer within minutes.',
      accent: '#0b6e4f',
      position: 'left' as const,
    };
    backend.status = { available: true, routingMode: 'all', departments: [], look };
    await mountWidget({ shadow, launcher, dataset: { workspace: 'demo' }, backend });
    const panel = within(shadow as unknown as HTMLElement);
    await waitFor(() => panel.getByRole('dialog', { name: 'Ask Acme' }));
    expect(panel.getByText('We answer within minutes.')).toBeTruthy();
    expect(shadow.querySelector<HTMLElement>('.root')!.style.getPropertyValue('--accent')).toBe(
      '#0b6e4f',
    );
    expect(launcher.style.getPropertyValue('--accent')).toBe('#0b6e4f');
    expect(host.style.cssText).toMatch(/left: 20px/);
    expect(JSON.parse(localStorage.getItem('parley:demo:look')!)).toEqual({
      accent: '#0b6e4f',
      position: 'left',
    });
  });

  it("keeps the embed's data-title over the admin's title", async () => {
    const { shadow, launcher } = loaderHost();
    const backend = new MemoryBackend();
    backend.status = {
      available: true,
      routingMode: 'all',
      departments: [],
      look: { title: 'Ask Acme' },
    };
    await mountWidget({
      shadow,
      launcher,
      dataset: { workspace: 'demo', title: 'Page title' },
      backend,
    });
    const panel = within(shadow as unknown as HTMLElement);
    await waitFor(() => panel.getByRole('dialog', { name: 'Page title' }));
  });

  it('runs the whole visitor flow against the backend', async () => {
    const { shadow, launcher } = loaderHost();
    const backend = new MemoryBackend();
    await mountWidget({ shadow, launcher, dataset: { workspace: 'demo' }, backend });
    const panel = within(shadow as unknown as HTMLElement);
    const name = await waitFor(() => panel.getByRole('textbox', { name: 'Your name' }));
    fireEvent.input(name, { target: { value: 'Ann' } });
    fireEvent.click(panel.getByRole('button', { name: 'Start chat' }));
    await waitFor(() => panel.getByText(/Waiting for an operator/));

    backend.updateChat('chat-1', { status: 'active', operatorName: 'Nora' });
    await waitFor(() => panel.getByText('Nora'));
    const box = panel.getByRole('textbox', { name: 'Message' });
    fireEvent.input(box, { target: { value: 'Hi Nora' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => panel.getByText('Hi Nora'));
    // Minimized: what Nora writes shows as a count on the launcher until the visitor looks.
    fireEvent.click(panel.getByRole('button', { name: 'Minimize chat' }));
    backend.addMessage('chat-1', { kind: 'operator', uid: 'op1', name: 'Nora' }, 'Still there?');
    await waitFor(() => expect(launcher.getAttribute('data-unread')).toBe('1'));
    expect(launcher.getAttribute('aria-label')).toBe('Open chat (1 new message)');
    launcher.click();
    await waitFor(() => expect(launcher.hasAttribute('data-unread')).toBe(false));
    backend.addMessage('chat-1', { kind: 'system', name: 'Parley' }, 'Nora closed the chat');
    backend.updateChat('chat-1', { status: 'closed' });
    await waitFor(() => panel.getByRole('button', { name: 'Start a new chat' }));
    expect(panel.getByText('Nora closed the chat')).toBeTruthy();
  });

  it("speaks the embed's data-lang, validation included, with the catalogue's title", async () => {
    const { shadow, launcher } = loaderHost();
    await mountWidget({
      shadow,
      launcher,
      dataset: { workspace: 'demo', lang: 'de' },
      backend: new MemoryBackend(),
    });
    const panel = within(shadow as unknown as HTMLElement);
    panel.getByRole('dialog', { name: 'Chatten Sie mit uns' });
    expect(launcher.getAttribute('aria-label')).toBe('Chat ausblenden');
    await waitFor(() => panel.getByRole('textbox', { name: 'Ihr Name' }));
    fireEvent.click(panel.getByRole('button', { name: 'Chat starten' }));
    await waitFor(() => panel.getByText('Ihr Name: Angabe erforderlich.'));
  });

  it('lays out a right-to-left language from the right', async () => {
    const { shadow, launcher } = loaderHost();
    await mountWidget({
      shadow,
      launcher,
      dataset: { workspace: 'demo', lang: 'ar' },
      backend: new MemoryBackend(),
    });
    const root = shadow.querySelector<HTMLElement>('.root')!;
    expect(root.dir).toBe('rtl');
    expect(root.lang).toBe('ar');
    within(shadow as unknown as HTMLElement).getByRole('dialog', { name: 'تحدث معنا' });
  });
});
