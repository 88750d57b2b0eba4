/** Error statuses the SDKs must see: not-found, already-exists, failed-precondition, invalid-argument. */
import { Timestamp } from '@google-cloud/firestore';
import { describe, expect, it } from 'vitest';
import { uniqueCollection } from '../support/target.ts';
import { type ContextRef, expectStatus } from './context.ts';

export function errorTests(ctx: ContextRef): void {
  describe('errors', () => {
    it('updating a missing document is NOT_FOUND', async () => {
      const ref = ctx().db.collection(uniqueCollection()).doc('missing');
      await expectStatus(ctx(), ref.update({ a: 1 }), 'NOT_FOUND');
      await expectStatus(ctx(), ref.delete({ exists: true }), 'NOT_FOUND');
    });

    it('creating an existing document is ALREADY_EXISTS', async () => {
      const { db, transport, target, projectId } = ctx();
      const ref = db.collection(uniqueCollection()).doc('twice');
      await ref.create({ a: 1 });
      if (transport === 'grpc') {
        await expectStatus(ctx(), ref.create({ a: 2 }), 'ALREADY_EXISTS');
        return;
      }
      // Over REST, ALREADY_EXISTS is HTTP 409, which google-gax reads as ABORTED and the client
      // retries for ten minutes (firebase/firebase-admin-node#2587, same against Google). So check
      // the server's answer on the wire instead of through the client.
      const database = `projects/${projectId}/databases/(default)`;
      const response = await fetch(`${target.url}/v1/${database}/documents:commit`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer owner' },
        body: JSON.stringify({
          writes: [
            {
              update: { name: `${database}/documents/${ref.path}`, fields: {} },
              currentDocument: { exists: false },
            },
          ],
        }),
      });
      expect(response.status).toBe(409);
      expect((await response.json()).error.status).toBe('ALREADY_EXISTS');
    });

    it('a stale updateTime precondition is FAILED_PRECONDITION', async () => {
      const ref = ctx().db.collection(uniqueCollection()).doc('d');
      await ref.set({ a: 1 });
      const stale = new Timestamp(1, 0);
      await expectStatus(
        ctx(),
        ref.update({ a: 2 }, { lastUpdateTime: stale }),
        'FAILED_PRECONDITION',
      );
      await expectStatus(ctx(), ref.delete({ lastUpdateTime: stale }), 'FAILED_PRECONDITION');
      expect((await ref.get()).get('a')).toBe(1);
    });

    it('more than 500 writes in one commit is INVALID_ARGUMENT', async () => {
      const { db } = ctx();
      const collection = db.collection(uniqueCollection());
      const batch = db.batch();
      for (let i = 0; i < 501; i++) batch.set(collection.doc(`d${i}`), { i });
      await expectStatus(ctx(), batch.commit(), 'INVALID_ARGUMENT');
      expect((await collection.limit(1).get()).size).toBe(0);
    });

    it('a document over 1 MiB is INVALID_ARGUMENT', async () => {
      const ref = ctx().db.collection(uniqueCollection()).doc('big');
      await expectStatus(
        ctx(),
        ref.set({ blob: 'x'.repeat(1024 * 1024 + 10) }),
        'INVALID_ARGUMENT',
      );
      expect((await ref.get()).exists).toBe(false);
      await ref.set({ blob: 'x'.repeat(1000 * 1000) });
      expect((await ref.get()).get('blob')).toHaveLength(1000 * 1000);
    });
  });
}
