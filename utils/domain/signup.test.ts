import { describe, expect, it } from 'vitest';
import { validateWorkspaceName, workspaceIdFor } from './signup.ts';

describe('validateWorkspaceName', () => {
  it('trims and accepts a normal name', () => {
    expect(validateWorkspaceName('  Acme   Shop ')).toEqual({ ok: true, value: 'Acme Shop' });
  });
  it('refuses empty, too short, too long and punctuation-only names', () => {
    expect(validateWorkspaceName('').ok).toBe(false);
    expect(validateWorkspaceName(42).ok).toBe(false);
    expect(validateWorkspaceName('A').ok).toBe(false);
    expect(validateWorkspaceName('x'.repeat(81)).ok).toBe(false);
    expect(validateWorkspaceName('!!!').ok).toBe(false);
  });
});

describe('workspaceIdFor', () => {
  it('slugs the name and appends the suffix', () => {
    expect(workspaceIdFor('Café Über & Co.', 'K3F9Q2')).toBe('cafe-uber-co-k3f9q2');
  });
  it('falls back when the name has no latin letters, and keeps ids short', () => {
    expect(workspaceIdFor('東京ショップ', 'abc123')).toBe('ws-abc123');
    expect(workspaceIdFor('a'.repeat(100), 'abc123')).toBe(`${'a'.repeat(30)}-abc123`);
  });
  it('refuses a weak suffix', () => {
    expect(() => workspaceIdFor('Acme', 'ab')).toThrow();
  });
});
