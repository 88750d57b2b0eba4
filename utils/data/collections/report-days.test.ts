import { describe, expect, it } from 'vitest';
import { RESPONSE_BUCKETS } from '../../domain/reports.ts';
import { reportDayFromData } from './report-days.ts';

describe('reportDayFromData', () => {
  it('reads the histogram map as a full list and absent counters as 0', () => {
    const day = reportDayFromData('2026-12-07_nora', {
      day: '2026-12-07',
      scope: 'nora',
      chats: 2,
      responseBuckets: { b1: 1, b13: 1 },
    });
    expect(day).toMatchObject({ day: '2026-12-07', scope: 'nora', chats: 2, missed: 0 });
    expect(day.responseBuckets).toHaveLength(RESPONSE_BUCKETS);
    expect(day.responseBuckets[1]).toBe(1);
    expect(day.responseBuckets[13]).toBe(1);
  });

  it('takes the day and scope from the id when the fields are missing', () => {
    expect(reportDayFromData('2026-12-07_*', {})).toMatchObject({ day: '2026-12-07', scope: '*' });
  });
});
