import { afterEach, describe, expect, it, vi } from 'vitest';
import { FirestoreError } from '../../core/api.ts';
import type { StreamPeer } from '../rpc/streams.ts';
import { type BackChannelSink, ChannelSession, DEFAULT_TIMING } from './session.ts';

/** A stream that echoes each request back as `{echo: request}` and fails on `{fail: true}`. */
function echoSession(timing = DEFAULT_TIMING) {
  const received: unknown[] = [];
  let closed = false;
  const session = new ChannelSession('SID', 'HSID', timing, (peer: StreamPeer) => ({
    onRequest(request) {
      received.push(request);
      if (request.fail) peer.fail(new FirestoreError('PERMISSION_DENIED', 'no'));
      else peer.send({ echo: request });
    },
    close() {
      closed = true;
    },
  }));
  return { session, received, isClosed: () => closed };
}

function sink() {
  const writes: string[] = [];
  let ended = false;
  const value: BackChannelSink = {
    write: (text) => writes.push(text),
    end: () => {
      ended = true;
    },
  };
  return { value, writes, ended: () => ended };
}

/** Decodes `<len>\n<json>` chunks into the arrays they carry, checking every length. */
function arrays(writes: string[]): [number, unknown][] {
  const out: [number, unknown][] = [];
  for (const text of writes) {
    let rest = text;
    while (rest.length > 0) {
      const nl = rest.indexOf('\n');
      const len = Number(rest.slice(0, nl));
      out.push(...(JSON.parse(rest.slice(nl + 1, nl + 1 + len)) as [number, unknown][]));
      rest = rest.slice(nl + 1 + len);
    }
  }
  return out;
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
const map = (id: number, value: unknown) => ({ id, json: JSON.stringify(value) });

afterEach(() => {
  vi.useRealTimers();
});

describe('ChannelSession', () => {
  it('answers the handshake with the c array carrying SID and keepalive', () => {
    const { session } = echoSession();
    expect(session.handshakeChunk()).toBe(`31\n[[0,["c","SID","",8,12,30000]]]`);
  });

  it('delivers messages in map-id order, drops retried ids and waits for gaps', () => {
    const { session, received } = echoSession();
    session.receive([map(0, { n: 0 })]);
    session.receive([map(0, { n: 0 }), map(2, { n: 2 })]);
    expect(received).toEqual([{ n: 0 }]);
    session.receive([map(1, { n: 1 }), map(2, { n: 2 })]);
    expect(received).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
  });

  it('streams buffered data on a CI=0 back channel and re-sends past AID on the next GET', async () => {
    const { session } = echoSession();
    session.receive([map(0, { n: 0 }), map(1, { n: 1 })]);
    const first = sink();
    session.attachBackChannel(first.value, { lastArrayId: 0, longPoll: false });
    expect(arrays(first.writes)).toEqual([
      [1, [{ echo: { n: 0 } }]],
      [2, [{ echo: { n: 1 } }]],
    ]);
    session.receive([map(2, { n: 2 })]);
    await tick();
    expect(arrays(first.writes).map(([id]) => id)).toEqual([1, 2, 3]);
    expect(first.ended()).toBe(false);
    // The client only saw array 1, reconnects: 2 and 3 again, the old GET ends.
    const second = sink();
    session.attachBackChannel(second.value, { lastArrayId: 1, longPoll: false });
    expect(first.ended()).toBe(true);
    expect(arrays(second.writes).map(([id]) => id)).toEqual([2, 3]);
    expect(session.forwardAckChunk()).toMatch(/^\d+\n\[1,3,\d+\]$/);
    session.acknowledge(3);
    expect(session.forwardAckChunk()).toBe('7\n[1,3,0]');
  });

  it('writes a noop at once on an empty streaming GET and periodically afterwards', () => {
    vi.useFakeTimers();
    const { session } = echoSession({ ...DEFAULT_TIMING, noopIntervalMs: 1000 });
    const back = sink();
    session.attachBackChannel(back.value, { lastArrayId: 0, longPoll: false });
    expect(arrays(back.writes)).toEqual([[1, ['noop']]]);
    vi.advanceTimersByTime(2500);
    expect(arrays(back.writes)).toEqual([
      [1, ['noop']],
      [2, ['noop']],
      [3, ['noop']],
    ]);
  });

  it('holds a long poll until data arrives, then answers once and ends', async () => {
    const { session } = echoSession();
    const back = sink();
    session.attachBackChannel(back.value, { lastArrayId: 0, longPoll: true });
    expect(back.writes).toEqual([]);
    session.receive([map(0, { a: 1 }), map(1, { b: 2 })]);
    await tick();
    expect(arrays(back.writes)).toEqual([
      [1, [{ echo: { a: 1 } }]],
      [2, [{ echo: { b: 2 } }]],
    ]);
    expect(back.ended()).toBe(true);
    expect(session.hasBackChannel()).toBe(false);
  });

  it('ends an empty long poll with a noop at TO, never with an empty body', () => {
    vi.useFakeTimers();
    const { session } = echoSession();
    const back = sink();
    session.attachBackChannel(back.value, { lastArrayId: 0, longPoll: true, timeoutMs: 500 });
    vi.advanceTimersByTime(499);
    expect(back.writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(arrays(back.writes)).toEqual([[1, ['noop']]]);
    expect(back.ended()).toBe(true);
  });

  it('answers a long poll at once when arrays past AID are waiting', () => {
    const { session } = echoSession();
    session.receive([map(0, {})]);
    const back = sink();
    session.attachBackChannel(back.value, { lastArrayId: 0, longPoll: true });
    expect(arrays(back.writes)).toEqual([[1, [{ echo: {} }]]]);
    expect(back.ended()).toBe(true);
  });

  it('renders a stream failure as an error payload and ignores later messages', async () => {
    const { session, received } = echoSession();
    const back = sink();
    session.attachBackChannel(back.value, { lastArrayId: 0, longPoll: true });
    session.receive([map(0, { fail: true }), map(1, { later: true })]);
    await tick();
    expect(arrays(back.writes)).toEqual([
      [1, [{ error: { code: 7, message: 'no', status: 'PERMISSION_DENIED' } }]],
    ]);
    expect(received).toEqual([{ fail: true }]);
  });

  it('fails the stream with INVALID_ARGUMENT on a message that is not a JSON object', () => {
    const { session, isClosed } = echoSession();
    session.receive([{ id: 0, json: '{oops' }]);
    const back = sink();
    session.attachBackChannel(back.value, { lastArrayId: 0, longPoll: true });
    const [[, payload]] = arrays(back.writes) as [[number, [{ error: { status: string } }]]];
    expect(payload[0].error.status).toBe('INVALID_ARGUMENT');
    expect(isClosed()).toBe(true);
  });

  it('ends a streaming GET past maxStreamingBytes so the client re-GETs with AID', async () => {
    const { session } = echoSession({ ...DEFAULT_TIMING, maxStreamingBytes: 100 });
    const back = sink();
    session.attachBackChannel(back.value, { lastArrayId: 0, longPoll: false });
    session.receive([map(0, { pad: 'x'.repeat(200) })]);
    await tick();
    expect(back.ended()).toBe(true);
  });

  it('is idle only without a back channel, and close ends the stream and the GET', () => {
    const { session, isClosed } = echoSession({ ...DEFAULT_TIMING, idleTimeoutMs: 10 });
    const back = sink();
    session.attachBackChannel(back.value, { lastArrayId: 0, longPoll: false });
    expect(session.isIdle(Date.now() + 1000)).toBe(false);
    session.detachBackChannel(back.value);
    expect(session.isIdle(Date.now() + 1000)).toBe(true);
    session.attachBackChannel(back.value, { lastArrayId: 0, longPoll: false });
    session.close();
    expect(isClosed()).toBe(true);
    expect(back.ended()).toBe(true);
  });
});
