import { describe, expect, it } from 'vitest';
import { problemMessage } from './problem-message.ts';

describe('problemMessage', () => {
  it('names the field with its catalogue label', () => {
    expect(problemMessage({ kind: 'required', field: 'departmentName' })).toBe(
      'The department name is required.',
    );
    expect(problemMessage({ kind: 'too-long', field: 'blockReason', max: 500, length: 501 })).toBe(
      'The reason for blocking can be at most 500 characters (it has 501).',
    );
  });
  it('fills in the values of the problem', () => {
    expect(
      problemMessage({
        kind: 'seconds-out-of-range',
        field: 'transferTimeoutSeconds',
        min: 15,
        max: 600,
      }),
    ).toBe('The transfer timeout must be between 15 and 600 seconds.');
    expect(problemMessage({ kind: 'shortcut-taken', shortcut: 'hi' })).toBe(
      '"/hi" is already used by another canned response.',
    );
  });
});
