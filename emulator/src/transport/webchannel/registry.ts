/**
 * The live WebChannel sessions of one emulator, keyed by SID, with a sweeper that drops sessions
 * whose client went away without a terminate (closed tab, lost network) so nothing leaks.
 */
import { randomBytes } from 'node:crypto';
import type { EmulatorCore } from '../../core/api.ts';
import type { BidiStream, StreamPeer } from '../rpc/streams.ts';
import { ChannelSession, DEFAULT_TIMING, type SessionTiming } from './session.ts';

export class SessionRegistry {
  private readonly sessions = new Map<string, ChannelSession>();
  private sweeper: NodeJS.Timeout | null = null;

  constructor(readonly timing: SessionTiming = DEFAULT_TIMING) {}

  create(openStream: (peer: StreamPeer) => BidiStream): ChannelSession {
    const sid = randomId();
    const session = new ChannelSession(sid, randomId(), this.timing, openStream);
    this.sessions.set(sid, session);
    this.ensureSweeper();
    return session;
  }

  get(sid: string | null): ChannelSession | undefined {
    return sid ? this.sessions.get(sid) : undefined;
  }

  close(sid: string): void {
    const session = this.sessions.get(sid);
    if (!session) return;
    this.sessions.delete(sid);
    session.close();
    if (this.sessions.size === 0) this.stopSweeper();
  }

  closeAll(): void {
    for (const sid of [...this.sessions.keys()]) this.close(sid);
  }

  get size(): number {
    return this.sessions.size;
  }

  /** Drops idle sessions now (the sweeper calls this; tests may too). */
  sweep(now = Date.now()): void {
    for (const [sid, session] of this.sessions) {
      if (session.isIdle(now)) this.close(sid);
    }
  }

  private ensureSweeper(): void {
    if (this.sweeper) return;
    const every = Math.max(50, Math.min(5_000, Math.floor(this.timing.idleTimeoutMs / 2)));
    this.sweeper = setInterval(() => this.sweep(), every);
    this.sweeper.unref();
  }

  private stopSweeper(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
  }
}

const registries = new WeakMap<EmulatorCore, SessionRegistry>();

/** The registry of one emulator core (several emulators may run in one process, e.g. tests). */
export function registryFor(core: EmulatorCore): SessionRegistry {
  let registry = registries.get(core);
  if (!registry) {
    registry = new SessionRegistry();
    registries.set(core, registry);
  }
  return registry;
}

/** Replaces the timing for a core's future sessions (tests shorten timeouts with it). */
export function configureWebChannel(core: EmulatorCore, timing: Partial<SessionTiming>): void {
  const current = registries.get(core);
  current?.closeAll();
  registries.set(core, new SessionRegistry({ ...(current?.timing ?? DEFAULT_TIMING), ...timing }));
}

function randomId(): string {
  return randomBytes(16).toString('base64url');
}
