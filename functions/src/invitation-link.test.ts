import { describe, expect, it } from 'vitest';
import { invitationLink, siteUrlFor } from './invitation-link.ts';

const reset =
  'http://127.0.0.1:9099/emulator/action?mode=resetPassword&lang=en&oobCode=CODE123&apiKey=KEY';

describe('siteUrlFor', () => {
  it('uses PARLEY_SITE_URL, else the default Hosting site', () => {
    expect(siteUrlFor(undefined, { PARLEY_SITE_URL: 'https://chat.acme.test/' })).toBe(
      'https://chat.acme.test/',
    );
    expect(siteUrlFor(undefined, { GCLOUD_PROJECT: 'acme-chat' })).toBe(
      'https://acme-chat.web.app/',
    );
  });
  it('takes a loopback address from the request on the emulators only', () => {
    const local = 'http://127.0.0.1:41234/widget/';
    expect(siteUrlFor(local, { FUNCTIONS_EMULATOR: 'true', GCLOUD_PROJECT: 'p' })).toBe(local);
    expect(siteUrlFor(local, { GCLOUD_PROJECT: 'p' })).toBe('https://p.web.app/');
    expect(
      siteUrlFor('https://evil.example/', { FUNCTIONS_EMULATOR: 'true', GCLOUD_PROJECT: 'p' }),
    ).toBe('https://p.web.app/');
  });
});

describe('invitationLink', () => {
  it("points at the account page with Firebase's code and key", () => {
    const link = new URL(invitationLink(reset, 'https://acme.web.app', {}));
    expect(link.origin + link.pathname).toBe('https://acme.web.app/account.html');
    expect(link.searchParams.get('oobCode')).toBe('CODE123');
    expect(link.searchParams.get('apiKey')).toBe('KEY');
    expect(link.searchParams.get('mode')).toBe('resetPassword');
    expect(link.searchParams.has('emulator')).toBe(false);
  });
  it('names the Auth emulator when running on it', () => {
    const link = new URL(
      invitationLink(reset, 'http://127.0.0.1:5173/widget/', {
        FUNCTIONS_EMULATOR: 'true',
        FIREBASE_AUTH_EMULATOR_HOST: '127.0.0.1:9099',
      }),
    );
    expect(link.pathname).toBe('/widget/account.html');
    expect(link.searchParams.get('emulator')).toBe('127.0.0.1:9099');
  });
});
