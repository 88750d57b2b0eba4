import { type CallableOptions, type CallableRequest, onCall } from 'firebase-functions/v2/https';
import { guarded } from './errors.ts';

export const REGION = 'us-central1';

/**
 * Declares a callable (v2 onCall in us-central1) whose handler gets the raw request; unexpected
 * errors become a bare `internal` HttpsError (see guarded). Functions that send mail pass
 * MAIL_SECRETS (mail/smtp-secret.ts).
 */
export function callable<Result>(
  name: string,
  handler: (request: CallableRequest<unknown>) => Promise<Result>,
  options: Pick<CallableOptions, 'secrets' | 'enforceAppCheck'> = {},
) {
  return onCall({ region: REGION, cors: true, ...options }, (request: CallableRequest<unknown>) =>
    guarded(name, () => handler(request)),
  );
}
