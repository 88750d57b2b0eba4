import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeleteOperatorConfirm } from './delete-operator.tsx';

afterEach(cleanup);

describe('DeleteOperatorConfirm', () => {
  const paula = {
    id: 'p',
    displayName: 'Paula',
    email: 'paula@parley.test',
    role: 'normal' as const,
    active: true,
    maxChats: 5,
    createdAt: new Date(0),
  };

  it('asks, explains what happens to chats and the seat, and confirms', () => {
    const onConfirm = vi.fn();
    render(
      <DeleteOperatorConfirm
        operator={paula}
        busy={false}
        error={null}
        onConfirm={onConfirm}
        onCancel={() => {}}
      />,
    );
    expect(screen.getByText(/their seat is freed/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Paula' }));
    expect(onConfirm).toHaveBeenCalled();
  });

  it('shows progress and a refusal such as the last-admin rule', () => {
    render(
      <DeleteOperatorConfirm
        operator={paula}
        busy
        error="This is the workspace's last administrator."
        onConfirm={() => {}}
        onCancel={() => {}}
      />,
    );
    expect((screen.getByRole('button', { name: 'Deleting…' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(screen.getByRole('alert').textContent).toContain('last administrator');
  });
});
