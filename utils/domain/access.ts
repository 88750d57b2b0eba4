/**
 * When a signed-in operator's access has ended (ADR 005). The rules already refuse such an
 * operator; this tells the console why, so it signs out and says so instead of showing errors.
 */
import type { Operator, Role } from './model.ts';

export type AccessChange =
  | { kind: 'unchanged' }
  /** Promotion or demotion: the token's claims must be refreshed (a demotion can't be). */
  | { kind: 'role-changed'; role: Role }
  /** The console says why in its own words (utils/data/access-notice.ts). */
  | { kind: 'ended'; cause: 'deleted' | 'deactivated' };

/** Compares the operator's own document as it is now with the role their token carries. */
export function accessChange(
  current: Pick<Operator, 'active' | 'role'> | undefined,
  tokenRole: Role,
): AccessChange {
  if (!current) return { kind: 'ended', cause: 'deleted' };
  if (!current.active) return { kind: 'ended', cause: 'deactivated' };
  if (current.role !== tokenRole) return { kind: 'role-changed', role: current.role };
  return { kind: 'unchanged' };
}
