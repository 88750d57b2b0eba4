import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChatTimeoutsEditor } from './chat-timeouts-editor.tsx';

afterEach(cleanup);

const defaults = { queueTimeoutSeconds: 180, transferTimeoutSeconds: 60 };
const queueField = () =>
  screen.getByRole('spinbutton', { name: 'Queue timeout (seconds)' }) as HTMLInputElement;
const transferField = () =>
  screen.getByRole('spinbutton', { name: 'Transfer timeout (seconds)' }) as HTMLInputElement;

describe('ChatTimeoutsEditor', () => {
  it('shows the timeouts in force and saves the changed one as whole seconds', async () => {
    const onSave = vi.fn(async () => {});
    render(<ChatTimeoutsEditor timeouts={defaults} onSave={onSave} />);
    expect(screen.getByRole('form', { name: 'Chat timeouts' })).toBeTruthy();
    expect(queueField().value).toBe('180');
    expect(transferField().value).toBe('60');
    expect(transferField().getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.input(transferField(), { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({ queueTimeoutSeconds: 180, transferTimeoutSeconds: 90 }),
    );
    expect((await screen.findByRole('status')).textContent).toBe(
      'Saved: queued chats wait 180 seconds, transfers 90 seconds.',
    );
  });

  it('names an out-of-range value next to the form, marks its field and sends nothing', async () => {
    const onSave = vi.fn(async () => {});
    render(<ChatTimeoutsEditor timeouts={defaults} onSave={onSave} />);
    fireEvent.input(transferField(), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The transfer timeout must be between 15 and 600 seconds.');
    expect(transferField().getAttribute('aria-invalid')).toBe('true');
    expect(transferField().getAttribute('aria-describedby')).toContain(alert.id);
    expect(document.activeElement).toBe(transferField());
    expect(queueField().getAttribute('aria-invalid')).toBeNull();
    expect(onSave).not.toHaveBeenCalled();

    // Correcting the field clears the message.
    fireEvent.input(transferField(), { target: { value: '45' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses fractions and empty fields', async () => {
    const onSave = vi.fn(async () => {});
    render(<ChatTimeoutsEditor timeouts={defaults} onSave={onSave} />);
    fireEvent.input(queueField(), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The queue timeout is required.');
    fireEvent.input(queueField(), { target: { value: '90.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The queue timeout must be a whole number of seconds.',
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('disables Save while saving and shows a refusal from Firestore', async () => {
    let reject: (error: Error) => void = () => {};
    const onSave = vi.fn(() => new Promise<void>((_, fail) => (reject = fail)));
    render(<ChatTimeoutsEditor timeouts={defaults} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const busy = (await screen.findByRole('button', { name: 'Saving…' })) as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    // Enter in a field while saving does not send a second write.
    fireEvent.submit(screen.getByRole('form', { name: 'Chat timeouts' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    reject(Object.assign(new Error('denied'), { code: 'permission-denied' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'You are not allowed to save the chat timeouts. Only administrators can.',
    );
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it('shows stored values that arrive later, unless the admin is already editing', async () => {
    const onSave = async () => {};
    const { rerender } = render(<ChatTimeoutsEditor timeouts={defaults} onSave={onSave} />);
    rerender(
      <ChatTimeoutsEditor
        timeouts={{ queueTimeoutSeconds: 300, transferTimeoutSeconds: 30 }}
        onSave={onSave}
      />,
    );
    await waitFor(() => expect(queueField().value).toBe('300'));
    expect(transferField().value).toBe('30');
    fireEvent.input(transferField(), { target: { value: '120' } });
    rerender(<ChatTimeoutsEditor timeouts={defaults} onSave={onSave} />);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(transferField().value).toBe('120');
  });
});
