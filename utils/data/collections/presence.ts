import { collection, doc, type Firestore, serverTimestamp, setDoc } from 'firebase/firestore';
import {
  PRESENCE_STATES,
  type Presence,
  type PresenceState,
  type WithId,
} from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { converter, num, oneOf, toDate } from '../convert.ts';

export type PresenceDoc = WithId<Presence>;

export function presenceFromData(id: string, data: Record<string, unknown>): PresenceDoc {
  return {
    id,
    state: oneOf(data.state, PRESENCE_STATES, 'offline'),
    lastSeen: toDate(data.lastSeen),
    activeChats: num(data.activeChats),
  };
}

export const presenceConverter = converter<PresenceDoc>(presenceFromData, (presence) => {
  return { state: presence.state, lastSeen: serverTimestamp() };
});

export const presenceCollection = (db: Firestore, ws: string) =>
  collection(db, paths.presences(ws)).withConverter(presenceConverter);

export const presenceRef = (db: Firestore, ws: string, uid: string) =>
  doc(db, paths.presence(ws, uid)).withConverter(presenceConverter);

/** Writes my state with a fresh server-time heartbeat (activeChats belongs to the functions). */
export async function writeMyPresence(
  db: Firestore,
  ws: string,
  uid: string,
  state: PresenceState,
): Promise<void> {
  await setDoc(
    doc(db, paths.presence(ws, uid)),
    { state, lastSeen: serverTimestamp() },
    { merge: true },
  );
}
