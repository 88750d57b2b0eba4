import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../app/validation.ts';
import { OfflineForm, OfflineSent } from './offline-form.tsx';

afterEach(cleanup);

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('Off-line message form', () => {
  it('asks for name, email and message and sends them with the chosen department', () => {
    const onSubmit = vi.fn();
    render(
      <OfflineForm
        reason="unavailable"
        busy={false}
        error={null}
        initial={{ name: 'Ann', email: '' }}
        departmentId="support"
        onSubmit={onSubmit}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Leave a message' })).toBeTruthy();
    expect(screen.getByText(/Nobody is available/)).toBeTruthy();
    expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Ann');

    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Your email address is required.')).toBeTruthy();
    expect(screen.getByText('Your message is required.')).toBeTruthy();

    type('Email', 'ann@example.com');
    type('Message', 'Do you ship to Norway?\nThanks!');
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Ann',
      email: 'ann@example.com',
      message: 'Do you ship to Norway?\nThanks!',
      departmentId: 'support',
    });
  });

  it('explains a missed chat differently', () => {
    render(<OfflineForm reason="missed" busy={false} error={null} onSubmit={() => {}} />);
    expect(screen.getByText(/nobody could take your chat in time/)).toBeTruthy();
  });

  it('refuses an oversize message, counting toward the limit', () => {
    const onSubmit = vi.fn();
    render(<OfflineForm reason="unavailable" busy={false} error={null} onSubmit={onSubmit} />);
    type('Your name', 'Ann');
    type('Email', 'ann@example.com');
    type('Message', 'm'.repeat(LIMITS.offlineMessage + 1));
    expect(
      screen.getByText(`${LIMITS.offlineMessage + 1} / ${LIMITS.offlineMessage} characters`),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(
      screen.getByText(new RegExp(`at most ${LIMITS.offlineMessage} characters`)),
    ).toBeTruthy();
  });

  it('confirms that the message was sent', () => {
    const onDone = vi.fn();
    render(<OfflineSent email="ann@example.com" onDone={onDone} />);
    expect(screen.getByRole('status').textContent).toMatch(
      /Your message was sent.*ann@example.com/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onDone).toHaveBeenCalled();
  });
});
