import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WidgetSnippetView } from './widget-snippet-view.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Harness() {
  const [url, setUrl] = useState('https://chat.example.com/widget.js');
  return <WidgetSnippetView workspaceId="demo" scriptUrl={url} onScriptUrlChange={setUrl} />;
}

const snippet = () =>
  (
    screen.getByRole('textbox', {
      name: 'Install snippet for workspace demo',
    }) as HTMLTextAreaElement
  ).value;

describe('WidgetSnippetView', () => {
  it('shows the script tag for this workspace and copies it', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<Harness />);
    expect(snippet()).toBe(
      '<script src="https://chat.example.com/widget.js" data-workspace="demo" async></script>',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy the install snippet' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(snippet()));
  });

  it('follows a changed widget address and refuses one that is not http(s)', () => {
    render(<Harness />);
    const address = screen.getByRole('textbox', { name: 'Address of widget.js' });
    fireEvent.change(address, { target: { value: 'https://cdn.example.net/parley/widget.js' } });
    expect(snippet()).toContain('src="https://cdn.example.net/parley/widget.js"');
    fireEvent.change(address, { target: { value: 'ftp://x/widget.js' } });
    expect(screen.getByText(/must start with https:\/\//)).toBeTruthy();
    expect(snippet()).toBe('');
    expect(screen.queryByRole('button', { name: 'Copy the install snippet' })).toBeNull();
  });
});
