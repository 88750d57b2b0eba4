/**
 * When a signed-in operator's access has ended (ADR 005). The rules already refuse such an
 * operator; this tells the console why, so it signs out and says so instead of showing errors.
 */
import type { Operator, Role } from './model.ts';

export type AccessChange =
  | { kind: 'unchanged' }
  /** Promotion or demotion: the token's claims must be refreshed (a demotion can't be). */
  | { kind: 'role-changed'; role: Role }
  | { kind: 'ended'; reason: string };

/** Compares the operator's own document as it is now with the role their token carries. */
export function accessChange(
  current: Pick<Operator, 'active' | 'role'> | undefined,
  tokenRole: Role,
): AccessChange {
  if (!current)
    return {
      kind: 'ended',
      reason: 'Your operator account was deleted by an administrator, so you have been signed out.',
    };
  if (!current.active)
    return {
      kind: 'ended',
      reason: 'Your account was deactivated by an administrator, so you have been signed out.',
    };
  if (current.role !== tokenRole) return { kind: 'role-changed', role: current.role };
  return { kind: 'unchanged' };
}

/** The sentence after `reason` when unsent messages had to be thrown away. */
export function discardedNotice(count: number): string {
  if (count === 0) return '';
  return ` ${count} unsent message${count === 1 ? ' was' : 's were'} discarded: you can no longer send ${count === 1 ? 'it' : 'them'}.`;
}

export const ROLE_CHANGED_REASON =
  'Your role in this workspace changed, so you have been signed out. Sign in again to continue.';
