import type { Operator, OperatorPrivate } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const operatorConverter = modelConverter<Operator>(() => ({
  role: 'normal',
  active: true,
  maxChats: 5,
}));

export const operatorsCol = (ws: string) =>
  db().collection(paths.operators(ws)).withConverter(operatorConverter);
export const operatorRef = (ws: string, uid: string) =>
  db().doc(paths.operator(ws, uid)).withConverter(operatorConverter);

/** The operator's email and SIP details, apart so colleagues can't read them (ADR 005). */
export const operatorPrivateConverter = modelConverter<OperatorPrivate>(() => ({ email: '' }));

export const operatorPrivatesCol = (ws: string) =>
  db().collection(paths.operatorPrivates(ws)).withConverter(operatorPrivateConverter);
export const operatorPrivateRef = (ws: string, uid: string) =>
  db().doc(paths.operatorPrivate(ws, uid)).withConverter(operatorPrivateConverter);

/** Email addresses by uid, for the few functions that mail or resolve operators by address. */
export async function operatorEmails(ws: string): Promise<Record<string, string>> {
  const snapshot = await operatorPrivatesCol(ws).get();
  return Object.fromEntries(snapshot.docs.map((d) => [d.id, d.data().email]));
}
