/**
 * Issue 13's typing target: at most 20 typing-indicator writes per minute of continuous typing,
 * per side (ADR 010). On a fresh local stack, a visitor (web SDK, anonymous, the widget's
 * TypingState deciding) and Otto (web SDK, the console's ChatSignals deciding and writing) both
 * type for BENCH_TYPING_SECONDS [60] at BENCH_TYPING_KEYS_PER_SECOND [6], each sending a message
 * every BENCH_TYPING_SEND_EVERY_SECONDS [15]. Counted: writes each side made (and the rules
 * refused), and the snapshots of the other side's signal each received (billed reads).
 */
import { deleteApp, initializeApp } from 'firebase/app';
import {
  connectAuthEmulator,
  getAuth,
  signInAnonymously,
  signInWithEmailAndPassword,
} from 'firebase/auth';
import {
  connectFirestoreEmulator,
  doc,
  getFirestore,
  onSnapshot,
  serverTimestamp,
  setDoc,
} from 'firebase/firestore';
import { initializeApp as initializeAdmin } from 'firebase-admin/app';
import { getFirestore as getAdminFirestore } from 'firebase-admin/firestore';
import { ChatSignals } from '../../utils/data/stores/chat-signals.ts';
import { paths } from '../../utils/domain/paths.ts';
import { TypingState } from '../../widget/src/app/typing.ts';
import { callCallable, startBenchStack } from './local-stack.ts';
import type { BenchOutput } from './report.ts';

const SECONDS = Number(process.env.BENCH_TYPING_SECONDS ?? 60);
const KEYS_PER_SECOND = Number(process.env.BENCH_TYPING_KEYS_PER_SECOND ?? 6);
const SEND_EVERY_SECONDS = Number(process.env.BENCH_TYPING_SEND_EVERY_SECONDS ?? 15);
const TARGET_PER_MINUTE = 20;

function webClient(
  info: { projectId: string; authHost: string; firestoreHost: string },
  name: string,
) {
  const app = initializeApp(
    { projectId: info.projectId, apiKey: 'bench' },
    `${name}-${Date.now()}`,
  );
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://${info.authHost}`, { disableWarnings: true });
  const db = getFirestore(app);
  const [host, port] = info.firestoreHost.split(':');
  connectFirestoreEmulator(db, host!, Number(port));
  return { app, auth, db };
}

export async function benchTyping(): Promise<BenchOutput> {
  const stack = await startBenchStack();
  const { info, accounts } = stack;
  const visitor = webClient(info, 'visitor');
  const operator = webClient(info, 'operator');
  try {
    const ws = 'demo';
    const admin = getAdminFirestore(
      initializeAdmin({ projectId: info.projectId }, `typing-${Date.now()}`),
    );
    const otto = accounts.otto;
    await admin
      .doc(paths.presence(ws, otto.uid))
      .set({ state: 'online', lastSeen: new Date(), activeChats: 0 });
    const visitorUser = (await signInAnonymously(visitor.auth)).user;
    await signInWithEmailAndPassword(operator.auth, otto.email, otto.password);
    const started = await callCallable<{ chatId?: string }>(
      info.functionsHost,
      info.projectId,
      'startChat',
      {
        workspaceId: ws,
        visitorName: 'Vera',
        departmentId: 'support',
        pageUrl: 'http://127.0.0.1:5173/',
      },
      await visitorUser.getIdToken(),
    );
    const chatId = started.chatId;
    if (!chatId) throw new Error('startChat answered offline');
    // Accepted as acceptChat would leave it (the typing rules need an active chat of Otto's).
    await admin
      .doc(paths.chat(ws, chatId))
      .update({ status: 'active', operatorId: otto.uid, offeredTo: [] });

    // The operator's side: the console's own store, listening to the visitor's signal.
    const signals = new ChatSignals(operator.db, ws, chatId, () => 'Otto');
    signals.start();
    let operatorReads = 0;
    const stopCounting = signals.visitorTyping.data.subscribe(() => operatorReads++);
    // The visitor's side: the widget's TypingState deciding, listening to Otto's signal.
    const typing = new TypingState();
    let visitorReads = 0;
    const stopVisitor = onSnapshot(
      doc(visitor.db, paths.chatTyping(ws, chatId, 'operator')),
      () => visitorReads++,
    );
    let visitorWrites = 0;
    let visitorRefused = 0;
    let operatorWrites = 0;

    const began = Date.now();
    let nextSend = began + SEND_EVERY_SECONDS * 1000;
    const pending: Promise<unknown>[] = [];
    while (Date.now() - began < SECONDS * 1000) {
      if (typing.keystroke()) {
        visitorWrites++;
        pending.push(
          setDoc(doc(visitor.db, paths.chatTyping(ws, chatId, 'visitor')), {
            at: serverTimestamp(),
          }).catch(() => visitorRefused++),
        );
      }
      if (signals.keystroke()) operatorWrites++;
      if (Date.now() >= nextSend) {
        typing.sent();
        signals.sent();
        nextSend += SEND_EVERY_SECONDS * 1000;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000 / KEYS_PER_SECOND));
    }
    await Promise.all(pending);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the last deliveries
    stopVisitor();
    stopCounting();
    signals.stop();
    const minutes = SECONDS / 60;
    const perMinute = (n: number) => Number((n / minutes).toFixed(1));
    const scenario = `${SECONDS} s at ${KEYS_PER_SECOND} keys/s, a message every ${SEND_EVERY_SECONDS} s`;
    return {
      metrics: [
        {
          name: 'visitor typing writes per minute of typing',
          value: perMinute(visitorWrites),
          unit: '/min',
          target: { max: TARGET_PER_MINUTE },
          detail: `${scenario}; ${visitorRefused} refused by the rules; Otto read ${operatorReads} snapshots`,
        },
        {
          name: 'operator typing writes per minute of typing',
          value: perMinute(operatorWrites),
          unit: '/min',
          target: { max: TARGET_PER_MINUTE },
          detail: `${scenario}; the visitor read ${visitorReads} snapshots`,
        },
      ],
    };
  } finally {
    await Promise.all([deleteApp(visitor.app), deleteApp(operator.app)]).catch(() => {});
    await stack.stop();
  }
}
