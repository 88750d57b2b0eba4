import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  remainingHint,
  validateMessage,
  validateOffline,
  validateWelcome,
} from './validation.ts';

describe('validateWelcome', () => {
  it('accepts a name alone and normalizes it', () => {
    expect(
      validateWelcome(
        { name: '  Zoë   Ng ', email: '', departmentId: '' },
        { requireDepartment: false },
      ),
    ).toEqual({ input: { visitorName: 'Zoë Ng' }, errors: {} });
  });

  it('passes email and department through when given', () => {
    const result = validateWelcome(
      { name: 'Sam', email: 'sam@Example.COM', departmentId: 'sales' },
      { requireDepartment: true },
    );
    expect(result.input).toEqual({
      visitorName: 'Sam',
      visitorEmail: 'sam@example.com',
      departmentId: 'sales',
    });
  });

  it('names every problem at once', () => {
    const result = validateWelcome(
      { name: ' ', email: 'not-an-email', departmentId: '' },
      { requireDepartment: true },
    );
    expect(result.input).toBeNull();
    expect(Object.keys(result.errors).sort()).toEqual(['departmentId', 'email', 'name']);
  });

  it('refuses an oversize name with the limit in the message', () => {
    const result = validateWelcome(
      { name: 'x'.repeat(LIMITS.visitorName + 1), email: '', departmentId: '' },
      { requireDepartment: false },
    );
    expect(result.errors.name).toMatch(String(LIMITS.visitorName));
  });
});

describe('validateOffline', () => {
  it('requires name, email and message', () => {
    const result = validateOffline({ name: '', email: '', message: '' });
    expect(result.input).toBeNull();
    expect(Object.keys(result.errors).sort()).toEqual(['email', 'message', 'name']);
  });

  it('refuses an oversize message', () => {
    const result = validateOffline({
      name: 'A',
      email: 'a@b.co',
      message: 'y'.repeat(LIMITS.offlineMessage + 1),
    });
    expect(result.errors.message).toMatch(String(LIMITS.offlineMessage));
  });
});

describe('validateMessage', () => {
  it('ignores blank input silently', () => {
    expect(validateMessage('  \n ')).toEqual({ text: null, error: null });
  });

  it('keeps emoji and right-to-left text, counting an emoji as two as the rules do', () => {
    expect(validateMessage('שלום 👋🏽').text).toBe('שלום 👋🏽');
    expect(validateMessage('👍'.repeat(LIMITS.messageText / 2)).text).not.toBeNull();
    expect(validateMessage('👍'.repeat(LIMITS.messageText / 2 + 1)).text).toBeNull();
  });

  it('refuses oversize text', () => {
    const result = validateMessage('z'.repeat(LIMITS.messageText + 1));
    expect(result.text).toBeNull();
    expect(result.error).toMatch(String(LIMITS.messageText));
  });
});

describe('remainingHint', () => {
  it('appears near the limit only', () => {
    expect(remainingHint('abc', 100)).toBeNull();
    expect(remainingHint('a'.repeat(80), 100)).toBe('80 / 100 characters');
  });
});
