import { describe, expect, it } from 'vitest';
import { accessChange, discardedNotice } from './access.ts';

describe('accessChange', () => {
  it('ends access when the operator document is gone or inactive', () => {
    expect(accessChange(undefined, 'normal')).toMatchObject({
      kind: 'ended',
      reason: expect.stringMatching(/deleted/),
    });
    expect(accessChange({ active: false, role: 'normal' }, 'normal')).toMatchObject({
      kind: 'ended',
      reason: expect.stringMatching(/deactivated/),
    });
  });
  it('asks for fresh claims when the role changed either way', () => {
    expect(accessChange({ active: true, role: 'normal' }, 'admin')).toEqual({
      kind: 'role-changed',
      role: 'normal',
    });
    expect(accessChange({ active: true, role: 'admin' }, 'normal')).toEqual({
      kind: 'role-changed',
      role: 'admin',
    });
  });
  it('leaves an active operator with the same role alone', () => {
    expect(accessChange({ active: true, role: 'admin' }, 'admin')).toEqual({ kind: 'unchanged' });
  });
  it('says how many unsent messages were discarded', () => {
    expect(discardedNotice(0)).toBe('');
    expect(discardedNotice(1)).toMatch(/1 unsent message was discarded/);
    expect(discardedNotice(3)).toMatch(/3 unsent messages were discarded/);
  });
});
