import type { SipAccount } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const sipAccountConverter = modelConverter<SipAccount>();

/** workspaces/{ws}/sipAccounts: SIP passwords as digests only; no client may read them (rules). */
export const sipAccountsCol = (ws: string) =>
  db().collection(paths.sipAccounts(ws)).withConverter(sipAccountConverter);
export const sipAccountRef = (ws: string, username: string) =>
  db().doc(paths.sipAccount(ws, username)).withConverter(sipAccountConverter);

/** The account of operator `uid`, if one was assigned. */
export async function sipAccountOf(ws: string, uid: string) {
  const found = await sipAccountsCol(ws).where('uid', '==', uid).limit(1).get();
  return found.docs[0]?.data() ?? null;
}
