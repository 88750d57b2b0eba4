import { describe, expect, it } from 'vitest';
import { accessEndedNotice } from './access-notice.ts';

describe('accessEndedNotice', () => {
  it('says why, and how many unsent messages were discarded', () => {
    expect(accessEndedNotice('deactivated', 0)).toBe(
      'Your account was deactivated by an administrator, so you have been signed out.',
    );
    expect(accessEndedNotice('deleted', 1)).toBe(
      'Your operator account was deleted by an administrator, so you have been signed out. 1 unsent message was discarded: you can no longer send it.',
    );
    expect(accessEndedNotice('deleted', 3)).toMatch(
      /signed out\. 3 unsent messages were discarded: you can no longer send them\.$/,
    );
  });
});
