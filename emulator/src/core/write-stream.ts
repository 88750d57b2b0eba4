/**
 * The Write stream used by the web SDK: a handshake that hands out a stream token, then one
 * commit per request, each answered with a fresh token.
 */
import { randomBytes } from 'node:crypto';
import type { Caller, Write, WriteResult, WriteSession } from './api.ts';
import type { DatabaseImpl } from './database.ts';

export class WriteSessionImpl implements WriteSession {
  private readonly streamId = randomBytes(8).toString('hex');
  private sequence = 0;

  constructor(
    private readonly db: DatabaseImpl,
    private readonly caller: Caller,
  ) {}

  private token(): string {
    return Buffer.from(`${this.streamId}:${++this.sequence}`, 'utf8').toString('base64');
  }

  handshake(): { streamToken: string } {
    return { streamToken: this.token() };
  }

  write(writes: Write[]): { streamToken: string; commitTime: string; writeResults: WriteResult[] } {
    const { writeResults, commitTime } = this.db.commit(writes ?? [], this.caller);
    return { streamToken: this.token(), commitTime, writeResults };
  }
}
