import { isBlank } from '../domain/text.ts';
import { validateMessageText } from '../domain/validation.ts';
import type { ConversationKey } from './conversation-key.ts';
import { localDb, type OutboxRow } from './local-db.ts';
import { problemMessage } from './problem-message.ts';

/**
 * Messages the operator typed go here first (IndexedDB), then to Firestore in the order typed.
 * Nothing typed is lost: a row stays until the server has acknowledged it, across network loss,
 * a closed panel or a browser restart; the side panel and the service worker both flush, one at
 * a time (a Web Lock), and each message has a fixed document id so a resend never duplicates it.
 */

const AUTO_ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A Firestore-style random document id (20 characters, 119 bits). */
export function newMessageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  let id = '';
  for (const byte of bytes) id += AUTO_ID_CHARS[byte % AUTO_ID_CHARS.length];
  return id;
}

export async function enqueueMessage(
  conversation: ConversationKey,
  author: { uid: string; name: string },
  text: string,
): Promise<OutboxRow | null> {
  if (isBlank(text)) return null;
  const checked = validateMessageText(text);
  // The composer checks first; this guards the queue against anything the server would refuse.
  if (!checked.ok) throw new Error(problemMessage(checked.problem));
  const normalized = checked.value;
  const row: OutboxRow = {
    id: newMessageId(),
    conversation,
    uid: author.uid,
    author,
    text: normalized,
    createdAt: Date.now(),
    state: 'queued',
    attempts: 0,
  };
  await localDb().outbox.add(row);
  return row;
}

/** This operator's unsent messages in the order they were typed. */
export async function pendingMessages(uid: string): Promise<OutboxRow[]> {
  return localDb()
    .outbox.where('[uid+createdAt]')
    .between([uid, 0], [uid, Number.MAX_SAFE_INTEGER])
    .toArray();
}

/** Sends one message; resolves once the server has it, throws a SendRefused when it never will. */
export type MessageSender = (row: OutboxRow) => Promise<void>;

/** The server refused for good (chat closed, no longer mine): retrying can't help. */
export class SendRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SendRefused';
  }
}

async function withOutboxLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request('parley-outbox', task) as Promise<T>;
  // No Web Locks (tests): serialize inside this context.
  const previous = localChain;
  let release!: () => void;
  localChain = new Promise<void>((resolve) => {
    release = resolve;
  });
  await previous;
  try {
    return await task();
  } finally {
    release();
  }
}
let localChain: Promise<void> = Promise.resolve();

export interface FlushResult {
  sent: number;
  failed: number;
  /** a transient error stopped the flush; the rest waits for the next one */
  stalled: boolean;
}

/**
 * Sends this operator's queued messages in order. A transient failure (network) stops the flush so
 * that later messages never overtake an earlier one; a refusal marks that row failed (the operator
 * sees it with Retry and Discard) and moves on, since it belongs to one conversation.
 */
export async function flushOutbox(uid: string, send: MessageSender): Promise<FlushResult> {
  return withOutboxLock(async () => {
    const result: FlushResult = { sent: 0, failed: 0, stalled: false };
    const db = localDb();
    for (const row of await pendingMessages(uid)) {
      if (row.state === 'failed') continue;
      await db.outbox.update(row.id, { state: 'sending', attempts: row.attempts + 1 });
      try {
        await send(row);
        await db.outbox.delete(row.id);
        result.sent++;
      } catch (error) {
        const message = (error as Error)?.message ?? String(error);
        if (error instanceof SendRefused) {
          await db.outbox.update(row.id, { state: 'failed', lastError: message });
          result.failed++;
          continue;
        }
        await db.outbox.update(row.id, { state: 'queued', lastError: message });
        result.stalled = true;
        break;
      }
    }
    return result;
  });
}

/** Puts a failed message back in the queue (the operator pressed Retry). */
export async function retryMessage(id: string): Promise<void> {
  await localDb().outbox.update(id, { state: 'queued', lastError: undefined });
}

export async function discardMessage(id: string): Promise<void> {
  await localDb().outbox.delete(id);
}
