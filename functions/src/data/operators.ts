import { db } from '../admin.ts';
import { converter, millis, num, str } from './convert.ts';

export type Role = 'admin' | 'normal';

export interface OperatorDoc {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  active: boolean;
  maxChats: number;
  createdAt: number | null;
  sip?: { uri: string; username: string; domain: string };
}

export const operatorConverter = converter<OperatorDoc>((data, id) => ({
  id,
  displayName: str(data.displayName),
  email: str(data.email),
  role: data.role === 'admin' ? 'admin' : 'normal',
  active: data.active !== false,
  maxChats: num(data.maxChats, 5),
  createdAt: millis(data.createdAt),
  sip: data.sip
    ? { uri: str(data.sip.uri), username: str(data.sip.username), domain: str(data.sip.domain) }
    : undefined,
}));

export const operatorsCol = (ws: string) =>
  db().collection('workspaces').doc(ws).collection('operators').withConverter(operatorConverter);
export const operatorRef = (ws: string, uid: string) => operatorsCol(ws).doc(uid);
