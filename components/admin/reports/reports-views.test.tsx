import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportDay } from '../../../utils/domain/model.ts';
import { emptyCounts, mergeReport } from '../../../utils/domain/reports.ts';
import { DaysTable, OperatorsTable } from './report-tables.tsx';
import { TrendChart } from './trend-chart.tsx';

afterEach(cleanup);

const row = (day: string, scope: string, extra: Partial<ReportDay> = {}): ReportDay => ({
  ...emptyCounts(),
  day,
  scope,
  ...extra,
});
const buckets = emptyCounts().responseBuckets.map((_, i) => (i === 1 ? 2 : 0));
const report = mergeReport(
  [
    row('2026-12-06', '*', { chats: 3, missed: 1, ratedGood: 1, ratedBad: 1 }),
    row('2026-12-07', '*', { chats: 2, responseBuckets: buckets, offlineMessages: 4 }),
    row('2026-12-07', 'nora', { chats: 2, responseBuckets: buckets }),
  ],
  '2026-12-06',
  '2026-12-07',
);

describe('the report views', () => {
  it('the chart is an image with a title and a summary of its figures', () => {
    render(<TrendChart days={report.days} />);
    const chart = screen.getByRole('img', { name: /Chats per day/ });
    expect(chart.querySelector('desc')?.textContent).toContain(
      '5 chats over 2 days; the busiest day was 2026-12-06 with 3',
    );
    expect(chart.querySelectorAll('rect')).toHaveLength(4);
  });

  it('the day table has every figure, newest day first, and the total', () => {
    render(<DaysTable report={report} />);
    const table = screen.getByRole('table', { name: 'Day by day (UTC)' });
    const rows = [...table.querySelectorAll('tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    );
    expect(rows[1]).toEqual(['2026-12-07', '2', '0', '8 s', '10 s', '—', '—', '4']);
    expect(rows[2]).toEqual(['2026-12-06', '3', '1', '—', '—', '—', '50 % of 2', '0']);
    expect(rows[3]![0]).toBe('All days');
  });

  it('the operator table names operators and says so when nobody answered', () => {
    render(<OperatorsTable report={report} nameOf={() => 'Nora'} />);
    expect(screen.getByRole('rowheader', { name: 'Nora' })).toBeTruthy();
    cleanup();
    render(<OperatorsTable report={{ ...report, operators: [] }} nameOf={() => ''} />);
    expect(screen.getByText('No operator answered a chat in this range.')).toBeTruthy();
  });
});
