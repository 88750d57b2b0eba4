import { describe, expect, it } from 'vitest';
import {
  dayRange,
  historyEntryId,
  historyQuery,
  historyScopes,
  matchesWords,
  WORKSPACE_SCOPE,
} from './history.ts';

const admin = { uid: 'ada', role: 'admin' as const };
const normal = { uid: 'nora', role: 'normal' as const };

describe('historyQuery', () => {
  it('an admin reads the workspace scope, or the chosen operator’s', () => {
    expect(historyQuery(admin, {}).equals).toEqual([['scope', WORKSPACE_SCOPE]]);
    expect(historyQuery(admin, { operatorId: 'otto' }).equals).toEqual([['scope', 'otto']]);
  });
  it('a normal operator always reads their own scope, whatever operator is asked for', () => {
    expect(historyQuery(normal, { operatorId: 'otto' }).equals).toEqual([['scope', 'nora']]);
  });
  it('adds department and rating equalities and the date range, newest first', () => {
    const from = new Date(1000);
    const to = new Date(2000);
    expect(historyQuery(admin, { departmentId: 'sales', rating: 'none', from, to })).toMatchObject({
      equals: [
        ['scope', '*'],
        ['departmentId', 'sales'],
        ['rating', 'none'],
      ],
      closedFrom: from,
      closedBefore: to,
      orderBy: ['closedAt', 'desc'],
    });
  });
  it('narrows by the longest typed word and checks the others on the rows', () => {
    const spec = historyQuery(normal, { text: 'My Refund, ok?' });
    expect(spec.word).toBe('refund');
    expect(spec.alsoWords).toEqual(['my', 'ok']);
    expect(historyQuery(normal, { text: '  ' }).word).toBeUndefined();
  });
});

describe('history entries', () => {
  it('one per scope: the workspace’s under the chat id, each participant’s beside it', () => {
    expect(historyScopes(['nora', 'otto', 'nora'])).toEqual(['*', 'nora', 'otto']);
    expect(historyEntryId('c1', '*')).toBe('c1');
    expect(historyEntryId('c1', 'nora')).toBe('c1_nora');
  });
  it('matchesWords wants every word', () => {
    expect(matchesWords({ words: ['a', 'b'] }, ['a', 'b'])).toBe(true);
    expect(matchesWords({ words: ['a'] }, ['a', 'b'])).toBe(false);
    expect(matchesWords({ words: [] }, [])).toBe(true);
  });
});

describe('dayRange', () => {
  it('covers whole local days, both ends included', () => {
    expect(dayRange('2026-03-01', '2026-03-02')).toEqual({
      from: new Date(2026, 2, 1),
      to: new Date(2026, 2, 3),
    });
  });
  it('leaves blank or malformed ends open', () => {
    expect(dayRange('', '')).toEqual({});
    expect(dayRange('2026-3-1', '')).toEqual({});
  });
});
