import type { Firestore } from 'firebase/firestore';
import { HEARTBEAT_INTERVAL_MS } from '../domain/presence.ts';
import { writeMyPresence } from './collections/presence.ts';
import { onPresenceIntentChanged, readPresenceIntent } from './presence-intent.ts';
import type { OperatorSession } from './session.ts';

/**
 * Heartbeats the operator's chosen presence (server time in lastSeen) every HEARTBEAT_INTERVAL_MS
 * while online or away, and writes a change at once. The service worker runs one (driven by
 * chrome.alarms, see entrypoints/background); an open side panel runs one too, so presence stays
 * true even while the browser has put the worker to sleep. Two writers of the same value are harmless.
 */
export function keepPresence(db: Firestore, operator: OperatorSession): () => void {
  const ws = operator.workspaceId;
  let stopped = false;
  const beat = async () => {
    if (stopped) return;
    const intent = await readPresenceIntent(operator.uid);
    if (intent.state !== 'offline') {
      await writeMyPresence(db, ws, operator.uid, intent.state).catch(() => {});
    }
  };
  void beat();
  const timer = setInterval(() => void beat(), HEARTBEAT_INTERVAL_MS);
  const stopListening = onPresenceIntentChanged((intent) => {
    if (intent?.uid === operator.uid)
      void writeMyPresence(db, ws, operator.uid, intent.state).catch(() => {});
  });
  return () => {
    stopped = true;
    clearInterval(timer);
    stopListening();
  };
}
