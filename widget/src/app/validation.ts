/**
 * The widget's forms checked with the shared validators of utils/domain/validation.ts (the same
 * ones startChat, submitOfflineMessage and the rules apply), so the visitor learns what is wrong
 * before anything is sent, in the words the server would use.
 */

import { isBlank, textSize } from '../../../utils/domain/text.ts';
import {
  LIMITS,
  type Validation,
  validateEmail,
  validateMessageText,
  validateOfflineMessageText,
  validateOptionalEmail,
  validateVisitorName,
} from '../../../utils/domain/validation.ts';
import type { OfflineMessageInput, StartChatInput } from '../data/types.ts';
import { t } from '../i18n/index.ts';

export { LIMITS };

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export interface WelcomeValues {
  name: string;
  email: string;
  departmentId: string;
}

export interface OfflineValues {
  name: string;
  email: string;
  message: string;
}

type Checked<I, K extends string> = { input: I | null; errors: FieldErrors<K> };

/** The failure in the visitor's language (the domain's English sentence when it has no kind). */
function messageOf<T>(result: Validation<T>, field: string): string | undefined {
  if (result.ok) return undefined;
  const problem = result.problem;
  if (problem?.kind === 'required') return t().required(field);
  if (problem?.kind === 'too-long') return t().tooLong(field, problem.max, problem.length);
  if (problem?.kind === 'not-an-email') return t().badEmail;
  return result.message;
}

/** The address the transcript goes to (the form after a chat). */
export function validateTranscriptEmail(value: string): { email: string | null; error?: string } {
  const email = validateEmail(value, 'visitorEmail');
  return email.ok
    ? { email: email.value }
    : { email: null, error: messageOf(email, t().fieldEmail) };
}

export function validateWelcome(
  values: WelcomeValues,
  options: { requireDepartment: boolean },
): Checked<StartChatInput, keyof WelcomeValues> {
  const name = validateVisitorName(values.name);
  const email = validateOptionalEmail(values.email);
  const departmentMissing = options.requireDepartment && !values.departmentId;
  const errors: FieldErrors<keyof WelcomeValues> = {
    ...(name.ok ? {} : { name: messageOf(name, t().fieldName) }),
    ...(email.ok ? {} : { email: messageOf(email, t().fieldEmail) }),
    ...(departmentMissing ? { departmentId: t().chooseDepartmentError } : {}),
  };
  if (!name.ok || !email.ok || departmentMissing) return { input: null, errors };
  return {
    input: {
      visitorName: name.value,
      ...(email.value ? { visitorEmail: email.value } : {}),
      ...(values.departmentId ? { departmentId: values.departmentId } : {}),
    },
    errors,
  };
}

export function validateOffline(
  values: OfflineValues,
): Checked<Omit<OfflineMessageInput, 'departmentId'>, keyof OfflineValues> {
  const name = validateVisitorName(values.name);
  const email = validateEmail(values.email, 'visitorEmail');
  const message = validateOfflineMessageText(values.message);
  const errors: FieldErrors<keyof OfflineValues> = {};
  if (!name.ok) errors.name = messageOf(name, t().fieldName);
  if (!email.ok) errors.email = messageOf(email, t().fieldEmail);
  if (!message.ok) errors.message = messageOf(message, t().fieldMessage);
  if (!name.ok || !email.ok || !message.ok) return { input: null, errors };
  return { input: { name: name.value, email: email.value, message: message.value }, errors };
}

/**
 * A chat message: blank text is silently ignored (Enter on an empty box), oversize text is
 * refused with the limit named; otherwise the normalized text to send.
 */
export function validateMessage(text: string): { text: string | null; error: string | null } {
  if (isBlank(text)) return { text: null, error: null };
  const result = validateMessageText(text);
  return result.ok
    ? { text: result.value, error: null }
    : { text: null, error: messageOf(result, t().message) ?? null };
}

/** "1,850 / 2,000" style counter once the visitor gets near the limit, else null. */
export function remainingHint(text: string, limit: number): string | null {
  const length = textSize(text);
  return length >= limit * 0.8 ? t().charactersUsed(length, limit) : null;
}
