/**
 * Errors and bad input of every kind (malformed JSON, wrong shapes, oversized bodies, garbage
 * protobuf, non-HTTP bytes) answered properly without taking the server down; error bodies,
 * CORS, and the guarantees of our own server (ports, IPv6 localhost, rules issues).
 * Run: npx vitest run --project integration tests/emulator/robustness.test.ts
 */
import net from 'node:net';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RawHttp, rawHttp } from './support/raw-http.ts';
import {
  type FirestoreTarget,
  putRules,
  startTarget,
  targetsGoogle,
  uniqueProjectId,
} from './support/target.ts';

describe('robustness', () => {
  let target: FirestoreTarget;
  let projectId: string;
  let database: string;
  let documents: string;
  let post: RawHttp['post'];
  let alive: RawHttp['alive'];

  beforeAll(async () => {
    target = await startTarget();
    projectId = uniqueProjectId('raw');
    database = `projects/${projectId}/databases/(default)`;
    documents = `${database}/documents`;
    ({ post, alive } = rawHttp(target));
  });

  afterAll(async () => {
    await target?.close();
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

    it('answers a bearer token that is not a JWT with INVALID_ARGUMENT "invalid jwt"', async () => {
      // As Google's emulator answers an OAuth access token (firebase-tools#2010).
      const rest = await post(
        `${documents}:batchGet`,
        { documents: [`${documents}/c/d`] },
        { Authorization: 'Bearer ya29.not-a-jwt' },
      );
      expect(rest.status).toBe(400);
      expect((await rest.json()).error).toMatchObject({
        status: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/invalid jwt/i),
      });

      const client = new grpc.Client(target.hostAndPort, grpc.credentials.createInsecure());
      const metadata = new grpc.Metadata();
      metadata.set('authorization', 'Bearer ya29.not-a-jwt');
      try {
        const error = await new Promise<grpc.ServiceError | null>((resolve) =>
          client.makeUnaryRequest(
            '/google.firestore.v1.Firestore/BeginTransaction',
            (b: Buffer) => b,
            (b: Buffer) => b,
            // BeginTransactionRequest{database: <name>}
            Buffer.concat([Buffer.from([0x0a, database.length]), Buffer.from(database)]),
            metadata,
            (caught) => resolve(caught),
          ),
        );
        expect(error?.code).toBe(grpc.status.INVALID_ARGUMENT);
        expect(error?.details).toMatch(/invalid jwt/i);
      } finally {
        client.close();
      }
      await alive();
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
