/**
 * Blocking a visitor (ADR 010): an operator blocks the visitor of a chat for a while or for good;
 * the block holds for that browser (the anonymous uid), the email they gave and the network
 * address the functions saw (as a hash). The functions keep every live block in one document,
 * `summaries/blocks`, which widgetStatus, startChat and submitOfflineMessage read (one read).
 * Blocking closes the visitor's open chats, so the rules refuse their messages by the chat's
 * status alone. Pure logic.
 */
import type { BlockEntry, BlockSummary } from './model.ts';
import { isBlank, normalizeMultiline, textSize } from './text.ts';
import type { Validation } from './validation.ts';

export const BLOCK_DURATIONS = ['hour', 'day', 'week', 'month', 'forever'] as const;
export type BlockDuration = (typeof BLOCK_DURATIONS)[number];

const HOUR = 3_600_000;
const DURATION_MS: Record<Exclude<BlockDuration, 'forever'>, number> = {
  hour: HOUR,
  day: 24 * HOUR,
  week: 7 * 24 * HOUR,
  month: 30 * 24 * HOUR,
};

export const BLOCK_DURATION_LABELS: Record<BlockDuration, string> = {
  hour: '1 hour',
  day: '1 day',
  week: '7 days',
  month: '30 days',
  forever: 'Until lifted',
};

export const BLOCK_REASON_MAX = 500;

/** When a block of `duration` starting `now` ends; null = until an admin lifts it. */
export function blockUntil(duration: BlockDuration, now: Date): Date | null {
  return duration === 'forever' ? null : new Date(now.getTime() + DURATION_MS[duration]);
}

export const isBlockActive = (until: Date | null, now: Date): boolean =>
  until === null || until.getTime() > now.getTime();

export function validateBlockReason(input: unknown): Validation<string> {
  if (typeof input !== 'string' || isBlank(input))
    return {
      ok: false,
      message: 'The reason for blocking is required.',
      problem: { kind: 'required', field: 'blockReason' },
    };
  const value = normalizeMultiline(input).trim();
  const length = textSize(value);
  if (length > BLOCK_REASON_MAX)
    return {
      ok: false,
      message: `The reason for blocking can be at most ${BLOCK_REASON_MAX} characters (it has ${length}).`,
      problem: { kind: 'too-long', field: 'blockReason', max: BLOCK_REASON_MAX, length },
    };
  return { ok: true, value };
}

/** Who is asking: the caller's uid (when signed in) and the hashes of their email and address. */
export interface VisitorIdentity {
  uid?: string;
  emailHash?: string;
  addressHash?: string;
}

/** The id of a live block that holds for this visitor, or null. */
export function findBlock(
  summary: Pick<BlockSummary, 'entries'> | undefined,
  who: VisitorIdentity,
  now: Date,
): string | null {
  for (const [id, entry] of Object.entries(summary?.entries ?? {})) {
    if (!isBlockActive(entry.until, now)) continue;
    if (
      (who.uid && entry.uid === who.uid) ||
      (who.emailHash && entry.emailHash === who.emailHash) ||
      (who.addressHash && entry.addressHash === who.addressHash)
    )
      return id;
  }
  return null;
}

/**
 * The summary's entries after adding (`entry`) or removing (undefined) block `id`; blocks that
 * ended are dropped on the way, so the document only ever holds live blocks.
 */
export function nextBlockEntries(
  entries: Record<string, BlockEntry>,
  id: string,
  entry: BlockEntry | undefined,
  now: Date,
): Record<string, BlockEntry> {
  const next: Record<string, BlockEntry> = {};
  for (const [key, value] of Object.entries(entries)) {
    if (key !== id && isBlockActive(value.until, now)) next[key] = value;
  }
  if (entry) next[id] = entry;
  return next;
}
