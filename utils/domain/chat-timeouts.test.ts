import { describe, expect, it } from 'vitest';
import {
  CHAT_TIMEOUT_BOUNDS,
  chatTimeoutsOf,
  DEFAULT_CHAT_TIMEOUTS,
  validateChatTimeout,
  validateChatTimeouts,
} from './chat-timeouts.ts';
import { queueTimeoutMs } from './queue-timeout.ts';
import { transferTimeoutMs } from './transfer.ts';

describe('chatTimeoutsOf', () => {
  it('gives the defaults the functions use when nothing is stored', () => {
    expect(chatTimeoutsOf(undefined)).toEqual({
      queueTimeoutSeconds: 180,
      transferTimeoutSeconds: 60,
    });
    expect(DEFAULT_CHAT_TIMEOUTS.queueTimeoutSeconds * 1000).toBe(queueTimeoutMs(undefined));
    expect(DEFAULT_CHAT_TIMEOUTS.transferTimeoutSeconds * 1000).toBe(transferTimeoutMs(undefined));
  });

  it('gives the stored values, each on its own', () => {
    expect(chatTimeoutsOf({ transferTimeoutSeconds: 90 })).toEqual({
      queueTimeoutSeconds: 180,
      transferTimeoutSeconds: 90,
    });
    expect(chatTimeoutsOf({ queueTimeoutSeconds: 600, transferTimeoutSeconds: 30 })).toEqual({
      queueTimeoutSeconds: 600,
      transferTimeoutSeconds: 30,
    });
  });
});

describe('validateChatTimeout', () => {
  it('accepts whole seconds at and between the bounds of firestore.rules', () => {
    expect(validateChatTimeout('queueTimeoutSeconds', 30)).toEqual({ ok: true, value: 30 });
    expect(validateChatTimeout('queueTimeoutSeconds', 3600)).toEqual({ ok: true, value: 3600 });
    expect(validateChatTimeout('transferTimeoutSeconds', 15)).toEqual({ ok: true, value: 15 });
    expect(validateChatTimeout('transferTimeoutSeconds', 600)).toEqual({ ok: true, value: 600 });
    expect(CHAT_TIMEOUT_BOUNDS.queueTimeoutSeconds).toMatchObject({ min: 30, max: 3600 });
    expect(CHAT_TIMEOUT_BOUNDS.transferTimeoutSeconds).toMatchObject({ min: 15, max: 600 });
  });

  it('reads what a number input gives (a string, maybe with spaces)', () => {
    expect(validateChatTimeout('transferTimeoutSeconds', ' 90 ')).toEqual({ ok: true, value: 90 });
    expect(validateChatTimeout('queueTimeoutSeconds', '240')).toEqual({ ok: true, value: 240 });
  });

  it('refuses values outside the bounds with the range', () => {
    expect(validateChatTimeout('transferTimeoutSeconds', 14)).toEqual({
      ok: false,
      message: 'The transfer timeout must be between 15 and 600 seconds.',
      problem: { kind: 'seconds-out-of-range', field: 'transferTimeoutSeconds', min: 15, max: 600 },
    });
    expect(validateChatTimeout('transferTimeoutSeconds', '601')).toMatchObject({
      ok: false,
      message: 'The transfer timeout must be between 15 and 600 seconds.',
    });
    expect(validateChatTimeout('queueTimeoutSeconds', 29)).toMatchObject({
      ok: false,
      message: 'The queue timeout must be between 30 and 3600 seconds.',
    });
    expect(validateChatTimeout('queueTimeoutSeconds', '-60')).toMatchObject({
      ok: false,
      message: 'The queue timeout must be between 30 and 3600 seconds.',
    });
  });

  it('refuses fractions, empty fields and anything that is not a plain number', () => {
    expect(validateChatTimeout('transferTimeoutSeconds', '45.5')).toMatchObject({
      ok: false,
      message: 'The transfer timeout must be a whole number of seconds.',
    });
    expect(validateChatTimeout('transferTimeoutSeconds', 45.5)).toMatchObject({
      ok: false,
      message: 'The transfer timeout must be a whole number of seconds.',
    });
    expect(validateChatTimeout('queueTimeoutSeconds', '  ')).toMatchObject({
      ok: false,
      message: 'The queue timeout is required.',
    });
    expect(validateChatTimeout('queueTimeoutSeconds', undefined)).toMatchObject({
      ok: false,
      message: 'The queue timeout is required.',
    });
    for (const input of ['1e2', '0x3c', 'Infinity', 'sixty', Number.NaN, true, {}])
      expect(validateChatTimeout('transferTimeoutSeconds', input)).toMatchObject({
        ok: false,
        message: 'The transfer timeout must be a number of seconds.',
      });
  });
});

describe('validateChatTimeouts', () => {
  it('gives both clean values', () => {
    expect(
      validateChatTimeouts({ queueTimeoutSeconds: '300', transferTimeoutSeconds: 45 }),
    ).toEqual({ ok: true, value: { queueTimeoutSeconds: 300, transferTimeoutSeconds: 45 } });
  });

  it('reports the first problem, in the order of the form', () => {
    expect(
      validateChatTimeouts({ queueTimeoutSeconds: 5, transferTimeoutSeconds: 5 }),
    ).toMatchObject({
      ok: false,
      message: 'The queue timeout must be between 30 and 3600 seconds.',
    });
    expect(
      validateChatTimeouts({ queueTimeoutSeconds: 180, transferTimeoutSeconds: 5 }),
    ).toMatchObject({
      ok: false,
      message: 'The transfer timeout must be between 15 and 600 seconds.',
    });
  });
});
