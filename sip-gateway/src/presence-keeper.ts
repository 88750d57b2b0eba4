/**
 * Presence follows the SIP client: a first registration brings an offline operator online, a
 * heartbeat keeps lastSeen fresh while a binding lives (HEARTBEAT_INTERVAL_MS, as the extension
 * beats), and the last binding going away sets offline, unless the console has beaten since our
 * last beat (then the console is in charge). An "away" set in the console stays away.
 */
import { Timestamp } from 'firebase-admin/firestore';
import { db } from '../../functions/src/admin.ts';
import { presenceRef } from '../../functions/src/data/presence.ts';
import { effectivePresence } from '../../utils/domain/presence.ts';
import { operatorKey } from './bindings.ts';

export class PresenceKeeper {
  /** The lastSeen we wrote last, per operator: if it is still there, nobody else beat since. */
  readonly #ourBeat = new Map<string, number>();

  async registered(ws: string, uid: string): Promise<void> {
    const beat = Timestamp.now();
    const ref = presenceRef(ws, uid);
    await db().runTransaction(async (tx) => {
      const presence = (await tx.get(ref)).data();
      const state = effectivePresence(presence, new Date()) === 'offline' ? 'online' : undefined;
      if (presence) tx.update(ref, { lastSeen: beat, ...(state ? { state } : {}) });
      else tx.set(ref, { id: uid, state: 'online', lastSeen: beat, activeChats: 0 });
    });
    this.#ourBeat.set(operatorKey(ws, uid), beat.toMillis());
  }

  async heartbeat(ws: string, uid: string): Promise<void> {
    const beat = Timestamp.now();
    // update, not set: never brings back the presence of an operator deleted meanwhile.
    await presenceRef(ws, uid).update({ lastSeen: beat });
    this.#ourBeat.set(operatorKey(ws, uid), beat.toMillis());
  }

  async unregistered(ws: string, uid: string): Promise<void> {
    const key = operatorKey(ws, uid);
    const ours = this.#ourBeat.get(key);
    this.#ourBeat.delete(key);
    const ref = presenceRef(ws, uid);
    await db().runTransaction(async (tx) => {
      const presence = (await tx.get(ref)).data();
      if (presence && presence.lastSeen.getTime() === ours) {
        tx.update(ref, { state: 'offline', lastSeen: Timestamp.now() });
      }
    });
  }
}
