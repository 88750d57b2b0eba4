import { describe, expect, it } from 'vitest';
import { knownRefusal } from './refusals.ts';

describe('knownRefusal', () => {
  it('accepts a reason this build knows', () => {
    expect(knownRefusal({ reason: 'chat-limit', count: 2 })).toEqual({
      reason: 'chat-limit',
      count: 2,
    });
    const problem = { kind: 'required', field: 'email' };
    expect(knownRefusal({ reason: 'invalid-input', problem })).toEqual({
      reason: 'invalid-input',
      problem,
    });
  });
  it('leaves anything else to the server sentence', () => {
    expect(knownRefusal(undefined)).toBeNull();
    expect(knownRefusal('admin-only')).toBeNull();
    expect(knownRefusal({ reason: 'from-the-future' })).toBeNull();
    expect(knownRefusal({ reason: 'toString' })).toBeNull();
    expect(
      knownRefusal({ reason: 'invalid-input', problem: { kind: 'from-the-future' } }),
    ).toBeNull();
    expect(knownRefusal({ reason: 'invalid-input' })).toBeNull();
  });
});
