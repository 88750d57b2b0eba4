import { describe, expect, it } from 'vitest';
import { checkPassword, GENERATED_PASSWORD_MIN } from '../../utils/domain/password-policy.ts';
import { GENERATED_PASSWORD_LENGTH, generatePassword } from './password.ts';

describe('generatePassword', () => {
  it('has at least 16 characters with every class', () => {
    for (let i = 0; i < 200; i++) {
      const password = generatePassword();
      expect(password).toHaveLength(GENERATED_PASSWORD_LENGTH);
      expect(GENERATED_PASSWORD_LENGTH).toBeGreaterThanOrEqual(GENERATED_PASSWORD_MIN);
      expect(checkPassword(password)).toMatchObject({ ok: true, strength: 'strong' });
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[2-9]/);
      expect(password).toMatch(/[-_.!@#%+=]/);
      expect(password).not.toMatch(/[0O1lI\s]/);
    }
  });
  it('does not repeat itself', () => {
    const seen = new Set(Array.from({ length: 1000 }, () => generatePassword()));
    expect(seen.size).toBe(1000);
  });
  it('refuses to make short passwords', () => {
    expect(() => generatePassword(8)).toThrow();
    expect(generatePassword(32)).toHaveLength(32);
  });
});
