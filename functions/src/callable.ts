import { type CallableOptions, type CallableRequest, onCall } from 'firebase-functions/v2/https';
import type { CallableName, CallableResponse } from '../../utils/domain/callables.ts';
import { guarded } from './errors.ts';

export const REGION = 'us-central1';

/**
 * What a callable's body reads from its request: the verified caller (uid and token claims) and
 * the payload. Narrower than CallableRequest so that a trusted server which authenticated the
 * operator itself (the SIP gateway, docs/adr-004-sip-gateway.md) runs the very same body.
 */
export interface CallerRequest {
  data: unknown;
  auth?: { uid: string; token: Record<string, unknown> };
  /** The HTTP request of a deployed call; absent when a trusted server runs the body. */
  rawRequest?: CallableRequest<unknown>['rawRequest'];
}

/**
 * Declares the callable `name` of utils/domain/callables.ts (v2 onCall in us-central1): the
 * handler must answer that callable's response type. The handler gets the raw request; unexpected
 * errors become a bare `internal` HttpsError (see guarded). Functions that send mail pass
 * MAIL_SECRETS (mail/smtp-secret.ts). `runAs` runs the same guarded body in-process for a caller
 * authenticated by other means (digest auth in the SIP gateway).
 */
export function callable<Name extends CallableName>(
  name: Name,
  handler: (request: CallerRequest) => Promise<CallableResponse<Name>>,
  options: Pick<CallableOptions, 'secrets' | 'enforceAppCheck'> = {},
) {
  const run = (request: CallerRequest) => guarded(name, () => handler(request));
  const deployed = onCall(
    { region: REGION, cors: true, ...options },
    (request: CallableRequest<unknown>) => run(request),
  );
  return Object.assign(deployed, { runAs: run });
}
