/**
 * What Firestore alone costs in latency, measured beside the scenario: a plain web SDK writer and
 * a plain listener on a scratch collection of the same emulator, at the same moment, one small
 * document a second. No rules (both clients are the emulator's rules-free "owner"), no Parley
 * data model: what is left when Parley's latency is divided by this is Parley's own overhead.
 */
import { deleteApp, initializeApp } from 'firebase/app';
import {
  collection,
  connectFirestoreEmulator,
  doc,
  initializeFirestore,
  onSnapshot,
  setDoc,
} from 'firebase/firestore';
import type { StackInfo } from '../../stack/stack.ts';

/** Outside every workspace: the benchmark's own, never read by Parley. */
const SCRATCH = 'benchLoadProbe';

function ownerClient(stack: StackInfo, name: string) {
  const app = initializeApp({ projectId: stack.projectId, apiKey: 'bench' }, name);
  const db = initializeFirestore(app, {});
  connectFirestoreEmulator(db, stack.host, stack.ports.firestore, { mockUserToken: 'owner' });
  return { db, close: () => deleteApp(app) };
}

export function startRawListenerProbe(stack: StackInfo, everyMs = 1_000) {
  const run = `run-${process.pid}-${Date.now().toString(36)}`;
  const writer = ownerClient(stack, `${run}-writer`);
  const reader = ownerClient(stack, `${run}-reader`);
  const writtenAt = new Map<string, number>();
  const latencies: number[] = [];
  const stopListening = onSnapshot(collection(reader.db, SCRATCH, run, 'samples'), (snapshot) => {
    for (const change of snapshot.docChanges()) {
      const began = writtenAt.get(change.doc.id);
      if (change.type === 'added' && began !== undefined) latencies.push(Date.now() - began);
    }
  });
  let n = 0;
  const timer = setInterval(() => {
    const id = String(n++).padStart(6, '0');
    writtenAt.set(id, Date.now());
    void setDoc(doc(writer.db, SCRATCH, run, 'samples', id), { n }).catch(() => {});
  }, everyMs);
  return {
    latencies,
    async stop() {
      clearInterval(timer);
      stopListening();
      await Promise.all([writer.close(), reader.close()]);
    },
  };
}
