import { describe, expect, it } from 'vitest';
import { en } from '../i18n/messages.ts';
import { sdkError } from '../test-support/memory-backend.ts';
import { describeError } from './errors.ts';

const UNREACHABLE = en.unreachable;

describe('describeError', () => {
  it("shows the callables' own message for expected failures", () => {
    expect(describeError(sdkError('functions/invalid-argument', 'Your name is required.'))).toBe(
      'Your name is required.',
    );
    expect(
      describeError(sdkError('functions/resource-exhausted', 'You started too many chats.')),
    ).toBe('You started too many chats.');
  });

  it('explains rate limits even without a message', () => {
    expect(describeError(sdkError('functions/resource-exhausted', 'RESOURCE_EXHAUSTED'))).toMatch(
      /wait a minute/,
    );
  });

  it('never shows internal errors, transport failures or SDK jargon', () => {
    expect(describeError(sdkError('functions/internal', 'TypeError: x is undefined'))).toBe(
      UNREACHABLE,
    );
    expect(describeError(sdkError('functions/unavailable', 'Failed to fetch'))).toBe(UNREACHABLE);
    expect(
      describeError(
        sdkError('permission-denied', 'Missing or insufficient permissions.'),
        'Not sent.',
      ),
    ).toBe('Not sent.');
    expect(describeError('boom')).toBe(UNREACHABLE);
  });
});
