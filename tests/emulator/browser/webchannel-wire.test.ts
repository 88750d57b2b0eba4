/**
 * WebChannel on the wire, driven by hand (support/raw-channel.ts): what closure-library's
 * client insists on and the SDK would paper over with retries.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../../emulator/src/index.ts';
import {
  configureWebChannel,
  webChannelSessionCount,
} from '../../../emulator/src/transport/webchannel/index.ts';
import { arraysOf, decodeChunks, RawChannel, request } from './support/raw-channel.ts';

const PROJECT = 'demo-wc-wire';
const DB = `projects/${PROJECT}/databases/(default)`;
const doc = (path: string) => `${DB}/documents/${path}`;
const jwt = (claims: object) =>
  `${Buffer.from('{"alg":"none","type":"JWT"}').toString('base64url')}.${Buffer.from(
    JSON.stringify(claims),
  ).toString('base64url')}.`;

const NON_ASCII = `é ü ß ✓ 中文 😀🚀 ${'\u{1F600}'.repeat(50)} "quotes" \\ back\nslash`;

let emulator: RunningEmulator;
let port: number;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  port = emulator.port;
  const rules = `rules_version = '2';
service cloud.firestore {
  match /databases/{database}/documents {
    match /open/{doc} { allow read, write: if true; }
    match /mine/{uid} { allow read, write: if request.auth != null && request.auth.uid == uid; }
  }
}`;
  const put = await fetch(
    `http://127.0.0.1:${port}/emulator/v1/projects/${PROJECT}:securityRules`,
    {
      method: 'PUT',
      body: JSON.stringify({ rules: { files: [{ content: rules }] } }),
    },
  );
  expect(put.status).toBe(200);
});

afterAll(async () => {
  await emulator?.close();
});

/** Opens a Write channel as the owner and reads the handshake's stream token off a long poll. */
async function writeChannel(headers: Record<string, string> = { Authorization: 'Bearer owner' }) {
  const channel = await RawChannel.open(port, 'Write', DB, [{ database: DB }], headers);
  const first = await channel.poll(0);
  const [[id, [response]]] = arraysOf(first.text) as [[number, [{ streamToken: string }]]];
  return { channel, streamToken: response.streamToken, lastId: id };
}

describe('handshake', () => {
  it('answers the c array with SID, version 8 and keepalive, the session id header and CORS', async () => {
    const channel = await RawChannel.open(port, 'Write', DB, [{ database: DB }], {
      Authorization: 'Bearer owner',
    });
    const { status, headers, text } = channel.handshake;
    expect(status).toBe(200);
    expect(decodeChunks(text)).toEqual([[[0, ['c', channel.sid, '', 8, 12, 30000]]]]);
    expect(headers['x-http-session-id']).toMatch(/\S+/);
    expect(headers['access-control-allow-origin']).toBe('http://app.test:5173');
    expect(headers['access-control-allow-credentials']).toBe('true');
    expect(headers['access-control-expose-headers']).toMatch(/X-HTTP-Session-Id/i);
    await channel.terminate('POST');
  });

  it('answers a CORS preflight by echoing the origin and the asked-for headers', async () => {
    const response = await request(
      `http://127.0.0.1:${port}/google.firestore.v1.Firestore/Listen/channel?VER=8`,
      {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://app.test:5173',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'x-goog-api-client,content-type',
        },
      },
    );
    expect(response.status).toBeLessThan(300);
    expect(response.headers['access-control-allow-origin']).toBe('http://app.test:5173');
    expect(response.headers['access-control-allow-headers']).toBe('x-goog-api-client,content-type');
    expect(response.headers['access-control-allow-credentials']).toBe('true');
  });
});

describe('Write stream', () => {
  it('hands out a stream token, then answers each write in order with its results', async () => {
    const { channel, streamToken, lastId } = await writeChannel();
    expect(streamToken).toMatch(/\S/);
    const posted = await channel.post(
      [
        {
          streamToken,
          writes: [{ update: { name: doc('open/w1'), fields: { n: { integerValue: '1' } } } }],
        },
        { streamToken, writes: [{ update: { name: doc('open/w2'), fields: {} } }] },
      ],
      { aid: lastId },
    );
    expect(posted.status).toBe(200);
    expect(decodeChunks(posted.text)).toEqual([[1, expect.any(Number), expect.any(Number)]]);
    const answers = arraysOf((await channel.poll(lastId)).text);
    expect(answers).toHaveLength(2);
    for (const [, [response]] of answers) {
      expect(response).toMatchObject({
        streamToken: expect.any(String),
        commitTime: expect.any(String),
        writeResults: [{ updateTime: expect.any(String) }],
      });
    }
    await channel.terminate('POST');
  });

  it('applies a retried POST (same map ids) once', async () => {
    const { channel, streamToken, lastId } = await writeChannel();
    const bump = {
      streamToken,
      writes: [
        {
          update: { name: doc('open/counter'), fields: {} },
          updateMask: { fieldPaths: [] },
          updateTransforms: [{ fieldPath: 'n', increment: { integerValue: '1' } }],
        },
      ],
    };
    await channel.post([bump], { ofs: 1, aid: lastId });
    await channel.post([bump], { ofs: 1, aid: lastId });
    const answers = arraysOf((await channel.poll(lastId)).text);
    expect(answers).toHaveLength(1);
    const stored = emulator.core.database(PROJECT, '(default)').getDocument(doc('open/counter'), {
      kind: 'owner',
    });
    expect(stored.fields?.n).toEqual({ integerValue: '1' });
    await channel.terminate('GET');
  });

  it('ends the stream with an error payload when a write fails, ignoring later writes', async () => {
    const { channel, streamToken, lastId } = await writeChannel();
    await channel.post(
      [
        {
          streamToken,
          writes: [
            {
              update: { name: doc('open/missing'), fields: {} },
              currentDocument: { exists: true },
            },
          ],
        },
        { streamToken, writes: [{ update: { name: doc('open/after-error'), fields: {} } }] },
      ],
      { aid: lastId },
    );
    const answers = arraysOf((await channel.poll(lastId)).text);
    expect(answers).toEqual([
      [lastId + 1, [{ error: { code: 5, message: expect.any(String), status: 'NOT_FOUND' } }]],
    ]);
    const after = emulator.core
      .database(PROJECT, '(default)')
      .batchGet([doc('open/after-error')], { kind: 'owner' });
    expect(after[0]).toHaveProperty('missing');
    await channel.terminate('POST');
  });

  it('checks rules for the caller named in the handshake headers', async () => {
    const alice = await writeChannel({ Authorization: `Bearer ${jwt({ sub: 'alice' })}` });
    await alice.channel.post(
      [
        {
          streamToken: alice.streamToken,
          writes: [{ update: { name: doc('mine/alice'), fields: {} } }],
        },
      ],
      { aid: alice.lastId },
    );
    const allowed = arraysOf((await alice.channel.poll(alice.lastId)).text);
    expect(allowed[0]![1][0]).toHaveProperty('commitTime');
    await alice.channel.post(
      [
        {
          streamToken: alice.streamToken,
          writes: [{ update: { name: doc('mine/bob'), fields: {} } }],
        },
      ],
      { aid: allowed[0]![0] },
    );
    const denied = arraysOf((await alice.channel.poll(allowed[0]![0])).text);
    expect(denied[0]![1]).toEqual([
      { error: { code: 7, message: expect.any(String), status: 'PERMISSION_DENIED' } },
    ]);

    const signedOut = await writeChannel({});
    await signedOut.channel.post(
      [
        {
          streamToken: signedOut.streamToken,
          writes: [{ update: { name: doc('mine/alice'), fields: {} } }],
        },
      ],
      { aid: signedOut.lastId },
    );
    const deniedToo = arraysOf((await signedOut.channel.poll(signedOut.lastId)).text);
    expect(deniedToo[0]![1][0]).toMatchObject({ error: { status: 'PERMISSION_DENIED' } });
    await alice.channel.terminate('POST');
    await signedOut.channel.terminate('POST');
  });
});

describe('unreadable tokens', () => {
  it('fails the stream with INVALID_ARGUMENT "invalid jwt", as Google\'s emulator does', async () => {
    const channel = await RawChannel.open(port, 'Write', DB, [{ database: DB }], {
      Authorization: 'Bearer ya29.not-a-jwt',
    });
    const answers = arraysOf((await channel.poll(0)).text);
    expect(answers).toEqual([
      [
        1,
        [
          {
            error: {
              code: 3,
              message: expect.stringMatching(/^invalid jwt/),
              status: 'INVALID_ARGUMENT',
            },
          },
        ],
      ],
    ]);
    await channel.terminate('POST');
  });
});

describe('Listen stream framing', () => {
  it('frames non-ASCII and emoji as escaped ASCII whose length prefix counts UTF-16 code units', async () => {
    emulator.core
      .database(PROJECT, '(default)')
      .commit(
        [{ update: { name: doc('open/unicode'), fields: { s: { stringValue: NON_ASCII } } } }],
        { kind: 'owner' },
      );
    const channel = await RawChannel.open(port, 'Listen', DB, [
      { database: DB, addTarget: { targetId: 2, documents: { documents: [doc('open/unicode')] } } },
    ]);
    const { text } = await channel.poll(0);
    expect([...text].every((ch) => ch.charCodeAt(0) < 0x80)).toBe(true);
    const [prefix, json] = [text.slice(0, text.indexOf('\n')), text.slice(text.indexOf('\n') + 1)];
    expect(Number(prefix)).toBe(json.length);
    expect(Buffer.byteLength(json, 'utf8')).toBe(json.length);
    const arrays = arraysOf(text);
    const change = arrays.map(([, [r]]) => r).find((r) => 'documentChange' in (r as object)) as {
      documentChange: { document: { fields: { s: { stringValue: string } } } };
    };
    expect(change.documentChange.document.fields.s.stringValue).toBe(NON_ASCII);
    await channel.terminate('POST');
  });

  it('answers a new GET with every array past its AID', async () => {
    const channel = await RawChannel.open(port, 'Listen', DB, [
      { database: DB, addTarget: { targetId: 2, documents: { documents: [doc('open/resend')] } } },
    ]);
    const first = arraysOf((await channel.poll(0)).text);
    expect(first.map(([id]) => id)).toEqual([1, 2, 3]); // ADD, CURRENT, global NO_CHANGE
    const again = arraysOf((await channel.poll(1)).text);
    expect(again).toEqual(first.slice(1));
    await channel.terminate('POST');
  });

  it('streams on CI=0: a noop at once, then each change as it happens, without ending', async () => {
    const channel = await RawChannel.open(port, 'Listen', DB, [
      { database: DB, addTarget: { targetId: 2, documents: { documents: [doc('open/live')] } } },
    ]);
    const started = Date.now();
    const stream = channel.stream(0);
    await stream.until((arrays) => arrays.length > 0);
    expect(Date.now() - started).toBeLessThan(1_000);
    emulator.core
      .database(PROJECT, '(default)')
      .commit([{ update: { name: doc('open/live'), fields: { v: { stringValue: '✓' } } } }], {
        kind: 'owner',
      });
    const { arrays } = await stream.until((all) =>
      all.some(([, [r]]) => typeof r === 'object' && r !== null && 'documentChange' in r),
    );
    expect(stream.ended).toBe(false);
    const ids = arrays.map(([id]) => id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    stream.close();
    await channel.terminate('POST');
  });

  it('ends an empty long poll at TO with a noop, never with an empty body', async () => {
    const channel = await RawChannel.open(port, 'Listen', DB, []);
    const started = Date.now();
    const { status, text } = await channel.poll(0, 300);
    expect(status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(arraysOf(text)).toEqual([[1, ['noop']]]);
    await channel.terminate('POST');
  });

  it('delivers a forward POST answer as one [1, lastArrayId, outstandingBytes] chunk', async () => {
    const channel = await RawChannel.open(port, 'Listen', DB, []);
    const posted = await channel.post([
      { database: DB, addTarget: { targetId: 4, documents: { documents: [doc('open/x')] } } },
    ]);
    const [ack] = decodeChunks(posted.text) as [[number, number, number]];
    expect(ack).toHaveLength(3);
    expect(ack[0]).toBe(1);
    expect(ack[1]).toBe(0); // nothing has gone out on a back channel yet
    await channel.terminate('POST');
  });
});

describe('session lifetime', () => {
  it('answers 400 "Unknown SID" (not at index 0) for a session that does not exist', async () => {
    const base = `http://127.0.0.1:${port}/google.firestore.v1.Firestore/Listen/channel?VER=8&database=${encodeURIComponent(DB)}&SID=nope`;
    for (const response of [
      await request(`${base}&RID=rpc&AID=0&CI=1&TYPE=xmlhttp`),
      await request(`${base}&RID=5&AID=0`, { method: 'POST', body: 'count=0' }),
    ]) {
      expect(response.status).toBe(400);
      expect(response.text.indexOf('Unknown SID')).toBeGreaterThan(0);
    }
  });

  it('forgets a session on TYPE=terminate, by POST (sendBeacon) or GET (image)', async () => {
    for (const method of ['POST', 'GET'] as const) {
      const channel = await RawChannel.open(port, 'Listen', DB, []);
      expect((await channel.terminate(method)).status).toBe(200);
      const after = await channel.poll(0);
      expect(after.status).toBe(400);
      expect(after.text).toContain('Unknown SID');
    }
  });

  it('drops sessions whose client vanished without a terminate', async () => {
    configureWebChannel(emulator.core, { idleTimeoutMs: 200 });
    const before = webChannelSessionCount(emulator.core);
    const abandoned = await RawChannel.open(port, 'Listen', DB, [
      { database: DB, addTarget: { targetId: 2, documents: { documents: [doc('open/gone')] } } },
    ]);
    const stream = abandoned.stream(0);
    await stream.until((arrays) => arrays.length > 0);
    stream.close(); // the tab closed: the socket goes away, no terminate
    expect(webChannelSessionCount(emulator.core)).toBe(before + 1);
    await sleep(800);
    expect(webChannelSessionCount(emulator.core)).toBe(0);
    expect((await abandoned.poll(0)).status).toBe(400);
  });
});
