/**
 * The wire itself, without an SDK: REST shapes (web SDK text/plain bodies, streaming answers as
 * one array, numeric enums, document URLs), error bodies, CORS, control endpoints, and bad input
 * of every kind (malformed JSON, oversized bodies, garbage protobuf, non-HTTP bytes) that must be
 * answered without taking the server down.
 * Run: npx vitest run --project integration tests/emulator/raw-protocol.test.ts
 */
import net from 'node:net';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FirestoreTarget,
  putRules,
  startTarget,
  targetsGoogle,
  uniqueCollection,
  uniqueProjectId,
} from './support/target.ts';

describe('raw protocol', () => {
  let target: FirestoreTarget;
  let projectId: string;
  let database: string;
  let documents: string;

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${target.url}/v1/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const alive = async () => {
    const response = await fetch(`${target.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('Ok');
  };

  beforeAll(async () => {
    target = await startTarget();
    projectId = uniqueProjectId('raw');
    database = `projects/${projectId}/databases/(default)`;
    documents = `${database}/documents`;
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

      const collection = uniqueCollection();
      const batch = await post(`${documents}:batchWrite`, {
        writes: [
          { update: { name: `${documents}/${collection}/ok`, fields: {} } },
          {
            update: { name: `${documents}/${collection}/no`, fields: {} },
            currentDocument: { exists: true },
          },
        ],
      });
      const { status } = await batch.json();
      expect(status[0].code ?? 0).toBe(0);
      expect(status[1].code).toBe(5);

      const ids = await post(`${documents}:listCollectionIds`, {});
      expect((await ids.json()).collectionIds).toContain(collection);
    });
  });

  describe('errors and bad input', () => {
    it('answers malformed JSON with 400 INVALID_ARGUMENT and keeps serving', async () => {
      const response = await post(`${documents}:commit`, '{"writes": [');
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
      expect(typeof body.error.message).toBe('string');
      await alive();
    });

    it('answers JSON of the wrong shape with 400', async () => {
      for (const bad of [
        '{"writes": 5}',
        '[1,2]',
        '{"writes":[{"update":{"fields":{"a":{"integerValue":"x"}}}}]}',
      ]) {
        const response = await post(`${documents}:commit`, bad);
        expect(response.status, bad).toBe(400);
        expect((await response.json()).error.status).toBe('INVALID_ARGUMENT');
      }
      await alive();
    });

    it('answers unknown paths with 404', async () => {
      for (const path of ['/nope', '/v1/projects/p/unknown', `/v1/${documents}:frobnicate`]) {
        const response = await fetch(`${target.url}${path}`, { method: 'POST', body: '{}' });
        expect(response.status, path).toBe(404);
      }
    });

    it('refuses bodies over the size limit clearly', async () => {
      const response = await post(`${documents}:commit`, 'x'.repeat(12 * 1024 * 1024));
      expect(response.status).toBe(413);
      expect((await response.json()).error.message).toMatch(/limit/);
      await alive();
    });

    it('renders rule denials as 403 PERMISSION_DENIED', async () => {
      const locked = uniqueProjectId('locked');
      await putRules(
        target,
        locked,
        "rules_version = '2';\nservice cloud.firestore { match /databases/{db}/documents { match /{doc=**} { allow read, write: if false; } } }",
      );
      const response = await post(`projects/${locked}/databases/(default)/documents:commit`, {
        writes: [
          { update: { name: `projects/${locked}/databases/(default)/documents/c/d`, fields: {} } },
        ],
      });
      expect(response.status).toBe(403);
      expect((await response.json()).error).toMatchObject({
        code: 403,
        status: 'PERMISSION_DENIED',
      });
      const asOwner = await post(
        `projects/${locked}/databases/(default)/documents:commit`,
        {
          writes: [
            {
              update: { name: `projects/${locked}/databases/(default)/documents/c/d`, fields: {} },
            },
          ],
        },
        { Authorization: 'Bearer owner' },
      );
      expect(asOwner.status).toBe(200);
    });

    it('answers garbage protobuf over gRPC with INVALID_ARGUMENT and keeps serving', async () => {
      const client = new grpc.Client(target.hostAndPort, grpc.credentials.createInsecure());
      const call = (path: string, bytes: Buffer) =>
        new Promise<{ error: grpc.ServiceError | null; response?: Buffer }>((resolve) =>
          client.makeUnaryRequest(
            path,
            (b: Buffer) => b,
            (b: Buffer) => b,
            bytes,
            (error, response) => resolve({ error, response }),
          ),
        );
      try {
        const bad = await call(
          '/google.firestore.v1.Firestore/Commit',
          Buffer.from([0x0a, 0xff, 0xff, 0xff]),
        );
        expect(bad.error?.code).toBe(grpc.status.INVALID_ARGUMENT);
        const unknown = await call('/google.firestore.v1.Firestore/Nope', Buffer.alloc(0));
        expect(unknown.error?.code).toBe(grpc.status.UNIMPLEMENTED);
        // An empty BeginTransactionRequest has no database: a proper error, not a crash.
        const empty = await call(
          '/google.firestore.v1.Firestore/BeginTransaction',
          Buffer.alloc(0),
        );
        expect(empty.error?.code).toBe(grpc.status.INVALID_ARGUMENT);
      } finally {
        client.close();
      }
      await alive();
    });

    it('drops connections that speak neither HTTP/1.1 nor HTTP/2', async () => {
      const garbage = [
        '\x00\x01garbage\r\n\r\n',
        // The HTTP/2 preface followed by a frame that makes no sense.
        'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff',
      ];
      for (const bytes of garbage) {
        await new Promise<void>((resolve) => {
          const socket = net.connect(target.port, target.host, () =>
            socket.end(Buffer.from(bytes, 'latin1')),
          );
          socket.on('data', () => {});
          socket.on('close', () => resolve());
          socket.on('error', () => resolve());
        });
      }
      await alive();
    });
  });

  describe('CORS', () => {
    it('answers preflights by echoing the origin and requested headers', async () => {
      const response = await fetch(`${target.url}/v1/${documents}:commit`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://localhost:5173',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type,x-goog-api-client',
        },
      });
      expect(response.status).toBeLessThan(300);
      expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
      expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
        'x-goog-api-client',
      );
    });

    it('echoes the origin on responses and exposes the WebChannel session header', async () => {
      const response = await post(
        `${documents}:batchGet`,
        { documents: [] },
        { Origin: 'chrome-extension://abc' },
      );
      expect(response.headers.get('access-control-allow-origin')).toBe('chrome-extension://abc');
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
      expect(response.headers.get('access-control-expose-headers')?.toLowerCase()).toContain(
        'x-http-session-id',
      );
    });
  });

  describe.skipIf(targetsGoogle)("our emulator's own guarantees", () => {
    it('answers on localhost over IPv6 too when IPv6 exists', async () => {
      const hasIpv6 = await new Promise<boolean>((resolve) => {
        const probe = net.createServer().listen(0, '::1', () => probe.close(() => resolve(true)));
        probe.on('error', () => resolve(false));
      });
      if (!hasIpv6) return;
      const response = await fetch(`http://[::1]:${target.port}/`);
      expect(await response.text()).toBe('Ok');
    });

    it('says which port is taken', async () => {
      const { startEmulator } = await import('../../emulator/src/index.ts');
      await expect(startEmulator({ port: target.port })).rejects.toThrow(
        new RegExp(`Port ${target.port} is already in use`),
      );
    });

    it('returns rules issues with ignore_errors instead of failing', async () => {
      const response = await fetch(
        `${target.url}/emulator/v1/projects/${uniqueProjectId('x')}:securityRules`,
        {
          method: 'PUT',
          body: JSON.stringify({
            ignore_errors: true,
            rules: { files: [{ name: 'f.rules', content: 'service {' }] },
          }),
        },
      );
      expect(response.status).toBe(200);
      const { issues } = await response.json();
      expect(issues.length).toBeGreaterThan(0);
      expect(issues[0]).toMatchObject({
        severity: 'ERROR',
        sourcePosition: { line: expect.any(Number) },
      });
    });
  });
});
