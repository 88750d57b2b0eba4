/**
 * @firebase/rules-unit-testing, unmodified, against the target server: rules loaded through the
 * control endpoint, users from mock tokens, owner access, clearing, and denials on every path
 * (gets, queries, writes, batches, listeners).
 * Run: npx vitest run --project integration tests/emulator/rules-unit-testing.test.ts
 */
import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { setLogLevel } from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FirestoreTarget, startTarget, uniqueProjectId } from './support/target.ts';

const RULES = `rules_version = '2';
service cloud.firestore {
  match /databases/{database}/documents {
    // Signed-in users read profiles; only the owner writes their own.
    match /users/{uid} {
      allow read: if request.auth != null;
      allow write: if request.auth != null && request.auth.uid == uid;
    }
    // Notes are listed only by their owner: queries must filter on owner.
    match /notes/{id} {
      allow get, list: if request.auth != null && resource.data.owner == request.auth.uid;
      allow create: if request.resource.data.owner == request.auth.uid;
    }
    // Rooms: members read messages; an admin claim may do anything.
    match /rooms/{room} {
      allow read: if request.auth != null && request.auth.uid in resource.data.members;
      match /messages/{message} {
        allow read, create: if request.auth != null
          && request.auth.uid in get(/databases/$(database)/documents/rooms/$(room)).data.members;
      }
    }
    match /{path=**} {
      allow read, write: if request.auth != null && request.auth.token.admin == true;
    }
  }
}
`;

describe('@firebase/rules-unit-testing', () => {
  let target: FirestoreTarget;
  let env: RulesTestEnvironment;

  beforeAll(async () => {
    setLogLevel('silent');
    target = await startTarget();
    env = await initializeTestEnvironment({
      projectId: uniqueProjectId('rut'),
      firestore: { host: target.host, port: target.port, rules: RULES },
    });
  });

  afterAll(async () => {
    await env?.cleanup();
    await target?.close();
  });

  beforeEach(async () => {
    await env.clearFirestore();
    await env.withSecurityRulesDisabled(async (owner) => {
      const db = owner.firestore();
      await db.doc('users/alice').set({ name: 'Alice' });
      await db.doc('notes/n1').set({ owner: 'alice', text: 'mine' });
      await db.doc('notes/n2').set({ owner: 'bob', text: 'his' });
      await db.doc('rooms/r1').set({ members: ['alice'] });
      await db.doc('rooms/r1/messages/m1').set({ text: 'hi' });
    });
  });

  it('lets the owner write their own document and nobody else', async () => {
    const alice = env.authenticatedContext('alice').firestore();
    const bob = env.authenticatedContext('bob').firestore();
    await assertSucceeds(alice.doc('users/alice').set({ name: 'Alice 2' }));
    await assertFails(bob.doc('users/alice').set({ name: 'Bob was here' }));
    await assertSucceeds(bob.doc('users/alice').get());
    await assertFails(env.unauthenticatedContext().firestore().doc('users/alice').get());
  });

  it('denies queries whose results the rules cannot guarantee (rules are not filters)', async () => {
    const alice = env.authenticatedContext('alice').firestore();
    await assertSucceeds(alice.collection('notes').where('owner', '==', 'alice').get());
    await assertFails(alice.collection('notes').get());
    await assertFails(alice.collection('notes').where('owner', '==', 'bob').get());
  });

  it('evaluates get() of other documents and custom claims', async () => {
    const alice = env.authenticatedContext('alice').firestore();
    const bob = env.authenticatedContext('bob').firestore();
    await assertSucceeds(alice.doc('rooms/r1/messages/m1').get());
    await assertSucceeds(alice.collection('rooms/r1/messages').add({ text: 'hello' }));
    await assertFails(bob.doc('rooms/r1/messages/m1').get());
    const admin = env.authenticatedContext('root', { admin: true }).firestore();
    await assertSucceeds(admin.doc('rooms/r1/messages/m1').get());
    await assertSucceeds(admin.doc('anything/at/all/here').set({ ok: true }));
  });

  it('denies a whole batch when one write is denied', async () => {
    const alice = env.authenticatedContext('alice').firestore();
    const batch = alice.batch();
    batch.set(alice.doc('users/alice'), { name: 'ok' });
    batch.set(alice.doc('users/bob'), { name: 'not ok' });
    await assertFails(batch.commit());
    await env.withSecurityRulesDisabled(async (owner) => {
      expect((await owner.firestore().doc('users/alice').get()).data()).toEqual({ name: 'Alice' });
    });
  });

  it('judges a document written twice in a batch once, on its final state', async () => {
    const alice = env.authenticatedContext('alice').firestore();
    const batch = alice.batch();
    // The set alone lacks the owner the create rule wants; the update in the same batch adds it.
    batch.set(alice.doc('notes/n3'), { text: 'draft' });
    batch.update(alice.doc('notes/n3'), { owner: 'alice' });
    await assertSucceeds(batch.commit());
    const lying = alice.batch();
    lying.set(alice.doc('notes/n4'), { owner: 'alice' });
    lying.update(alice.doc('notes/n4'), { owner: 'bob' });
    await assertFails(lying.commit());
  });

  it('reports permission-denied to a snapshot listener', async () => {
    const bob = env.authenticatedContext('bob').firestore();
    const error = await new Promise<{ code?: string }>((resolve) => {
      const stop = bob.doc('rooms/r1/messages/m1').onSnapshot(
        () => {},
        (caught) => {
          stop();
          resolve(caught as { code?: string });
        },
      );
    });
    expect(error.code).toBe('permission-denied');
  });

  it('clears every document with clearFirestore', async () => {
    await env.clearFirestore();
    await env.withSecurityRulesDisabled(async (owner) => {
      expect((await owner.firestore().collection('notes').get()).size).toBe(0);
      expect((await owner.firestore().doc('users/alice').get()).exists).toBe(false);
    });
  });

  it('reports rule coverage as JSON and HTML (run after the tests above)', async () => {
    const base = `${target.url}/emulator/v1/projects/${env.projectId}:ruleCoverage`;
    const json = await fetch(base);
    expect(json.status).toBe(200);
    type Entry = {
      sourcePosition: { line: number };
      values?: { value: { boolValue?: boolean }; count: number }[];
      children?: Entry[];
    };
    const flatten = (entries: Entry[]): Entry[] =>
      entries.flatMap((e) => [e, ...flatten(e.children ?? [])]);
    const entries = flatten(((await json.json()) as { report: Entry[] }).report);
    // Line 7: the users' `allow write`, granted to alice and refused to bob above.
    const outcomes = entries
      .filter((e) => e.sourcePosition.line === 7)
      .flatMap((e) => e.values ?? [])
      .map((v) => v.value.boolValue);
    expect(outcomes).toContain(true);
    expect(outcomes).toContain(false);

    const html = await fetch(`${base}.html`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(await html.text()).toMatch(/<html/i);
  });

  it('rejects invalid rules with their position, keeping the previous rules', async () => {
    const response = await fetch(
      `${target.url}/emulator/v1/projects/${env.projectId}:securityRules`,
      {
        method: 'PUT',
        body: JSON.stringify({
          rules: {
            files: [
              {
                content:
                  "rules_version = '2';\nservice cloud.firestore {\n  match /x { allow read: if ; }\n}",
              },
            ],
          },
        }),
      },
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/3:\d+/);
    const alice = env.authenticatedContext('alice').firestore();
    await assertSucceeds(alice.doc('users/alice').get());
    await assertFails(alice.doc('users/bob').set({ name: 'x' }));
  });
});
