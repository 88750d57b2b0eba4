import { HttpsError } from 'firebase-functions/v2/https';
import { describe, expect, it } from 'vitest';
import { refuse, unlessRefused } from './refusals.ts';

describe('refusals', () => {
  it('become HttpsErrors with their code and message', () => {
    expect(() => refuse(null)).not.toThrow();
    try {
      refuse({
        code: 'permission-denied',
        message: 'Not yours.',
        details: { reason: 'not-your-chat' },
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HttpsError);
      expect((error as HttpsError).code).toBe('permission-denied');
      expect((error as HttpsError).message).toBe('Not yours.');
      expect((error as HttpsError).details).toEqual({ reason: 'not-your-chat' });
    }
    expect(unlessRefused({ id: 'c1' })).toEqual({ id: 'c1' });
    expect(() =>
      unlessRefused({
        code: 'failed-precondition',
        message: 'None.',
        details: { reason: 'no-transfer-waiting' },
      }),
    ).toThrow('None.');
  });
});
