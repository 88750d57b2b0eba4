/**
 * Why a callable refused, as data the client phrases itself: the functions attach it to the
 * HttpsError as `details` (functions/src/errors.ts `fail`), the extension turns it into a
 * catalogue sentence (utils/data/refusal-message.ts) and shows the server's English sentence only
 * for a reason it does not know (an older extension talking to a newer server). Validation
 * failures travel as `invalid-input` with their problem (problems.ts).
 * docs/adr-014-catalogue-for-problems-and-refusals.md.
 */
import { PROBLEM_KINDS, type Problem } from './problems.ts';

/** Each reason with the values its sentence needs. */
export interface RefusalParams {
  'invalid-input': { problem: Problem };
  'not-signed-in': object;
  'not-an-operator': object;
  'admin-only': object;
  'access-ended': object;
  'workspace-missing': object;
  'chat-missing': object;
  'operator-missing': object;
  'department-missing': object;
  'block-missing': object;
  'offline-message-missing': object;
  'rate-limited': { seconds: number };
  'account-inactive': object;
  'chat-limit': { count: number };
  'email-taken': { email: string };
  'weak-password': object;
  'last-admin': object;
  'last-admin-delete': object;
  'others-account': object;
  'admin-fields': { fields: string };
  'sip-password-not-yours': object;
  'visitor-rates': object;
  'rating-before-end': object;
  'transcript-not-yours': object;
  'transcript-before-end': object;
  'unverified-workspace': object;
  'invitation-mail-failed': { error: string };
  'already-accepted': object;
  'no-longer-waiting': object;
  'not-offered': object;
  'close-not-allowed': object;
  'offline-inbox-only': object;
  'delivery-not-failed': object;
  'chat-not-live': object;
  'messages-not-live': object;
  'block-not-allowed': object;
  blocked: object;
  'not-your-chat': object;
  'transfer-inactive-chat': object;
  'transfer-not-yours': object;
  'transfer-has-chat': { name: string };
  'transfer-deactivated': { name: string };
  'transfer-offline': { name: string };
  'transfer-pending': object;
  'transfer-unknown-name': { name: string };
  'transfer-to-self': object;
  'transfer-ambiguous': { name: string; matches: string };
  'no-transfer-to-accept': object;
  'transfer-for-someone-else': object;
  'transfer-expired': object;
  'chat-ended': object;
  'chat-changed-hands': object;
  'no-transfer-to-decline': object;
  'transfer-not-yours-to-decline': object;
  'no-transfer-waiting': object;
  'transfers-waiting': { count: number };
  'bad-period': object;
  'period-not-ended': { period: string };
  'nothing-to-accept': object;
  'accept-first': object;
  'nothing-to-send': object;
  'chat-no-longer-yours': object;
  'no-command': object;
  'transfer-needs-name': object;
  'accept-takes-nothing': object;
  'shortcut-alone': { shortcut: string };
  'unknown-canned': { shortcut: string };
}

export type RefusalReason = keyof RefusalParams;

/** The HttpsError's `details`: a reason and its values, flat. */
export type RefusalDetails = {
  [R in RefusalReason]: { reason: R } & RefusalParams[R];
}[RefusalReason];

// A record, not a list, so the typecheck fails when a reason is added without being listed here.
const REASONS: Record<RefusalReason, true> = {
  'invalid-input': true,
  'not-signed-in': true,
  'not-an-operator': true,
  'admin-only': true,
  'access-ended': true,
  'workspace-missing': true,
  'chat-missing': true,
  'operator-missing': true,
  'department-missing': true,
  'block-missing': true,
  'offline-message-missing': true,
  'rate-limited': true,
  'account-inactive': true,
  'chat-limit': true,
  'email-taken': true,
  'weak-password': true,
  'last-admin': true,
  'last-admin-delete': true,
  'others-account': true,
  'admin-fields': true,
  'sip-password-not-yours': true,
  'visitor-rates': true,
  'rating-before-end': true,
  'transcript-not-yours': true,
  'transcript-before-end': true,
  'unverified-workspace': true,
  'invitation-mail-failed': true,
  'already-accepted': true,
  'no-longer-waiting': true,
  'not-offered': true,
  'close-not-allowed': true,
  'offline-inbox-only': true,
  'delivery-not-failed': true,
  'chat-not-live': true,
  'messages-not-live': true,
  'block-not-allowed': true,
  blocked: true,
  'not-your-chat': true,
  'transfer-inactive-chat': true,
  'transfer-not-yours': true,
  'transfer-has-chat': true,
  'transfer-deactivated': true,
  'transfer-offline': true,
  'transfer-pending': true,
  'transfer-unknown-name': true,
  'transfer-to-self': true,
  'transfer-ambiguous': true,
  'no-transfer-to-accept': true,
  'transfer-for-someone-else': true,
  'transfer-expired': true,
  'chat-ended': true,
  'chat-changed-hands': true,
  'no-transfer-to-decline': true,
  'transfer-not-yours-to-decline': true,
  'no-transfer-waiting': true,
  'transfers-waiting': true,
  'bad-period': true,
  'period-not-ended': true,
  'nothing-to-accept': true,
  'accept-first': true,
  'nothing-to-send': true,
  'chat-no-longer-yours': true,
  'no-command': true,
  'transfer-needs-name': true,
  'accept-takes-nothing': true,
  'shortcut-alone': true,
  'unknown-canned': true,
};

/** Every reason: the convention test checks each has a catalogue message. */
export const REFUSAL_REASONS = Object.keys(REASONS) as RefusalReason[];

/**
 * `details` as this build knows them, or null: a reason added to the server after this client was
 * built, or a problem kind it doesn't know, is left to the server's sentence.
 */
export function knownRefusal(details: unknown): RefusalDetails | null {
  if (!details || typeof details !== 'object') return null;
  const { reason, problem } = details as { reason?: unknown; problem?: { kind?: unknown } };
  if (typeof reason !== 'string' || !Object.hasOwn(REASONS, reason)) return null;
  if (reason === 'invalid-input' && !PROBLEM_KINDS.includes(problem?.kind as Problem['kind']))
    return null;
  return details as RefusalDetails;
}
