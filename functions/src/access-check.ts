import { auth } from './admin.ts';
import type { CallerRequest } from './callable.ts';
import { fail } from './errors.ts';

/**
 * An operator's ID token keeps its claims for up to an hour. Before an operator's callable runs,
 * Auth confirms the token was not revoked (demotion, deactivation), the account not disabled or
 * deleted (ADR 005): one Auth lookup per operator call, no Firestore read. Visitors' tokens carry
 * no workspace claim and skip it; the SIP gateway authenticates its callers itself (no raw token).
 */
export async function refuseEndedAccess(request: CallerRequest): Promise<void> {
  const rawToken = request.auth?.rawToken;
  if (!rawToken || typeof request.auth?.token.ws !== 'string') return;
  await auth()
    .verifyIdToken(rawToken, true)
    .catch(() =>
      fail('unauthenticated', 'Your access to this workspace has ended. Please sign in again.'),
    );
}
