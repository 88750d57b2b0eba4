import { describe, expect, it } from 'vitest';
import { parseRetentionDays, retentionCutoff } from './retention.ts';

describe('retention', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  it('keeps everything without a setting', () => {
    expect(retentionCutoff({}, now)).toBeNull();
  });
  it('purges chats that ended more than N days ago', () => {
    expect(retentionCutoff({ transcriptRetentionDays: 30 }, now)?.toISOString()).toBe(
      '2026-11-07T12:00:00.000Z',
    );
  });
  it('reads a typed choice', () => {
    expect(parseRetentionDays('')).toEqual({ ok: true, value: null });
    expect(parseRetentionDays(' 90 ')).toEqual({ ok: true, value: 90 });
    expect(parseRetentionDays('0').ok).toBe(false);
    expect(parseRetentionDays('2.5').ok).toBe(false);
    expect(parseRetentionDays('99999').ok).toBe(false);
  });
});
