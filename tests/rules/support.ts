/**
 * Shared pieces of the rules suites: the seven actors of the matrix, one emulator test
 * environment per file (its own demo-* project, so files never see each other's data), and the
 * readable matrix table each file declares.
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
  initializeFirestore,
  writeBatch,
} from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

export const WS = 'acme';
export const OTHER_WS = 'globex';

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

export const OPS = ['get', 'list', 'create', 'update', 'delete'] as const;
export type Op = (typeof OPS)[number];
export type Outcome = 'allow' | 'deny';

/** One attempt per operation; `actor` lets create/list shape the request as that actor would. */
export type Operations = Record<Op, (db: Firestore, actor: ActorName) => Promise<unknown>>;

/**
 * Parses a matrix written as a table:
 *
 *   actor         get    list   create update delete
 *   visitor       allow  deny   deny   deny   deny
 *
 * Every actor and every operation must appear exactly once, so a file can't forget a cell.
 */
export function parseMatrix(table: string): [ActorName, Op, Outcome][] {
  const lines = table
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const [header, ...rows] = lines;
  const columns = header!.split(/\s+/).slice(1);
  if (columns.join(' ') !== OPS.join(' '))
    throw new Error(`Matrix header must be "actor ${OPS.join(' ')}", got "${header}"`);
  const seen = new Set<string>();
  const cases: [ActorName, Op, Outcome][] = [];
  for (const row of rows) {
    const [actor, ...cells] = row.split(/\s+/);
    if (!ACTOR_NAMES.includes(actor as ActorName)) throw new Error(`Unknown actor "${actor}"`);
    if (cells.length !== OPS.length) throw new Error(`Row "${row}" needs ${OPS.length} cells`);
    seen.add(actor!);
    cells.forEach((cell, i) => {
      if (cell !== 'allow' && cell !== 'deny') throw new Error(`Cell "${cell}" in "${row}"`);
      cases.push([actor as ActorName, OPS[i]!, cell]);
    });
  }
  const missing = ACTOR_NAMES.filter((name) => !seen.has(name));
  if (missing.length > 0) throw new Error(`Matrix misses actors: ${missing.join(', ')}`);
  return cases;
}

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
  /** The actor's Firestore (cached per file). */
  db(actor: ActorName): Firestore;
  /** Clears this file's project and writes `docs` with rules disabled. */
  reset(docs: Record<string, DocumentData>): Promise<void>;
  /** Writes documents with rules disabled (setup inside a test). */
  seed(docs: Record<string, DocumentData>): Promise<void>;
}

/**
 * One test environment for the calling file: its own project `demo-parley-rules-<name>`, the
 * real firestore.rules, torn down after the file.
 */
export function useRulesSuite(name: string): RulesSuite {
  let env: RulesTestEnvironment | undefined;
  let owner: { app: FirebaseApp; db: Firestore } | undefined;
  const dbs = new Map<ActorName, Firestore>();
  const projectId = `demo-parley-rules-${name}`;

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

  beforeAll(async () => {
    const { host, port } = emulatorAddress();
    env = await initializeTestEnvironment({
      projectId,
      firestore: {
        host,
        port,
        rules: readFileSync(path.join(rootDir, 'firestore.rules'), 'utf8'),
      },
    });
  });

  afterAll(async () => {
    if (owner) await deleteApp(owner.app);
    await env?.cleanup();
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
    async seed(docs) {
      const db = ownerDb();
      const batch = writeBatch(db);
      for (const [docPath, data] of Object.entries(docs)) batch.set(doc(db, docPath), data);
      await batch.commit();
    },
    async reset(docs) {
      await suite.env().clearFirestore();
      await suite.seed(docs);
    },
  };
  return suite;
}

/** Asserts an attempt is allowed or refused with permission-denied. */
export async function expectOutcome(attempt: Promise<unknown>, outcome: Outcome): Promise<void> {
  if (outcome === 'allow') await assertSucceeds(attempt);
  else await assertFails(attempt);
}

export const allow = (attempt: Promise<unknown>) => expectOutcome(attempt, 'allow');
export const deny = (attempt: Promise<unknown>) => expectOutcome(attempt, 'deny');

/**
 * Declares the matrix as one test per cell, each starting from `fixture(op, actor)` freshly
 * seeded, so a write in one cell never changes what the next one sees (and a create can start
 * from a fixture without the document it creates).
 */
export function describeMatrix(
  title: string,
  suite: RulesSuite,
  table: string,
  fixture: (op: Op, actor: ActorName) => Record<string, DocumentData>,
  operations: Operations,
): void {
  describe(title, () => {
    const cases = parseMatrix(table);
    it.each(cases)('%s %s -> %s', async (actor, op, outcome) => {
      await suite.reset(fixture(op, actor));
      await expectOutcome(operations[op](suite.db(actor), actor), outcome);
    });
    it('covers every actor and operation', () => {
      expect(cases).toHaveLength(ACTOR_NAMES.length * OPS.length);
    });
  });
}

/** Timestamps in the past for fixtures. */
export const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

/** Workspace-relative document path. */
export const wsPath = (rest: string, ws: string = WS) => `workspaces/${ws}/${rest}`;

/** Two workspaces with their operators: what every file's fixture starts from. */
export function baseFixture(): Record<string, DocumentData> {
  const operator = (displayName: string, role: 'admin' | 'normal', email: string) => ({
    displayName,
    email,
    role,
    active: true,
    maxChats: 5,
    createdAt: minutesAgo(600),
    sip: {
      uri: `sip:${displayName.toLowerCase()}@chat.test`,
      username: displayName,
      domain: 'chat.test',
    },
  });
  return {
    [`workspaces/${WS}`]: {
      name: 'Acme',
      seatPrice: 1900,
      currency: 'EUR',
      routingMode: 'all',
      createdAt: minutesAgo(1000),
    },
    [`workspaces/${OTHER_WS}`]: {
      name: 'Globex',
      seatPrice: 2500,
      currency: 'USD',
      routingMode: 'all',
      createdAt: minutesAgo(1000),
    },
    [wsPath('operators/nora')]: operator('Nora', 'normal', 'nora@acme.test'),
    [wsPath('operators/otto')]: operator('Otto', 'normal', 'otto@acme.test'),
    [wsPath('operators/ada')]: operator('Ada', 'admin', 'ada@acme.test'),
    [wsPath('operators/fay', OTHER_WS)]: operator('Fay', 'admin', 'fay@globex.test'),
  };
}
