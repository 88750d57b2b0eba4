import { collection, doc, type Firestore, serverTimestamp, setDoc } from 'firebase/firestore';
import {
  PRESENCE_STATES,
  type Presence,
  type PresenceState,
  type WithId,
} from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { converter, num, oneOf, record, toDate } from '../convert.ts';

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

/** One operator's state as the team sees it (the presence board, ADR 006). */
export interface TeamPresence {
  id: string;
  state: PresenceState;
  /** When the state last changed. */
  since: Date;
  /** The functions set this Away because offers lapsed unanswered (ADR 008). */
  lapses?: boolean;
}

export function teamPresenceFromData(data: Record<string, unknown>): TeamPresence[] {
  return Object.entries(record(data.operators)).map(([id, value]) => {
    const entry = record(value);
    return {
      id,
      state: oneOf(entry.state, PRESENCE_STATES, 'offline'),
      since: toDate(entry.since),
      ...(entry.lapses === true ? { lapses: true } : {}),
    };
  });
}

const teamPresenceConverter = converter<TeamPresence[]>(
  (_id, data) => teamPresenceFromData(data),
  'The presence board is kept by the functions (ADR 006), never written by a client.',
);

/**
 * The team's presence in one document that changes only when someone's state changes, so an
 * idle console reads nothing while the others heartbeat (summaries/presence, ADR 006). A state
 * there is current: housekeeping writes offline for heartbeats that stopped.
 */
export const teamPresenceRef = (db: Firestore, ws: string) =>
  doc(db, paths.presenceBoard(ws)).withConverter(teamPresenceConverter);

/** An operator's state on the board ('offline' when absent). */
export function teamPresenceOf(team: readonly TeamPresence[], uid: string): PresenceState {
  return team.find((p) => p.id === uid)?.state ?? 'offline';
}
