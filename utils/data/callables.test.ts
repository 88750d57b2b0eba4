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
  it("phrases a known reason from the catalogue rather than the server's sentence", () => {
    const error = toCallableError({
      code: 'functions/failed-precondition',
      message: 'Otto est hors ligne.',
      details: { reason: 'transfer-offline', name: 'Otto' },
    });
    expect(error.reason).toBe('transfer-offline');
    expect(error.message).toBe('Otto is offline; a chat can only go to someone online or away.');
  });
  it('phrases a validation refusal from its problem', () => {
    const error = toCallableError({
      code: 'functions/invalid-argument',
      message: 'server words',
      details: {
        reason: 'invalid-input',
        problem: { kind: 'too-long', field: 'displayName', max: 80, length: 81 },
      },
    });
    expect(error.message).toBe('The display name can be at most 80 characters (it has 81).');
  });
  it("falls back to the server's sentence for a reason or problem this build doesn't know", () => {
    const newer = toCallableError({
      code: 'functions/failed-precondition',
      message: 'A reason from a newer server.',
      details: { reason: 'from-the-future' },
    });
    expect(newer.message).toBe('A reason from a newer server.');
    expect(newer.reason).toBeUndefined();
    const newerProblem = toCallableError({
      code: 'functions/invalid-argument',
      message: 'A problem from a newer server.',
      details: { reason: 'invalid-input', problem: { kind: 'from-the-future' } },
    });
    expect(newerProblem.message).toBe('A problem from a newer server.');
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
