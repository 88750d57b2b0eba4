import type { Presence } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const presenceConverter = modelConverter<Presence>(() => ({
  state: 'offline',
  activeChats: 0,
  lastSeen: new Date(0),
}));

export const presenceCol = (ws: string) =>
  db().collection(paths.presences(ws)).withConverter(presenceConverter);
export const presenceRef = (ws: string, uid: string) =>
  db().doc(paths.presence(ws, uid)).withConverter(presenceConverter);

/** Presence documents of every workspace (housekeeping's one query for stopped heartbeats). */
export const presenceGroup = () =>
  db().collectionGroup('presence').withConverter(presenceConverter);
