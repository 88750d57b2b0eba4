import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WidgetLook } from '../../../utils/domain/widget-look.ts';
import { WidgetLookEditor } from './widget-look-editor.tsx';

afterEach(cleanup);

const preview = () => screen.getByTestId('widget-preview').shadowRoot!;
const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

describe('WidgetLookEditor', () => {
  it('previews the title, greeting, accent and corner as they are typed', async () => {
    render(<WidgetLookEditor look={{}} onSave={vi.fn()} />);
    await waitFor(() => expect(preview().querySelector('h1')?.textContent).toBe('Chat with us'));
    fireEvent.input(field('Title'), { target: { value: 'Ask Acme' } });
    fireEvent.input(field('Greeting'), { target: { value: 'We answer within minutes.' } });
    fireEvent.input(field('Accent colour'), { target: { value: '#0b6e4f' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Bottom left' }));
    await waitFor(() => expect(preview().querySelector('h1')?.textContent).toBe('Ask Acme'));
    expect(preview().querySelector('.lead')?.textContent).toBe('We answer within minutes.');
    const root = preview().querySelector<HTMLElement>('.root')!;
    expect(root.style.getPropertyValue('--accent')).toBe('#0b6e4f');
    expect(root.dataset.position).toBe('left');
    expect(preview().querySelector<HTMLElement>('.corner')!.dataset.position).toBe('left');
  });

  it('warns while typing and refuses to save an accent white text is hard to read on', async () => {
    const onSave = vi.fn(async () => {});
    render(<WidgetLookEditor look={{}} onSave={onSave} />);
    fireEvent.input(field('Accent colour'), { target: { value: '#ffcc00' } });
    expect(screen.getByText(/contrast 1\.\d\d:1, too low/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save the look' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/choose a darker colour/);
    expect(field('Accent colour').getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves the clean look and says when visitors see it', async () => {
    const onSave = vi.fn(async (_look: WidgetLook) => {});
    render(<WidgetLookEditor look={{ title: 'Old' }} onSave={onSave} />);
    expect(field('Title').value).toBe('Old');
    fireEvent.input(field('Title'), { target: { value: '  Ask Acme ' } });
    fireEvent.input(field('Accent colour'), { target: { value: '0B6E4F' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the look' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({
        title: 'Ask Acme',
        accent: '#0b6e4f',
        position: 'right',
      }),
    );
    expect((await screen.findByRole('status')).textContent).toMatch(/next time they open/);
  });
});
