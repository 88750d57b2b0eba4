import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OperatorDoc } from '../../../utils/data/admin/operators.ts';
import { OperatorForm } from './operator-form.tsx';

afterEach(cleanup);

const nora: OperatorDoc = {
  id: 'nora',
  displayName: 'Nora',
  email: 'nora@parley.test',
  role: 'normal',
  active: true,
  maxChats: 4,
  createdAt: new Date(0),
};

const input = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const type = (element: HTMLElement, value: string) =>
  fireEvent.input(element, { target: { value } });
const password = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('OperatorForm', () => {
  it('adds: sends what was typed, with empty password fields meaning "generate one"', () => {
    const onSubmit = vi.fn();
    render(
      <OperatorForm
        mode="add"
        busy={false}
        error={null}
        notice="Adding makes 4 seats"
        onSubmit={onSubmit}
      />,
    );
    type(input('Display name'), 'Paula');
    type(input('Email'), 'paula@parley.test');
    fireEvent.change(screen.getByRole('combobox', { name: 'Role' }), {
      target: { value: 'admin' },
    });
    expect(screen.getByText(/Leave both password fields empty/)).toBeTruthy();
    expect(screen.getByText('Adding makes 4 seats')).toBeTruthy();
    expect(screen.getByText(/Administrators manage every part/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add operator' }));
    expect(onSubmit).toHaveBeenCalledWith({
      displayName: 'Paula',
      email: 'paula@parley.test',
      role: 'admin',
      maxChats: 5,
      active: true,
      password: '',
      confirm: '',
    });
  });

  it('edits: starts from the account, has Active, and keeps the password unless typed', () => {
    const onSubmit = vi.fn();
    render(
      <OperatorForm mode="edit" operator={nora} busy={false} error={null} onSubmit={onSubmit} />,
    );
    expect(input('Display name').value).toBe('Nora');
    expect(
      (screen.getByRole('spinbutton', { name: 'Concurrent chats' }) as HTMLInputElement).value,
    ).toBe('4');
    fireEvent.click(screen.getByRole('checkbox', { name: /Active/ }));
    type(password('New password'), 'a new Secret 42');
    type(password('Confirm password'), 'a new Secret 42');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      active: false,
      password: 'a new Secret 42',
      confirm: 'a new Secret 42',
    });
  });

  it('self: only the display name and password', () => {
    render(
      <OperatorForm mode="self" operator={nora} busy={false} error={null} onSubmit={() => {}} />,
    );
    expect(screen.queryByRole('textbox', { name: 'Email' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Role' })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(input('Display name').value).toBe('Nora');
  });

  it('shows progress and the error next to the form', () => {
    render(
      <OperatorForm
        mode="add"
        busy
        error="An account with this email already exists."
        onSubmit={() => {}}
        onCancel={() => {}}
      />,
    );
    const button = screen.getByRole('button', { name: 'Adding…' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('An account with this email already exists.');
    expect(alert.closest('form')?.getAttribute('aria-describedby')).toBe(alert.id);
  });
});
