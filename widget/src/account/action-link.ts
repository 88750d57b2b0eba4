/**
 * What an account link asks for. Firebase Auth's email actions (and Parley's invitations) open
 * this page with `mode`, `oobCode` and the project's web `apiKey`; the local stack adds the Auth
 * emulator's address, honoured only when the page itself is served from this machine, so a
 * crafted link can't point a deployed page at someone else's server.
 */
export type AccountAction =
  | { mode: 'resetPassword'; oobCode: string; invite: boolean }
  | { mode: 'verifyEmail'; oobCode: string }
  | { mode: 'unknown' };

export interface AccountLink {
  action: AccountAction;
  apiKey: string;
  /** host:port of the Auth emulator, or null for Google's servers. */
  emulator: string | null;
}

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];

export function readAccountLink(href: string): AccountLink {
  const url = new URL(href);
  const params = url.searchParams;
  const oobCode = params.get('oobCode') ?? '';
  const mode = params.get('mode');
  const action: AccountAction =
    oobCode && mode === 'resetPassword'
      ? { mode, oobCode, invite: params.get('invite') === '1' }
      : oobCode && mode === 'verifyEmail'
        ? { mode, oobCode }
        : { mode: 'unknown' };
  const emulator = params.get('emulator');
  return {
    action,
    apiKey: params.get('apiKey') ?? '',
    emulator: emulator && LOOPBACK.includes(url.hostname) ? emulator : null,
  };
}
