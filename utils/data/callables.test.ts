import { describe, expect, it } from 'vitest';
import { CallableError, toCallableError } from './callables.ts';

describe('toCallableError', () => {
  it('keeps the HttpsError code without the functions/ prefix and its message', () => {
    const error = toCallableError({
      code: 'functions/failed-precondition',
      message: 'Otto is offline.',
    });
    expect(error).toBeInstanceOf(CallableError);
    expect(error.code).toBe('failed-precondition');
    expect(error.message).toBe('Otto is offline.');
  });
  it('explains an unreachable server', () => {
    expect(toCallableError({ code: 'functions/unavailable', message: 'x' }).message).toMatch(
      /reached/,
    );
  });
  it('wraps anything else', () => {
    expect(toCallableError(new Error('boom')).code).toBe('internal');
  });
});
