import { describe, expect, it } from 'vitest';
import { accessChange } from './access.ts';

describe('accessChange', () => {
  it('ends access when the operator document is gone or inactive', () => {
    expect(accessChange(undefined, 'normal')).toEqual({ kind: 'ended', cause: 'deleted' });
    expect(accessChange({ active: false, role: 'normal' }, 'normal')).toEqual({
      kind: 'ended',
      cause: 'deactivated',
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
});
