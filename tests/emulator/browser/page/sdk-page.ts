/**
 * Runs in Chromium: the unmodified firebase web SDK, driven from the tests through `window.sdk`.
 * Built with esbuild at test time (support/page-bundle.ts). Values cross the puppeteer boundary as
 * JSON, so snapshots are flattened: Timestamps become `{timestampMillis}`.
 */
import { type FirebaseApp, initializeApp } from 'firebase/app';
import {
  collection,
  connectFirestoreEmulator,
  deleteDoc,
  disableNetwork,
  doc,
  enableNetwork,
  type Firestore,
  type FirestoreError,
  getDoc,
  getDocs,
  increment,
  initializeFirestore,
  limit,
  onSnapshot,
  orderBy,
  type Query,
  type QueryConstraint,
  query,
  runTransaction,
  serverTimestamp,
  setDoc,
  setLogLevel,
  Timestamp,
  terminate,
  updateDoc,
  type WhereFilterOp,
  where,
  writeBatch,
} from 'firebase/firestore';

export interface PageConfig {
  projectId: string;
  host: string;
  port: number;
  longPolling: boolean;
  /** Signed-in uid (an unsigned mock token, as the Auth emulator would give); signed out if absent. */
  uid?: string;
  /** The SDK's debug log on the page console (every WebChannel message). */
  debug?: boolean;
}

export type Constraint =
  | ['where', string, WhereFilterOp, unknown]
  | ['orderBy', string, 'asc' | 'desc']
  | ['limit', number];

export type ListenEvent =
  | {
      kind: 'doc';
      exists: boolean;
      data: unknown;
      fromCache: boolean;
      pendingWrites: boolean;
      receivedAt: number;
    }
  | {
      kind: 'query';
      docs: { id: string; data: unknown }[];
      changes: { type: string; id: string; oldIndex: number; newIndex: number }[];
      fromCache: boolean;
      receivedAt: number;
    }
  | { kind: 'error'; code: string; message: string; receivedAt: number };

/** Metadata-only changes too: a cached snapshot turning into a server one is what tests wait for. */
const WITH_METADATA = { includeMetadataChanges: true };

let app: FirebaseApp | null = null;
let db: Firestore | null = null;
const queues = new Map<number, ListenEvent[]>();
const waiters = new Map<number, (event: ListenEvent) => void>();
const unsubscribers = new Map<number, () => void>();
let nextListenerId = 1;

function firestore(): Firestore {
  if (!db) throw new Error('call sdk.init first');
  return db;
}

/** Timestamps and other SDK classes to plain JSON. */
function plain(value: unknown): unknown {
  if (value instanceof Timestamp) return { timestampMillis: value.toMillis() };
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/**
 * `{$serverTimestamp: true}` and `{$increment: n}` in test data become the SDK's sentinels,
 * `{$now: true}` this page's clock (Date.now(), for latency measurements).
 */
function sentinels(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sentinels);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.$serverTimestamp === true) return serverTimestamp();
    if (record.$now === true) return Date.now();
    if (typeof record.$increment === 'number') return increment(record.$increment);
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, sentinels(v)]));
  }
  return value;
}

function emit(id: number, event: ListenEvent) {
  const waiter = waiters.get(id);
  if (waiter) {
    waiters.delete(id);
    waiter(event);
  } else queues.get(id)?.push(event);
}

function onError(id: number) {
  return (error: FirestoreError) =>
    emit(id, { kind: 'error', code: error.code, message: error.message, receivedAt: Date.now() });
}

function buildQuery(path: string, constraints: Constraint[]): Query {
  const parts: QueryConstraint[] = constraints.map((c) => {
    if (c[0] === 'where') return where(c[1], c[2], c[3]);
    if (c[0] === 'orderBy') return orderBy(c[1], c[2]);
    return limit(c[1]);
  });
  return query(collection(firestore(), path), ...parts);
}

const sdk = {
  init(config: PageConfig) {
    setLogLevel(config.debug ? 'debug' : 'error');
    app = initializeApp(
      { projectId: config.projectId, apiKey: 'fake-api-key' },
      `app-${Date.now()}`,
    );
    db = initializeFirestore(app, config.longPolling ? { experimentalForceLongPolling: true } : {});
    connectFirestoreEmulator(
      db,
      config.host,
      config.port,
      config.uid ? { mockUserToken: { sub: config.uid, user_id: config.uid } } : undefined,
    );
  },

  async set(path: string, data: unknown, merge = false) {
    await setDoc(doc(firestore(), path), sentinels(data) as Record<string, unknown>, { merge });
  },
  async update(path: string, data: Record<string, unknown>) {
    await updateDoc(doc(firestore(), path), sentinels(data) as Record<string, unknown>);
  },
  async remove(path: string) {
    await deleteDoc(doc(firestore(), path));
  },
  async batch(ops: { set?: [string, unknown]; remove?: string }[]) {
    const batch = writeBatch(firestore());
    for (const op of ops) {
      if (op.set)
        batch.set(doc(firestore(), op.set[0]), sentinels(op.set[1]) as Record<string, unknown>);
      if (op.remove) batch.delete(doc(firestore(), op.remove));
    }
    await batch.commit();
  },
  async get(path: string) {
    const snap = await getDoc(doc(firestore(), path));
    return { exists: snap.exists(), data: plain(snap.data() ?? null) };
  },
  async getAll(path: string, constraints: Constraint[] = []) {
    const snap = await getDocs(buildQuery(path, constraints));
    return snap.docs.map((d) => ({ id: d.id, data: plain(d.data()) }));
  },
  /** Read-modify-write in a transaction: adds `by` to the numeric field `field`. */
  async transactionAdd(path: string, field: string, by: number) {
    return runTransaction(firestore(), async (tx) => {
      const ref = doc(firestore(), path);
      const snap = await tx.get(ref);
      const next = ((snap.data()?.[field] as number | undefined) ?? 0) + by;
      if (snap.exists()) tx.update(ref, { [field]: next });
      else tx.set(ref, { [field]: next });
      return next;
    });
  },
  /** Errors as `{code}` so a test can assert on them (rejections lose the code across CDP). */
  async attempt(op: 'set' | 'update' | 'remove' | 'get', path: string, data?: unknown) {
    try {
      if (op === 'set') await sdk.set(path, data);
      else if (op === 'update') await sdk.update(path, data as Record<string, unknown>);
      else if (op === 'remove') await sdk.remove(path);
      else await sdk.get(path);
      return { ok: true as const };
    } catch (error) {
      return { ok: false as const, code: (error as FirestoreError).code };
    }
  },

  listenDoc(path: string): number {
    const id = nextListenerId++;
    queues.set(id, []);
    const unsubscribe = onSnapshot(
      doc(firestore(), path),
      WITH_METADATA,
      (snap) =>
        emit(id, {
          kind: 'doc',
          exists: snap.exists(),
          data: plain(snap.data() ?? null),
          fromCache: snap.metadata.fromCache,
          pendingWrites: snap.metadata.hasPendingWrites,
          receivedAt: Date.now(),
        }),
      onError(id),
    );
    unsubscribers.set(id, unsubscribe);
    return id;
  },
  listenQuery(path: string, constraints: Constraint[] = []): number {
    const id = nextListenerId++;
    queues.set(id, []);
    const unsubscribe = onSnapshot(
      buildQuery(path, constraints),
      WITH_METADATA,
      (snap) =>
        emit(id, {
          kind: 'query',
          docs: snap.docs.map((d) => ({ id: d.id, data: plain(d.data()) })),
          changes: snap.docChanges().map((c) => ({
            type: c.type,
            id: c.doc.id,
            oldIndex: c.oldIndex,
            newIndex: c.newIndex,
          })),
          fromCache: snap.metadata.fromCache,
          receivedAt: Date.now(),
        }),
      onError(id),
    );
    unsubscribers.set(id, unsubscribe);
    return id;
  },
  /** The listener's next event, waiting up to `timeoutMs` for it. */
  nextEvent(id: number, timeoutMs = 10_000): Promise<ListenEvent> {
    const queued = queues.get(id)?.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(id);
        reject(new Error(`listener ${id}: no event within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.set(id, (event) => {
        clearTimeout(timer);
        resolve(event);
      });
    });
  },
  /** Events already received and not yet consumed. */
  drain(id: number): ListenEvent[] {
    const queue = queues.get(id) ?? [];
    return queue.splice(0, queue.length);
  },
  unlisten(id: number) {
    unsubscribers.get(id)?.();
    unsubscribers.delete(id);
  },
  async offline() {
    await disableNetwork(firestore());
  },
  async online() {
    await enableNetwork(firestore());
  },
  async terminate() {
    for (const unsubscribe of unsubscribers.values()) unsubscribe();
    unsubscribers.clear();
    await terminate(firestore());
  },
};

export type Sdk = typeof sdk;
(globalThis as unknown as { sdk: Sdk }).sdk = sdk;
