import { describe, expect, it } from 'vitest';
import { checklistProgress, gettingStartedChecklist } from './onboarding.ts';

const fresh = {
  emailVerified: false,
  operatorCount: 1,
  departmentCount: 0,
  urlRouteCount: 0,
  cannedCount: 0,
  onboarding: undefined,
};

describe('gettingStartedChecklist', () => {
  it('starts with nothing done for a new workspace', () => {
    const items = gettingStartedChecklist(fresh);
    expect(items.map((item) => item.id)).toEqual([
      'verify-email',
      'operators',
      'routing',
      'canned-responses',
      'widget',
      'test-chat',
    ]);
    expect(checklistProgress(items)).toEqual({ done: 0, total: 6 });
  });

  it('ticks each item from the data', () => {
    const items = gettingStartedChecklist({
      emailVerified: true,
      operatorCount: 2,
      departmentCount: 0,
      urlRouteCount: 1,
      cannedCount: 3,
      onboarding: {
        widgetSeenAt: new Date(),
        widgetSeenOn: 'https://shop.example',
        firstChatAt: new Date(),
      },
    });
    expect(items.every((item) => item.done)).toBe(true);
    expect(items.find((item) => item.id === 'routing')?.panel).toBe('departments');
    expect(items.find((item) => item.id === 'routing')?.detail).toBe(
      '0 departments, 1 URL routing rule.',
    );
    expect(items.find((item) => item.id === 'canned-responses')?.detail).toBe(
      '3 canned responses.',
    );
    expect(items.find((item) => item.id === 'widget')?.detail).toContain('https://shop.example');
  });

  it('counts only the creator as not yet having operators', () => {
    const items = gettingStartedChecklist({ ...fresh, operatorCount: 1 });
    expect(items.find((item) => item.id === 'operators')?.done).toBe(false);
  });
});
