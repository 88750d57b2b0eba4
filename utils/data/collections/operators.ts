import { collection, doc, type Firestore } from 'firebase/firestore';
import {
  type Operator,
  type OperatorPrivate,
  ROLES,
  type SipInfo,
  type WithId,
} from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { converter, num, oneOf, optionalStr, record, str, toDate } from '../convert.ts';

/**
 * An operator as a page sees it: the public document, with the private fields (email, SIP) when
 * the reader may see them (the operator themself, admins; ADR 005) and they were joined in.
 */
export type OperatorDoc = WithId<Operator> & Partial<OperatorPrivate>;
export type OperatorPrivateDoc = WithId<OperatorPrivate>;

export function operatorFromData(id: string, data: Record<string, unknown>): OperatorDoc {
  return {
    id,
    displayName: str(data.displayName, 'Operator'),
    role: oneOf(data.role, ROLES, 'normal'),
    active: data.active !== false,
    maxChats: num(data.maxChats, 5),
    createdAt: toDate(data.createdAt),
  };
}

export function operatorPrivateFromData(
  id: string,
  data: Record<string, unknown>,
): OperatorPrivateDoc {
  const sip = record(data.sip);
  return {
    id,
    email: str(data.email),
    ...(optionalStr(sip.uri) ? { sip: sipFromData(sip) } : {}),
  };
}

/** The operator with the private fields the reader got (none when `privateFields` is absent). */
export function withPrivateFields(
  operator: OperatorDoc,
  privateFields: OperatorPrivateDoc | undefined,
): OperatorDoc {
  if (!privateFields) return operator;
  const { id: _id, ...fields } = privateFields;
  return { ...operator, ...fields };
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

/** Read-only: the operator callables write the private fields (ADR 005). */
export const operatorPrivateConverter = converter<OperatorPrivateDoc>(
  operatorPrivateFromData,
  'Operators are written by the operator callables only.',
);

/** The private fields of every operator (admins only). */
export const operatorPrivatesCollection = (db: Firestore, ws: string) =>
  collection(db, paths.operatorPrivates(ws)).withConverter(operatorPrivateConverter);

export const operatorPrivateRef = (db: Firestore, ws: string, uid: string) =>
  doc(db, paths.operatorPrivate(ws, uid)).withConverter(operatorPrivateConverter);
