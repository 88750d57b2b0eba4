import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfferModeEditor } from './offer-mode-editor.tsx';

afterEach(cleanup);

const seconds = () =>
  screen.getByRole('spinbutton', { name: 'Seconds to answer an offer' }) as HTMLInputElement;
const radio = (name: string) => screen.getByRole('radio', { name: new RegExp(name) });

describe('OfferModeEditor', () => {
  it('shows everyone at once by default, the seconds only for one at a time', async () => {
    const onSave = vi.fn(async () => {});
    render(<OfferModeEditor settings={{ offerMode: 'all', offerSeconds: 30 }} onSave={onSave} />);
    expect(screen.getByRole('group', { name: 'How chats are offered' })).toBeTruthy();
    expect((radio('Everyone at once') as HTMLInputElement).checked).toBe(true);
    expect(seconds().disabled).toBe(true);
    fireEvent.click(radio('One at a time'));
    expect(seconds().disabled).toBe(false);
    fireEvent.input(seconds(), { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save how chats are offered' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({ offerMode: 'one', offerSeconds: 20 }),
    );
    expect((await screen.findByRole('status')).textContent).toBe(
      'Saved: new chats are offered to one operator at a time, 20 seconds each.',
    );
    // The stored settings arrive later: what was saved stays shown meanwhile.
    expect((radio('One at a time') as HTMLInputElement).checked).toBe(true);
    expect(seconds().value).toBe('20');
  });

  it('names seconds out of range and sends nothing', async () => {
    const onSave = vi.fn(async () => {});
    render(<OfferModeEditor settings={{ offerMode: 'one', offerSeconds: 30 }} onSave={onSave} />);
    fireEvent.input(seconds(), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save how chats are offered' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The time to answer an offer must be between 10 and 300 seconds.',
    );
    expect(seconds().getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });
});
