import { db } from '../admin.ts';
import { converter, millis, num } from './convert.ts';

export type PresenceState = 'online' | 'away' | 'offline';

export interface PresenceDoc {
  id: string;
  state: PresenceState;
  lastSeen: number | null;
  activeChats: number;
}

export const presenceConverter = converter<PresenceDoc>((data, id) => ({
  id,
  state: data.state === 'online' || data.state === 'away' ? data.state : 'offline',
  lastSeen: millis(data.lastSeen),
  activeChats: num(data.activeChats),
}));

export const presenceCol = (ws: string) =>
  db().collection('workspaces').doc(ws).collection('presence').withConverter(presenceConverter);
export const presenceRef = (ws: string, uid: string) => presenceCol(ws).doc(uid);
