/**
 * Turns what the SDKs throw into one sentence for the visitor. The callables answer clear
 * HttpsErrors (docs/architecture.md "Callables") whose message is meant for people; transport
 * failures and internal errors get a generic sentence instead of a stack trace or an SDK code.
 */
import { t } from '../i18n/index.ts';

const SPEAKABLE = new Set([
  'invalid-argument',
  'failed-precondition',
  'not-found',
  'permission-denied',
  'resource-exhausted',
  'already-exists',
  'unauthenticated',
]);

/**
 * The callables' own messages are English (the server doesn't know the visitor's language); the
 * widget's own sentences come from the catalogue.
 */
export function describeError(error: unknown, fallback = t().unreachable): string {
  if (!error || typeof error !== 'object') return fallback;
  const { code, message } = error as { code?: unknown; message?: unknown };
  const short = typeof code === 'string' ? code.replace(/^(functions|firestore|auth)\//, '') : '';
  if (short === 'resource-exhausted' && !isUseful(message)) {
    return t().tooManyAttempts;
  }
  if (SPEAKABLE.has(short) && isUseful(message)) return message as string;
  return fallback;
}

/** The SDKs' own messages for bare codes ("internal", "PERMISSION_DENIED") help nobody. */
function isUseful(message: unknown): boolean {
  return (
    typeof message === 'string' &&
    message.length > 0 &&
    message.length <= 300 &&
    !/^[A-Z_-]+$/i.test(message) &&
    !message.startsWith('Missing or insufficient permissions')
  );
}

/** The callables' refusal of a blocked visitor (functions/src/blocks.ts BLOCKED_MESSAGE). */
export function isBlockedRefusal(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    typeof code === 'string' &&
    code.endsWith('permission-denied') &&
    typeof message === 'string' &&
    message.startsWith('Chat is not available.')
  );
}
