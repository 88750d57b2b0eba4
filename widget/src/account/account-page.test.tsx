import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AccountAuth } from './account-auth.ts';
import { AccountPage } from './account-page.tsx';

afterEach(cleanup);

function fakeAuth(overrides: Partial<AccountAuth> = {}): AccountAuth {
  return {
    emailForReset: vi.fn(async () => 'paula@acme.test'),
    setPassword: vi.fn(async () => {}),
    verifyEmail: vi.fn(async () => {}),
    ...overrides,
  };
}

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('AccountPage', () => {
  it('lets an invited operator choose a password that passes the policy', async () => {
    const auth = fakeAuth();
    render(
      <AccountPage action={{ mode: 'resetPassword', oobCode: 'C', invite: true }} auth={auth} />,
    );
    expect(screen.getByRole('heading').textContent).toBe('Welcome to Parley');
    await screen.findByText('paula@acme.test');
    type('New password', 'paula-2');
    type('Confirm password', 'paula-2');
    fireEvent.click(screen.getByRole('button', { name: 'Set password' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Use at least 10 characters.');
    expect(auth.setPassword).not.toHaveBeenCalled();

    type('New password', 'Harbour-Fig-Window-4');
    type('Confirm password', 'Harbour-Fig-Window-4');
    fireEvent.click(screen.getByRole('button', { name: 'Set password' }));
    expect((await screen.findByRole('status')).textContent).toContain('Your password is set.');
    expect(auth.setPassword).toHaveBeenCalledWith('C', 'Harbour-Fig-Window-4');
  });

  it('says so when the link was used or has expired', async () => {
    const expired = Object.assign(new Error('x'), { code: 'auth/invalid-action-code' });
    render(
      <AccountPage
        action={{ mode: 'resetPassword', oobCode: 'C', invite: false }}
        auth={fakeAuth({ emailForReset: async () => Promise.reject(expired) })}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/expired or was already used/);
  });

  it('confirms an email verification', async () => {
    const auth = fakeAuth();
    render(<AccountPage action={{ mode: 'verifyEmail', oobCode: 'V' }} auth={auth} />);
    expect((await screen.findByRole('status')).textContent).toMatch(/email address is verified/);
    expect(auth.verifyEmail).toHaveBeenCalledWith('V');
  });
});
