/**
 * REST on the wire, without an SDK: what the browser web SDK sends (text/plain JSON bodies,
 * streaming answers as one array) and what @google-cloud/firestore sends with preferRest
 * (numeric enums, document URLs with query parameters).
 * Run: npx vitest run --project integration tests/emulator/rest-wire.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RawHttp, rawHttp } from './support/raw-http.ts';
import {
  type FirestoreTarget,
  startTarget,
  uniqueCollection,
  uniqueProjectId,
} from './support/target.ts';

describe('REST wire format', () => {
  let target: FirestoreTarget;
  let projectId: string;
  let database: string;
  let documents: string;
  let post: RawHttp['post'];

  beforeAll(async () => {
    target = await startTarget();
    projectId = uniqueProjectId('raw');
    database = `projects/${projectId}/databases/(default)`;
    documents = `${database}/documents`;
    ({ post } = rawHttp(target));
  });

  afterAll(async () => {
    await target?.close();
  });

  describe('REST as the web SDK sends it', () => {
    it('commits, batch-gets, queries and aggregates with text/plain JSON bodies', async () => {
      const collection = uniqueCollection();
      const commit = await post(`${documents}:commit`, {
        writes: [
          {
            update: { name: `${documents}/${collection}/a`, fields: { n: { integerValue: '1' } } },
          },
          {
            update: { name: `${documents}/${collection}/b`, fields: { n: { integerValue: '2' } } },
            updateTransforms: [{ fieldPath: 'at', setToServerValue: 'REQUEST_TIME' }],
            currentDocument: { exists: false },
          },
        ],
      });
      expect(commit.status).toBe(200);
      const committed = await commit.json();
      expect(committed.commitTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      expect(committed.writeResults).toHaveLength(2);
      expect(committed.writeResults[1].transformResults).toEqual([
        { timestampValue: committed.commitTime },
      ]);

      const batchGet = await post(`${documents}:batchGet`, {
        documents: [`${documents}/${collection}/a`, `${documents}/${collection}/missing`],
      });
      const got = await batchGet.json();
      expect(Array.isArray(got)).toBe(true);
      expect(
        got.map(
          (entry: { found?: { name: string }; missing?: string }) =>
            entry.found?.name ?? entry.missing,
        ),
      ).toEqual([`${documents}/${collection}/a`, `${documents}/${collection}/missing`]);
      expect(got[0].found.fields).toEqual({ n: { integerValue: '1' } });
      expect(got[0].readTime).toBeDefined();

      const query = await post(`${documents}:runQuery`, {
        structuredQuery: {
          from: [{ collectionId: collection }],
          where: {
            fieldFilter: {
              field: { fieldPath: 'n' },
              op: 'GREATER_THAN',
              value: { integerValue: '1' },
            },
          },
        },
      });
      const rows = await query.json();
      expect(
        rows
          .filter((row: { document?: unknown }) => row.document)
          .map((row: { document: { name: string } }) => row.document.name),
      ).toEqual([`${documents}/${collection}/b`]);

      const aggregate = await post(`${documents}:runAggregationQuery`, {
        structuredAggregationQuery: {
          structuredQuery: { from: [{ collectionId: collection }] },
          aggregations: [
            { alias: 'total', count: {} },
            { alias: 'sum', sum: { field: { fieldPath: 'n' } } },
          ],
        },
      });
      const [result] = await aggregate.json();
      expect(result.result.aggregateFields).toEqual({
        total: { integerValue: '2' },
        sum: { integerValue: '3' },
      });
    });

    it('queries under a parent document path', async () => {
      const parent = `${documents}/${uniqueCollection()}/p`;
      await post(`${documents}:commit`, {
        writes: [{ update: { name: `${parent}/kids/k1`, fields: {} } }],
      });
      const response = await post(`${parent}:runQuery`, {
        structuredQuery: { from: [{ collectionId: 'kids' }] },
      });
      const rows = await response.json();
      expect(
        rows.map((row: { document?: { name: string } }) => row.document?.name).filter(Boolean),
      ).toEqual([`${parent}/kids/k1`]);
    });
  });

  describe('REST as @google-cloud/firestore sends it (preferRest)', () => {
    const numeric = '?$alt=json%3Benum-encoding=int';

    it('accepts numeric enums', async () => {
      const collection = uniqueCollection();
      await post(`${documents}:commit`, {
        writes: [
          {
            update: { name: `${documents}/${collection}/a`, fields: { n: { integerValue: '5' } } },
          },
        ],
      });
      const response = await post(
        `${documents}:runQuery${numeric}`,
        {
          structuredQuery: {
            from: [{ collectionId: collection }],
            where: {
              fieldFilter: { field: { fieldPath: 'n' }, op: 5, value: { integerValue: '5' } },
            },
            orderBy: [{ field: { fieldPath: 'n' }, direction: 2 }],
          },
        },
        { 'Content-Type': 'application/json' },
      );
      expect(response.status).toBe(200);
      const rows = await response.json();
      expect(rows[0].document.name).toBe(`${documents}/${collection}/a`);
    });

    it('gets, patches, creates, lists and deletes documents by URL', async () => {
      const collection = uniqueCollection();
      const created = await fetch(
        `${target.url}/v1/${documents}/${collection}?documentId=d1${numeric.replace('?', '&')}`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ fields: { a: { stringValue: 'x' }, b: { booleanValue: true } } }),
        },
      );
      expect(created.status).toBe(200);
      expect((await created.json()).name).toBe(`${documents}/${collection}/d1`);

      const again = await fetch(`${target.url}/v1/${documents}/${collection}?documentId=d1`, {
        method: 'POST',
        body: JSON.stringify({ fields: {} }),
      });
      expect(again.status).toBe(409);
      expect((await again.json()).error.status).toBe('ALREADY_EXISTS');

      const patched = await fetch(
        `${target.url}/v1/${documents}/${collection}/d1?updateMask.fieldPaths=a&currentDocument.exists=true&mask.fieldPaths=a`,
        {
          method: 'PATCH',
          body: JSON.stringify({ fields: { a: { stringValue: 'y' }, b: { booleanValue: false } } }),
        },
      );
      expect(patched.status).toBe(200);
      expect((await patched.json()).fields).toEqual({ a: { stringValue: 'y' } });

      const got = await fetch(`${target.url}/v1/${documents}/${collection}/d1`);
      expect((await got.json()).fields).toEqual({
        a: { stringValue: 'y' },
        b: { booleanValue: true },
      });

      const listed = await fetch(`${target.url}/v1/${documents}/${collection}?pageSize=10`);
      expect((await listed.json()).documents.map((doc: { name: string }) => doc.name)).toEqual([
        `${documents}/${collection}/d1`,
      ]);

      const deleted = await fetch(
        `${target.url}/v1/${documents}/${collection}/d1?currentDocument.exists=true`,
        {
          method: 'DELETE',
        },
      );
      expect(deleted.status).toBe(200);
      const missing = await fetch(`${target.url}/v1/${documents}/${collection}/d1`);
      expect(missing.status).toBe(404);
      expect((await missing.json()).error.status).toBe('NOT_FOUND');
    });

    it('begins and rolls back a transaction, lists collection ids, batch-writes', async () => {
      const begin = await post(`${documents}:beginTransaction`, { options: { readWrite: {} } });
      const { transaction } = await begin.json();
      expect(typeof transaction).toBe('string');
      expect((await post(`${documents}:rollback`, { transaction })).status).toBe(200);

      // Google's emulator takes BatchWrite and ListCollectionIds from admins only.
      const admin = { Authorization: 'Bearer owner' };
      const collection = uniqueCollection();
      const batch = await post(
        `${documents}:batchWrite`,
        {
          writes: [
            { update: { name: `${documents}/${collection}/ok`, fields: {} } },
            {
              update: { name: `${documents}/${collection}/no`, fields: {} },
              currentDocument: { exists: true },
            },
          ],
        },
        admin,
      );
      const { status } = await batch.json();
      expect(status[0].code ?? 0).toBe(0);
      expect(status[1].code).toBe(5);

      const ids = await post(`${documents}:listCollectionIds`, {}, admin);
      expect((await ids.json()).collectionIds).toContain(collection);
      const anonymous = await post(`${documents}:listCollectionIds`, {});
      expect(anonymous.status).toBe(403);
      expect((await anonymous.json()).error.status).toBe('PERMISSION_DENIED');
    });
  });
});
