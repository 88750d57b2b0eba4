/**
 * How long transcripts are kept (ADR 009): a workspace setting in days, absent = forever. The
 * housekeeping purge deletes chats that ended before the cutoff.
 */
import type { Workspace } from './model.ts';
import type { Validation } from './validation.ts';

export const RETENTION_MIN_DAYS = 1;
export const RETENTION_MAX_DAYS = 3650;
/** The choices the Control Panel offers (any whole number of days in range is valid). */
export const RETENTION_CHOICES = [30, 90, 180, 365, 730] as const;

/** Chats that ended before this instant are purged; null when transcripts are kept forever. */
export function retentionCutoff(
  workspace: Pick<Workspace, 'transcriptRetentionDays'>,
  now: Date,
): Date | null {
  const days = workspace.transcriptRetentionDays;
  if (!days || !Number.isInteger(days) || days < RETENTION_MIN_DAYS) return null;
  return new Date(now.getTime() - days * 86_400_000);
}

/** A retention choice typed in the Control Panel: '' = forever, else whole days in range. */
export function parseRetentionDays(input: string): Validation<number | null> {
  const text = input.trim();
  if (text === '' || text === 'forever') return { ok: true, value: null };
  const days = Number(text);
  if (!Number.isInteger(days) || days < RETENTION_MIN_DAYS || days > RETENTION_MAX_DAYS) {
    return {
      ok: false,
      message: `Keep transcripts for ${RETENTION_MIN_DAYS} to ${RETENTION_MAX_DAYS} days, or forever.`,
      problem: { kind: 'days-out-of-range', min: RETENTION_MIN_DAYS, max: RETENTION_MAX_DAYS },
    };
  }
  return { ok: true, value: days };
}
