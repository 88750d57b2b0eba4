import { collection, doc, type Firestore } from 'firebase/firestore';
import { type Operator, ROLES, type SipInfo, type WithId } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { converter, num, oneOf, optionalStr, record, str, toDate } from '../convert.ts';

export type OperatorDoc = WithId<Operator>;

export function operatorFromData(id: string, data: Record<string, unknown>): OperatorDoc {
  const sip = record(data.sip);
  const email = str(data.email);
  return {
    id,
    displayName: str(data.displayName, email.split('@')[0] ?? 'Operator'),
    email,
    role: oneOf(data.role, ROLES, 'normal'),
    active: data.active !== false,
    maxChats: num(data.maxChats, 5),
    createdAt: toDate(data.createdAt),
    ...(optionalStr(sip.uri) ? { sip: sipFromData(sip) } : {}),
  };
}

/** SIP Info as the functions write it (sip-credentials.ts); older documents lack the extras. */
function sipFromData(sip: Record<string, unknown>): SipInfo {
  const transports = Array.isArray(sip.transports)
    ? sip.transports.filter((t): t is string => typeof t === 'string')
    : undefined;
  return {
    uri: str(sip.uri),
    username: str(sip.username),
    domain: str(sip.domain),
    ...(optionalStr(sip.proxy) ? { proxy: str(sip.proxy) } : {}),
    ...(transports?.length ? { transports } : {}),
    ...(sip.passwordSetAt ? { passwordSetAt: toDate(sip.passwordSetAt) } : {}),
  };
}

/** Read-only in the console: operator accounts change through the operator callables. */
export const operatorConverter = converter<OperatorDoc>(
  operatorFromData,
  'Operators are written by the operator callables only.',
);

export const operatorsCollection = (db: Firestore, ws: string) =>
  collection(db, paths.operators(ws)).withConverter(operatorConverter);

export const operatorRef = (db: Firestore, ws: string, uid: string) =>
  doc(db, paths.operator(ws, uid)).withConverter(operatorConverter);
