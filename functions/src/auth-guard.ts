import type { Role } from '../../utils/domain/model.ts';
import type { CallerRequest } from './callable.ts';
import { fail } from './errors.ts';

export interface OperatorCaller {
  uid: string;
  ws: string;
  role: Role;
}

/** The signed-in caller's uid (anonymous visitors included); unauthenticated otherwise. */
export function requireSignedIn(request: Pick<CallerRequest, 'auth'>): string {
  const uid = request.auth?.uid;
  if (!uid) fail('unauthenticated', 'Please sign in first.', { reason: 'not-signed-in' });
  return uid;
}

/**
 * The caller must be an operator of workspace `ws` (custom claims {ws, role} set by the operator
 * callables), and an admin when `role` is 'admin'. Claims, not reads: cheap and what rules use.
 */
export function requireOperator(
  request: Pick<CallerRequest, 'auth'>,
  ws: string,
  role?: Role,
): OperatorCaller {
  const uid = requireSignedIn(request);
  const claims: Record<string, unknown> = request.auth?.token ?? {};
  if (claims.ws !== ws) {
    fail('permission-denied', 'You are not an operator of this workspace.', {
      reason: 'not-an-operator',
    });
  }
  const callerRole: Role = claims.role === 'admin' ? 'admin' : 'normal';
  if (role === 'admin' && callerRole !== 'admin') {
    fail('permission-denied', 'Only an administrator of this workspace may do this.', {
      reason: 'admin-only',
    });
  }
  return { uid, ws, role: callerRole };
}

/** The caller as an operator of `ws` when their claims say so; null for visitors and outsiders. */
export function operatorOf(
  request: Pick<CallerRequest, 'auth'>,
  ws: string,
): OperatorCaller | null {
  const uid = request.auth?.uid;
  const claims: Record<string, unknown> = request.auth?.token ?? {};
  if (!uid || claims.ws !== ws) return null;
  return { uid, ws, role: claims.role === 'admin' ? 'admin' : 'normal' };
}
