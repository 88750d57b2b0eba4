import type { CallerRequest } from './callable.ts';
import { operatorRef } from './data/operators.ts';
import { fail } from './errors.ts';

/**
 * An operator's ID token keeps its claims for up to an hour. Before an operator's callable runs,
 * the caller's own operator document must still be active, and an admin's still an admin, as in
 * the rules (ADR 005): a deactivated, demoted or deleted operator is refused at once. One document
 * read per operator call; a password change leaves the session alone. Visitors' tokens carry no
 * workspace claim and skip it; the SIP gateway checks the account itself (no raw token).
 */
export async function refuseEndedAccess(request: CallerRequest): Promise<void> {
  const caller = request.auth;
  const ws = caller?.token.ws;
  if (!caller?.rawToken || typeof ws !== 'string' || ws === '') return;
  const operator = (await operatorRef(ws, caller.uid).get()).data();
  // A promoted operator's old token claims less than they may do: harmless, so only a lost admin
  // role counts.
  const demoted = caller.token.role === 'admin' && operator?.role !== 'admin';
  if (!operator?.active || demoted) {
    fail('unauthenticated', 'Your access to this workspace has ended. Please sign in again.', {
      reason: 'access-ended',
    });
  }
}
