/**
 * One WebChannel session (one SID): the ordered forward channel into a Listen or Write stream and
 * the numbered arrays going back out over whichever back-channel GET is attached right now.
 *
 * Array ids continue across the session (0 is the handshake's "c" array). Data arrays stay
 * buffered until the client acknowledges them with AID (on a forward POST or the next GET), so a
 * back channel that dies mid-write loses nothing: the next GET gets every array past its AID.
 */
import { invalidArgument, toRpcStatus } from '../errors.ts';
import type { BidiStream, StreamPeer } from '../rpc/streams.ts';
import { asciiJson, chunk, type ForwardMap } from './framing.ts';
import { payloadArrayJson } from './payload-json.ts';

export interface SessionTiming {
  /** Advertised in the handshake; the client gives a back channel 1.5x this before retrying. */
  keepaliveMs: number;
  /** How often a streaming back channel gets a noop (must stay below 1.5 x keepalive). */
  noopIntervalMs: number;
  /** How long a long-poll GET is held when the client sent no TO. */
  longPollMs: number;
  /** A session with no back channel attached and no request for this long is dropped. */
  idleTimeoutMs: number;
  /** A streaming GET is ended after this many bytes so the client re-GETs and acknowledges. */
  maxStreamingBytes: number;
  /**
   * The handshake is answered no sooner than this after it arrived. The client's buffering-proxy
   * detection (default in the web SDK) falls back to long-polling unless the first back-channel
   * byte arrives within 2 x the handshake's round trip; on loopback that round trip is a
   * millisecond or two, too tight for a busy machine, so it is padded to a network-like value.
   */
  minHandshakeMs: number;
}

export const DEFAULT_TIMING: SessionTiming = {
  keepaliveMs: 30_000,
  noopIntervalMs: 20_000,
  longPollMs: 25_000,
  idleTimeoutMs: 60_000,
  maxStreamingBytes: 512 * 1024,
  minHandshakeMs: 30,
};

/** Where back-channel text goes (an HTTP response in production, an array in unit tests). */
export interface BackChannelSink {
  write(text: string): void;
  end(): void;
}

export interface BackChannelOptions {
  /** The client's AID: the last array id it has received. */
  lastArrayId: number;
  /** CI=1: answer once (data or timeout) and end. */
  longPoll: boolean;
  /** TO: the long-poll hold time the client asked for, in ms. */
  timeoutMs?: number;
}

interface Attached {
  sink: BackChannelSink;
  longPoll: boolean;
  timer: NodeJS.Timeout;
  bytes: number;
}

/** One numbered array, `[id,payload]` on the wire; the payload text may be shared by sessions. */
interface BufferedArray {
  id: number;
  payload: string;
}

/** Length of `[id,payload]`. */
function arrayLength(array: BufferedArray): number {
  return array.payload.length + String(array.id).length + 3;
}

export class ChannelSession {
  lastActivity = Date.now();
  private closed = false;
  private nextArrayId = 1;
  /** Highest array id ever written to a back channel (what forward POSTs report). */
  private lastSentId = 0;
  /** Highest array id written to the attached back channel. */
  private writtenId = 0;
  private readonly unacked: BufferedArray[] = [];
  private attached: Attached | null = null;
  private flushScheduled = false;
  private readonly scheduledFlush = () => {
    this.flushScheduled = false;
    this.flush();
  };
  private nextMapId = 0;
  private readonly heldMaps = new Map<number, string>();
  private readonly stream: BidiStream;
  private failed = false;

  constructor(
    readonly sid: string,
    readonly httpSessionId: string,
    private readonly timing: SessionTiming,
    openStream: (peer: StreamPeer) => BidiStream,
  ) {
    this.stream = openStream({
      send: (response) => this.pushData([response]),
      fail: (error) => this.fail(error),
    });
  }

  /** The handshake's answer: `["c", SID, hostPrefix, channelVersion, serverVersion, keepalive]`. */
  handshakeChunk(): string {
    return chunk(asciiJson([[0, ['c', this.sid, '', 8, 12, this.timing.keepaliveMs]]]));
  }

  /** The answer to a forward POST: `[1, lastArrayIdSent, outstandingBytes]`. */
  forwardAckChunk(): string {
    const outstanding = this.unacked.reduce((sum, array) => sum + arrayLength(array), 0);
    return chunk(JSON.stringify([1, this.lastSentId, outstanding]));
  }

  /**
   * Messages from a forward POST, delivered to the stream strictly in map-id order. A retried POST
   * repeats ids already delivered: those are dropped. An id past a gap waits for the gap to fill.
   */
  receive(maps: ForwardMap[]): void {
    this.touch();
    for (const map of maps) {
      if (map.id < this.nextMapId || this.heldMaps.has(map.id)) continue;
      this.heldMaps.set(map.id, map.json);
    }
    for (let json = this.heldMaps.get(this.nextMapId); json !== undefined; ) {
      this.heldMaps.delete(this.nextMapId);
      this.nextMapId++;
      this.deliver(json);
      json = this.heldMaps.get(this.nextMapId);
    }
  }

  /** The client has every array up to `lastArrayId`: forget them. */
  acknowledge(lastArrayId: number): void {
    if (!Number.isFinite(lastArrayId)) return;
    let drop = 0;
    while (drop < this.unacked.length && this.unacked[drop]!.id <= lastArrayId) drop++;
    this.unacked.splice(0, drop);
  }

  /** A back-channel GET: replaces any attached one and re-sends every array past the client's AID. */
  attachBackChannel(sink: BackChannelSink, options: BackChannelOptions): void {
    this.touch();
    this.endBackChannel();
    if (this.closed) {
      sink.write(chunk(asciiJson([[this.nextArrayId++, ['close']]])));
      sink.end();
      return;
    }
    this.acknowledge(options.lastArrayId);
    this.writtenId = Number.isFinite(options.lastArrayId) ? options.lastArrayId : this.writtenId;
    const holdMs = options.longPoll
      ? Math.max(1, Math.min(options.timeoutMs ?? this.timing.longPollMs, this.timing.longPollMs))
      : this.timing.noopIntervalMs;
    const timer = options.longPoll
      ? setTimeout(() => this.writeNoop(), holdMs)
      : setInterval(() => this.writeNoop(), holdMs);
    timer.unref();
    this.attached = { sink, longPoll: options.longPoll, timer, bytes: 0 };
    const wrote = this.flush();
    // A streaming client that detects buffering proxies switches to long-polling unless a byte
    // arrives within 2 x the handshake round trip, so say something at once.
    if (!wrote && !options.longPoll) this.writeNoop();
  }

  /** The client went away from this back channel (socket closed). */
  detachBackChannel(sink: BackChannelSink): void {
    if (this.attached?.sink !== sink) return;
    clearTimeout(this.attached.timer);
    this.attached = null;
    this.touch();
  }

  hasBackChannel(): boolean {
    return this.attached !== null;
  }

  isIdle(now: number): boolean {
    return !this.attached && now - this.lastActivity > this.timing.idleTimeoutMs;
  }

  /** Terminate, idle timeout or emulator shutdown: ends the stream and any held back channel. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.stream.close();
    this.endBackChannel();
    this.unacked.length = 0;
    this.heldMaps.clear();
  }

  touch(): void {
    this.lastActivity = Date.now();
  }

  private deliver(json: string): void {
    if (this.closed || this.failed) return;
    const request = parseMessage(json);
    if (typeof request === 'string') {
      this.fail(invalidArgument(request));
      this.stream.close();
      return;
    }
    this.stream.onRequest(request);
  }

  /** An error ends this stream: the SDK closes the channel when it reads `{error}`. */
  private fail(error: unknown): void {
    if (this.failed || this.closed) return;
    this.failed = true;
    const status = toRpcStatus(error);
    this.pushData([
      { error: { code: status.code, message: status.message, status: status.status } },
    ]);
  }

  private pushData(payload: unknown[]): void {
    if (this.closed) return;
    const id = this.nextArrayId++;
    this.unacked.push({ id, payload: payloadArrayJson(payload) });
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.flushScheduled || !this.attached) return;
    this.flushScheduled = true;
    // Batch what one core call produces (ADD, documents, CURRENT, NO_CHANGE) into one chunk.
    setImmediate(this.scheduledFlush);
  }

  /** Writes every buffered array the attached back channel has not carried yet. */
  private flush(extra?: BufferedArray): boolean {
    const back = this.attached;
    if (!back) return false;
    // Ids ascend: only the tail past writtenId is new (the buffer may hold 512 KB of arrays).
    let from = this.unacked.length;
    while (from > 0 && this.unacked[from - 1]!.id > this.writtenId) from--;
    if (from === this.unacked.length && !extra) return false;
    // One join: the arrays' payload texts are often shared with other sessions (payload-json.ts).
    const parts = ['['];
    for (let i = from; i <= this.unacked.length; i++) {
      const array = i < this.unacked.length ? this.unacked[i]! : extra;
      if (!array) break;
      parts.push(parts.length > 1 ? ',[' : '[', String(array.id), ',', array.payload, ']');
    }
    parts.push(']');
    const text = chunk(parts.join(''));
    const last = extra?.id ?? this.unacked[this.unacked.length - 1]!.id;
    this.writtenId = last;
    this.lastSentId = Math.max(this.lastSentId, last);
    back.sink.write(text);
    back.bytes += text.length;
    if (back.longPoll || back.bytes > this.timing.maxStreamingBytes) this.endBackChannel();
    return true;
  }

  /** Keeps a streaming back channel alive; ends a long poll that found no data. */
  private writeNoop(): void {
    if (!this.attached) return;
    const id = this.nextArrayId++;
    this.flush({ id, payload: asciiJson(['noop']) });
  }

  private endBackChannel(): void {
    const back = this.attached;
    if (!back) return;
    this.attached = null;
    clearTimeout(back.timer);
    back.sink.end();
    this.touch();
  }
}

/** A forward-channel message as a request object, or why it is not one. */
function parseMessage(json: string): Record<string, unknown> | string {
  let request: unknown;
  try {
    request = JSON.parse(json);
  } catch {
    return `a forward-channel message is not JSON: ${json.slice(0, 80)}`;
  }
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    return 'a forward-channel message must be a JSON object';
  }
  return request as Record<string, unknown>;
}
