/**
 * Shared pieces of the rules suites: the seven actors of the matrix, one emulator test
 * environment per file (its own demo-* project, so files never see each other's data), and the
 * allow/deny assertions.
 *
 * Seeding is the slow part of a rules test, so a suite seeds lazily: `ensure(fixture)` writes the
 * fixture only when the emulator may hold something else, that is when a different fixture was
 * seeded, or since the last seed a test wrote (an allowed write, `seed`, `touched`) or failed.
 * Every test still starts from exactly its fixture; refused writes and reads change nothing.
 *
 * The emulator address comes from the stack the integration project starts (tests/setup/stack.ts,
 * `inject('stack').firestoreHost`) or, when running against an emulator started by hand, from
 * FIRESTORE_EMULATOR_HOST.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { deleteApp, type FirebaseApp, initializeApp } from 'firebase/app';
import {
  connectFirestoreEmulator,
  type DocumentData,
  doc,
  type Firestore,
  getDoc,
  initializeFirestore,
  writeBatch,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { RULES_COVERAGE_DIR, saveCoverage } from '../support/rules-coverage.ts';
import { fixtureKey, OTHER_WS, WS } from './fixtures.ts';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Who calls: anonymous visitors, two normal operators, an admin, a foreign admin, nobody. */
export const ACTORS = {
  visitor: { uid: 'visitor-1', token: { firebase: { sign_in_provider: 'anonymous' } } },
  otherVisitor: { uid: 'visitor-2', token: { firebase: { sign_in_provider: 'anonymous' } } },
  normal: { uid: 'nora', token: { ws: WS, role: 'normal', email: 'nora@acme.test' } },
  otherNormal: { uid: 'otto', token: { ws: WS, role: 'normal', email: 'otto@acme.test' } },
  admin: { uid: 'ada', token: { ws: WS, role: 'admin', email: 'ada@acme.test' } },
  foreignAdmin: { uid: 'fay', token: { ws: OTHER_WS, role: 'admin', email: 'fay@globex.test' } },
  signedOut: null,
} as const;

export type ActorName = keyof typeof ACTORS;
export const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];

/** The uid of an actor ('' for signed out). */
export const uidOf = (actor: ActorName): string => ACTORS[actor]?.uid ?? '';

export type Outcome = 'allow' | 'deny';

function emulatorAddress(): { host: string; port: number } {
  let fromStack: string | null | undefined;
  try {
    fromStack = inject('stack')?.firestoreHost;
  } catch {
    fromStack = undefined;
  }
  const hostPort = fromStack ?? process.env.FIRESTORE_EMULATOR_HOST;
  if (!hostPort)
    throw new Error(
      'No Firestore emulator: run through the integration project (tests/setup/stack.ts) or set FIRESTORE_EMULATOR_HOST.',
    );
  const colon = hostPort.lastIndexOf(':');
  return { host: hostPort.slice(0, colon), port: Number(hostPort.slice(colon + 1)) };
}

export interface RulesSuite {
  env(): RulesTestEnvironment;
  /** The actor's Firestore (one client per actor and file). */
  db(actor: ActorName): Firestore;
  /** Makes the emulator hold exactly `docs` (this file's project), seeding only if it may not. */
  ensure(docs: Record<string, DocumentData>): Promise<void>;
  /** Makes every test of the enclosing describe start from `fixture()`. */
  useFixture(fixture: () => Record<string, DocumentData>): void;
  /** Writes documents with rules disabled (setup inside a test). */
  seed(docs: Record<string, DocumentData>): Promise<void>;
  /** Says a test changed data behind the assertions' back (writes it did not assert). */
  touched(): void;
}

/** The suite of the file that is running; allow() tells it when the data changed. */
let running: RulesSuite | undefined;

/**
 * One test environment for the calling file: its own project `demo-parley-rules-<name>`, the
 * real firestore.rules, torn down after the file.
 */
export function useRulesSuite(name: string): RulesSuite {
  let env: RulesTestEnvironment | undefined;
  let owner: { app: FirebaseApp; db: Firestore } | undefined;
  const dbs = new Map<ActorName, Firestore>();
  const projectId = `demo-parley-rules-${name}`;
  /** The fixture the emulator holds untouched, if any. */
  let seeded: string | null = null;

  // One rules-bypassing client for the whole file ("owner" is the emulators' admin token);
  // withSecurityRulesDisabled would build and tear down a client for every seed.
  const ownerDb = (): Firestore => {
    if (owner) return owner.db;
    const { host, port } = emulatorAddress();
    const app = initializeApp({ projectId }, `${projectId}-owner-${Date.now()}`);
    const db = initializeFirestore(app, {});
    connectFirestoreEmulator(db, host, port, { mockUserToken: 'owner' });
    owner = { app, db };
    return db;
  };

  const write = async (docs: Record<string, DocumentData>) => {
    const db = ownerDb();
    const batch = writeBatch(db);
    for (const [docPath, data] of Object.entries(docs)) batch.set(doc(db, docPath), data);
    await batch.commit();
  };

  beforeAll(async () => {
    running = suite;
    const { host, port } = emulatorAddress();
    env = await initializeTestEnvironment({
      projectId,
      firestore: {
        host,
        port,
        rules: readFileSync(path.join(rootDir, 'firestore.rules'), 'utf8'),
      },
    });
    // Every client's first request opens its connection: let them all do that at once.
    const warmUp = (db: Firestore) => getDoc(doc(db, 'warmUp/none')).catch(() => {});
    await Promise.all([warmUp(ownerDb()), ...ACTOR_NAMES.map((actor) => warmUp(suite.db(actor)))]);
  });

  // A failed test may have stopped halfway through its writes.
  beforeEach(({ onTestFailed }) => onTestFailed(() => suite.touched()));

  afterAll(async () => {
    if (owner) await deleteApp(owner.app);
    await env?.cleanup();
    // What this file made the rules evaluate, for the coverage gate (tests/rules-coverage).
    const { host, port } = emulatorAddress();
    await saveCoverage(`${host}:${port}`, projectId, RULES_COVERAGE_DIR);
  });

  const suite: RulesSuite = {
    env() {
      if (!env) throw new Error('The rules test environment is not ready.');
      return env;
    },
    db(actor) {
      const cached = dbs.get(actor);
      if (cached) return cached;
      const a = ACTORS[actor];
      const context = a
        ? suite.env().authenticatedContext(a.uid, a.token)
        : suite.env().unauthenticatedContext();
      const db = context.firestore() as unknown as Firestore;
      dbs.set(actor, db);
      return db;
    },
    async ensure(docs) {
      const key = fixtureKey(docs);
      if (seeded === key) return;
      seeded = null;
      await suite.env().clearFirestore();
      await write(docs);
      seeded = key;
    },
    useFixture(fixture) {
      beforeEach(() => suite.ensure(fixture()));
    },
    async seed(docs) {
      seeded = null;
      await write(docs);
    },
    touched() {
      seeded = null;
    },
  };
  return suite;
}

/** A read answers a snapshot; writes (set, update, delete, a batch) answer nothing. */
const isReadResult = (result: unknown) =>
  typeof result === 'object' && result !== null && 'metadata' in result;

/** Asserts an attempt is allowed (telling the suite when it wrote) or refused. */
export async function allow(attempt: Promise<unknown>): Promise<void> {
  const result = await assertSucceeds(attempt);
  if (!isReadResult(result)) running?.touched();
}

/** Asserts an attempt is refused with permission-denied (so it changed nothing). */
export async function deny(attempt: Promise<unknown>): Promise<void> {
  await assertFails(attempt);
}

export const expectOutcome = (attempt: Promise<unknown>, outcome: Outcome) =>
  outcome === 'allow' ? allow(attempt) : deny(attempt);
