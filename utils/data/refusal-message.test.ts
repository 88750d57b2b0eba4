import { describe, expect, it } from 'vitest';
import { refusalMessage } from './refusal-message.ts';

describe('refusalMessage', () => {
  it('phrases a reason with its values', () => {
    expect(refusalMessage({ reason: 'admin-only' })).toBe(
      'Only an administrator of this workspace may do this.',
    );
    expect(refusalMessage({ reason: 'chat-limit', count: 3 })).toBe(
      'You already have 3 chats, your maximum; close one before taking another.',
    );
  });
  it("says a rate limit's wait in seconds under a minute, in minutes above", () => {
    expect(refusalMessage({ reason: 'rate-limited', seconds: 12 })).toBe(
      'Too many attempts. Please wait 12 s and try again.',
    );
    expect(refusalMessage({ reason: 'rate-limited', seconds: 61 })).toBe(
      'Too many attempts. Please wait 2 min and try again.',
    );
  });
  it('phrases a validation refusal by its problem', () => {
    expect(
      refusalMessage({
        reason: 'invalid-input',
        problem: { kind: 'not-an-email', field: 'email' },
      }),
    ).toBe("The email address doesn't look right; expected name@example.com.");
  });
});
