import { describe, expect, it } from 'vitest';
import { readAccountLink } from './action-link.ts';

describe('readAccountLink', () => {
  it('reads an invitation link', () => {
    const link = readAccountLink(
      'http://127.0.0.1:5173/widget/account.html?mode=resetPassword&oobCode=C&apiKey=K&invite=1&emulator=127.0.0.1:9099',
    );
    expect(link).toEqual({
      action: { mode: 'resetPassword', oobCode: 'C', invite: true },
      apiKey: 'K',
      emulator: '127.0.0.1:9099',
    });
  });
  it('ignores an emulator address on a deployed page', () => {
    const link = readAccountLink(
      'https://acme.web.app/account.html?mode=verifyEmail&oobCode=C&apiKey=K&emulator=evil.example:1',
    );
    expect(link.emulator).toBeNull();
    expect(link.action).toEqual({ mode: 'verifyEmail', oobCode: 'C' });
  });
  it('knows nothing of a link without a code', () => {
    expect(readAccountLink('https://acme.web.app/account.html?mode=resetPassword').action).toEqual({
      mode: 'unknown',
    });
  });
});
