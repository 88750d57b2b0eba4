/**
 * The two bidirectional RPCs (Listen, Write) on top of the core, in proto3 JSON, independent of
 * the transport carrying them: the caller feeds requests in and gets responses or a final error.
 */
import type {
  Caller,
  EmulatorCore,
  ListenResponse,
  ListenSession,
  ListenTarget,
  Write,
  WriteSession,
} from '../../core/api.ts';
import type { JsonObject } from '../proto/json.ts';
import { databaseOf } from './resource-names.ts';

export interface StreamPeer {
  send(response: JsonObject): void;
  /** Ends the stream with an error status. */
  fail(error: unknown): void;
}

export interface BidiStream {
  onRequest(request: JsonObject): void;
  close(): void;
}

export function openListenStream(core: EmulatorCore, caller: Caller, peer: StreamPeer): BidiStream {
  let session: ListenSession | null = null;
  let closed = false;
  return {
    onRequest(request) {
      if (closed) return;
      try {
        if (!session) {
          const { project, database } = databaseOf(request.database, 'database');
          session = core.database(project, database).listen(caller, (response: ListenResponse) => {
            if (!closed) peer.send(response as unknown as JsonObject);
          });
        }
        // proto3 drops a zero targetId; the contract wants it spelled out.
        const target = request.addTarget as ListenTarget | undefined;
        if (target) session.addTarget({ ...target, targetId: target.targetId ?? 0 });
        if (request.removeTarget !== undefined)
          session.removeTarget(request.removeTarget as number);
      } catch (error) {
        closed = true;
        session?.close();
        peer.fail(error);
      }
    },
    close() {
      if (closed) return;
      closed = true;
      session?.close();
    },
  };
}

export function openWriteStream(core: EmulatorCore, caller: Caller, peer: StreamPeer): BidiStream {
  let session: WriteSession | null = null;
  let closed = false;
  return {
    onRequest(request) {
      if (closed) return;
      try {
        const writes = request.writes as Write[] | undefined;
        if (!session) {
          const { project, database } = databaseOf(request.database, 'database');
          session = core.database(project, database).openWriteStream(caller);
          peer.send(session.handshake());
          if (!writes?.length) return;
        }
        peer.send(session.write(writes ?? []) as unknown as JsonObject);
      } catch (error) {
        closed = true;
        peer.fail(error);
      }
    },
    close() {
      closed = true;
    },
  };
}

/** A stream that cannot serve its caller (say, an unreadable token): the first request fails. */
export function refusedStream(error: unknown, peer: StreamPeer): BidiStream {
  let done = false;
  return {
    onRequest() {
      if (done) return;
      done = true;
      peer.fail(error);
    },
    close() {
      done = true;
    },
  };
}
