import { describe, expect, it } from 'vitest';
import type { ReportDay } from './model.ts';
import {
  addCounts,
  daysBetween,
  emptyCounts,
  figuresOf,
  mergeReport,
  percentileMs,
  RESPONSE_BUCKETS,
  reportDelta,
  reportIncrements,
  reportInput,
  responseBucket,
} from './reports.ts';

const at = (iso: string) => new Date(iso);
const chat = {
  outcome: 'closed' as const,
  operatorIds: ['nora', 'otto'],
  createdAt: at('2026-12-06T23:59:00Z'),
  acceptedAt: at('2026-12-06T23:59:10Z'),
  firstResponseAt: at('2026-12-06T23:59:12Z'),
  firstResponderId: 'nora',
  closedAt: at('2026-12-07T00:04:10Z'),
  rating: 'good' as const,
};

describe('responseBucket', () => {
  it('puts a time in the first bucket whose bound it is under', () => {
    expect(responseBucket(0)).toBe(0);
    expect(responseBucket(4_999)).toBe(0);
    expect(responseBucket(5_000)).toBe(1);
    expect(responseBucket(59_000)).toBe(6);
    expect(responseBucket(3_600_000)).toBe(RESPONSE_BUCKETS - 1);
  });
});

describe('reportInput', () => {
  it('counts a chat on the UTC day it closed, with response and duration times', () => {
    expect(reportInput(chat)).toEqual({
      day: '2026-12-07',
      outcome: 'closed',
      operatorIds: ['nora', 'otto'],
      firstResponderId: 'nora',
      responseMs: 12_000,
      durationMs: 300_000,
      rating: 'good',
    });
  });
  it('a missed chat has neither', () => {
    const missed = reportInput({
      ...chat,
      outcome: 'missed',
      operatorIds: [],
      acceptedAt: undefined,
      firstResponseAt: undefined,
      firstResponderId: undefined,
      rating: 'none',
    });
    expect(missed).toEqual({
      day: '2026-12-07',
      outcome: 'missed',
      operatorIds: [],
      rating: 'none',
    });
  });
});

describe('reportIncrements', () => {
  it('adds the chat to the workspace and to every participant; the response to who answered', () => {
    const rows = reportIncrements(reportInput(chat));
    expect([...rows.keys()]).toEqual(['2026-12-07_*', '2026-12-07_nora', '2026-12-07_otto']);
    const workspace = rows.get('2026-12-07_*')!;
    expect(workspace).toMatchObject({ chats: 1, missed: 0, responseCount: 1, ratedGood: 1 });
    expect(workspace.responseBuckets[responseBucket(12_000)]).toBe(1);
    expect(rows.get('2026-12-07_nora')!.responseCount).toBe(1);
    expect(rows.get('2026-12-07_otto')).toMatchObject({ responseCount: 0, durationCount: 1 });
  });
});

describe('reportDelta', () => {
  it('is everything the first time and nothing when counted again (a retried trigger)', () => {
    const input = reportInput(chat);
    expect(reportDelta(null, input).size).toBe(3);
    expect(reportDelta(input, input).size).toBe(0);
  });
  it('moves a rating from bad to good without counting the chat twice', () => {
    const bad = reportInput({ ...chat, rating: 'bad' });
    const good = reportInput(chat);
    const delta = reportDelta(bad, good).get('2026-12-07_*')!;
    expect(delta).toMatchObject({ chats: 0, ratedGood: 1, ratedBad: -1, responseCount: 0 });
  });
});

describe('percentileMs', () => {
  it('is null without any time', () => {
    expect(percentileMs(emptyCounts().responseBuckets, 0.5)).toBeNull();
  });
  it('interpolates inside the bucket that holds the rank', () => {
    const buckets = emptyCounts().responseBuckets;
    buckets[0] = 5; // under 5 s
    buckets[1] = 5; // 5–10 s
    expect(percentileMs(buckets, 0.5)).toBe(5_000);
    expect(percentileMs(buckets, 0.9)).toBe(9_000);
  });
  it('merging two days gives the percentile of both', () => {
    const a = emptyCounts();
    a.responseBuckets[0] = 9;
    const b = emptyCounts();
    b.responseBuckets[RESPONSE_BUCKETS - 1] = 1;
    const both = addCounts(a, b);
    expect(percentileMs(both.responseBuckets, 0.5)).toBeLessThan(5_000);
    expect(percentileMs(both.responseBuckets, 1)).toBe(1_200_000);
  });
});

describe('mergeReport', () => {
  const row = (day: string, scope: string, chats: number, missed = 0): ReportDay => ({
    ...emptyCounts(),
    day,
    scope,
    chats,
    missed,
  });
  it('lists every day of the range, the operators over it and the total', () => {
    const report = mergeReport(
      [
        row('2026-12-01', '*', 3, 1),
        row('2026-12-01', 'nora', 2),
        row('2026-12-03', '*', 4),
        row('2026-12-03', 'nora', 1),
        row('2026-12-09', '*', 9),
      ],
      '2026-12-01',
      '2026-12-03',
    );
    expect(report.days.map((d) => [d.day, d.figures.chats])).toEqual([
      ['2026-12-01', 3],
      ['2026-12-02', 0],
      ['2026-12-03', 4],
    ]);
    expect(report.operators).toEqual([
      { uid: 'nora', figures: figuresOf({ ...emptyCounts(), chats: 3 }) },
    ]);
    expect(report.total).toMatchObject({ chats: 7, missed: 1, shareGood: null });
  });
  it('daysBetween crosses months', () => {
    expect(daysBetween('2026-11-29', '2026-12-02')).toHaveLength(4);
  });
});

describe('report formatting', () => {
  it('writes durations and shares for people', async () => {
    const { formatDuration, formatShare, lastDays } = await import('./reports.ts');
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(12_400)).toBe('12 s');
    expect(formatDuration(72_000)).toBe('1 min 12 s');
    expect(formatDuration(3_960_000)).toBe('1 h 6 min');
    expect(formatShare(2 / 3)).toBe('67 %');
    expect(lastDays(7, new Date('2026-12-07T10:00:00Z'))).toEqual({
      from: '2026-12-01',
      to: '2026-12-07',
    });
  });
});
