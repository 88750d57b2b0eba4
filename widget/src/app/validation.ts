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

const messageOf = <T>(result: Validation<T>) => (result.ok ? undefined : result.message);

export function validateWelcome(
  values: WelcomeValues,
  options: { requireDepartment: boolean },
): Checked<StartChatInput, keyof WelcomeValues> {
  const name = validateVisitorName(values.name);
  const email = validateOptionalEmail(values.email);
  const departmentMissing = options.requireDepartment && !values.departmentId;
  const errors: FieldErrors<keyof WelcomeValues> = {
    ...(name.ok ? {} : { name: name.message }),
    ...(email.ok ? {} : { email: email.message }),
    ...(departmentMissing ? { departmentId: 'Please choose a department.' } : {}),
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
  const email = validateEmail(values.email, 'Your email address');
  const message = validateOfflineMessageText(values.message);
  const errors: FieldErrors<keyof OfflineValues> = {};
  if (!name.ok) errors.name = messageOf(name);
  if (!email.ok) errors.email = messageOf(email);
  if (!message.ok) errors.message = messageOf(message);
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
  return result.ok ? { text: result.value, error: null } : { text: null, error: result.message };
}

/** "1,850 / 2,000" style counter once the visitor gets near the limit, else null. */
export function remainingHint(text: string, limit: number): string | null {
  const length = textSize(text);
  return length >= limit * 0.8 ? `${length} / ${limit} characters` : null;
}
