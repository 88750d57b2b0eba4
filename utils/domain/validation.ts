/**
 * Limits and validators for everything a person types, shared by the forms (to say what is
 * wrong before sending) and the functions (to refuse it with invalid-argument). Each validator
 * normalizes (text.ts) and returns the clean value or its first problem (problems.ts), with the
 * English sentence the functions refuse with. firestore.rules enforces the same limits (see
 * LIMITS) for the writes clients make directly.
 */
import { ROLES, type Role } from './model.ts';
import type { Field, Problem } from './problems.ts';
import { isBlank, normalizeMultiline, normalizeSingleLine, textSize } from './text.ts';
import { urlPatternFailure } from './url-pattern.ts';

export type { Field, Problem } from './problems.ts';

/** Sizes as firestore.rules counts them (textSize: UTF-16 code units). Keep the rules in step. */
export const LIMITS = {
  messageText: 2000,
  offlineMessage: 4000,
  visitorName: 80,
  displayName: 80,
  email: 254,
  emailLocalPart: 64,
  maxChatsMin: 1,
  /** Zendesk allows up to 20 concurrent chats per agent; beyond that nobody answers well. */
  maxChatsMax: 20,
  departmentName: 60,
  /** Operators in one department, URL route or recipient list. */
  operatorIds: 100,
  pageUrl: 2048,
  cannedShortcut: 32,
  cannedText: 1000,
  documentId: 128,
  ratingComment: 1000,
} as const;

export const DEFAULT_MAX_CHATS = 5;

/**
 * A failure carries `problem` for callers that phrase it themselves (the extension and the widget
 * speak their user's language, problems.ts) and `message`, the English sentence the functions
 * refuse with.
 */
export type Validation<T> =
  | { ok: true; value: T }
  | { ok: false; message: string; problem: Problem };

const ok = <T>(value: T): Validation<T> => ({ ok: true, value });
const fail = <T = never>(message: string, problem: Problem): Validation<T> => ({
  ok: false,
  message,
  problem,
});

function boundedText(
  input: unknown,
  field: Field,
  label: string,
  max: number,
  multiline: boolean,
): Validation<string> {
  const required = { kind: 'required', field } as const;
  if (typeof input !== 'string') return fail(`${label} is required.`, required);
  const value = multiline ? normalizeMultiline(input) : normalizeSingleLine(input);
  if (isBlank(value)) return fail(`${label} is required.`, required);
  const length = textSize(value);
  if (length > max)
    return fail(`${label} can be at most ${max} characters (it has ${length}).`, {
      kind: 'too-long',
      field,
      max,
      length,
    });
  return ok(value);
}

/** The visitor's name on the welcome screen and the off-line form. */
export function validateVisitorName(input: unknown): Validation<string> {
  return boundedText(input, 'visitorName', 'Your name', LIMITS.visitorName, false);
}

/** A chat message (visitor or operator) or an internal message. */
export function validateMessageText(input: unknown): Validation<string> {
  return boundedText(input, 'messageText', 'A message', LIMITS.messageText, true);
}

/** The body of an off-line message (the visitor writes more when nobody is there to ask). */
export function validateOfflineMessageText(input: unknown): Validation<string> {
  return boundedText(input, 'offlineMessage', 'Your message', LIMITS.offlineMessage, true);
}

/** The optional comment of a chat rating. */
export function validateRatingComment(input: unknown): Validation<string | undefined> {
  if (input === undefined || input === null || (typeof input === 'string' && isBlank(input)))
    return ok(undefined);
  const checked = boundedText(input, 'ratingComment', 'Your comment', LIMITS.ratingComment, true);
  // Lines keep their indentation (messages), but a comment's outer spaces are noise.
  return checked.ok ? ok(checked.value.trim()) : checked;
}

export function validateDisplayName(input: unknown): Validation<string> {
  const result = boundedText(input, 'displayName', 'The display name', LIMITS.displayName, false);
  if (!result.ok) return result;
  if (!/[\p{L}\p{N}]/u.test(result.value))
    return fail('The display name needs at least one letter or digit.', {
      kind: 'no-letter-or-digit',
      field: 'displayName',
    });
  // `/t Name` is how colleagues address an operator; a leading slash would read as a command.
  if (result.value.startsWith('/'))
    return fail('The display name cannot start with "/".', {
      kind: 'leading-slash',
      field: 'displayName',
    });
  return result;
}

/**
 * A pragmatic email check: one @, a dotted domain, no spaces, RFC 5321 lengths. The domain is
 * lowercased; the local part is kept as typed (some servers treat it case-sensitively).
 */
export function validateEmail(input: unknown, field: Field = 'email'): Validation<string> {
  const label = field === 'visitorEmail' ? 'Your email address' : 'The email address';
  if (typeof input !== 'string' || input.trim() === '')
    return fail(`${label} is required.`, { kind: 'required', field });
  const value = input.trim();
  const length = textSize(value);
  if (length > LIMITS.email)
    return fail(`${label} can be at most ${LIMITS.email} characters (it has ${length}).`, {
      kind: 'too-long',
      field,
      max: LIMITS.email,
      length,
    });
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  const wellFormed =
    at > 0 &&
    !/\s/.test(value) &&
    !local.includes('@') &&
    textSize(local) <= LIMITS.emailLocalPart &&
    /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(domain) &&
    !domain.split('.').some((label) => label.startsWith('-') || label.endsWith('-'));
  if (!wellFormed)
    return fail(`${label} doesn't look right; expected name@example.com.`, {
      kind: 'not-an-email',
      field,
    });
  return ok(`${local}@${domain}`);
}

/** The visitor's optional email: empty or absent is fine, otherwise it must be valid. */
export function validateOptionalEmail(input: unknown): Validation<string | undefined> {
  if (input === undefined || input === null || (typeof input === 'string' && input.trim() === ''))
    return ok(undefined);
  return validateEmail(input, 'visitorEmail');
}

export function validateRole(input: unknown): Validation<Role> {
  return (ROLES as readonly unknown[]).includes(input)
    ? ok(input as Role)
    : fail('The role must be Administrator (admin) or Normal (normal).', { kind: 'not-a-role' });
}

export function validateMaxChats(input: unknown): Validation<number> {
  const value = typeof input === 'string' && input.trim() !== '' ? Number(input) : input;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < LIMITS.maxChatsMin ||
    value > LIMITS.maxChatsMax
  )
    return fail(
      `Concurrent chats must be a whole number from ${LIMITS.maxChatsMin} to ${LIMITS.maxChatsMax}.`,
      {
        kind: 'count-out-of-range',
        field: 'maxChats',
        min: LIMITS.maxChatsMin,
        max: LIMITS.maxChatsMax,
      },
    );
  return ok(value);
}

export function validateDepartmentName(input: unknown): Validation<string> {
  return boundedText(input, 'departmentName', 'The department name', LIMITS.departmentName, false);
}

/** The English names of the operator lists, for the functions' refusals. */
const OPERATOR_LIST_LABELS = {
  operatorIds: 'The operator list',
  departmentOperators: 'The department',
  routeOperators: 'The routing rule',
  offlineRecipients: 'The recipient list',
} as const satisfies Partial<Record<Field, string>>;

export type OperatorListField = keyof typeof OPERATOR_LIST_LABELS;

/**
 * A list of operator uids (department members, URL route operators, off-line recipients):
 * duplicates are removed; with `known`, every uid must be an operator of the workspace.
 */
export function validateOperatorIds(
  input: unknown,
  options: { known?: ReadonlySet<string>; allowEmpty?: boolean; field?: OperatorListField } = {},
): Validation<string[]> {
  const field = options.field ?? 'operatorIds';
  const label = OPERATOR_LIST_LABELS[field];
  if (!Array.isArray(input) || !input.every((id) => typeof id === 'string' && id !== ''))
    return fail(`${label} must be a list of operators.`, { kind: 'not-a-list', field });
  const unique = [...new Set(input as string[])];
  if (unique.length === 0 && !options.allowEmpty)
    return fail(`${label} needs at least one operator.`, { kind: 'empty-list', field });
  if (unique.length > LIMITS.operatorIds)
    return fail(`${label} can hold at most ${LIMITS.operatorIds} operators.`, {
      kind: 'list-too-long',
      field,
      max: LIMITS.operatorIds,
    });
  const unknown = options.known ? unique.filter((id) => !options.known?.has(id)) : [];
  if (unknown.length > 0)
    return fail(`${label} names operators that don't exist any more.`, {
      kind: 'unknown-operators',
      field,
    });
  return ok(unique);
}

export function validateUrlPattern(input: unknown): Validation<string> {
  if (typeof input !== 'string')
    return fail('Enter a website address.', { kind: 'no-url-pattern' });
  const failure = urlPatternFailure(input);
  return failure === null ? ok(input.trim()) : fail(failure.message, failure.problem);
}

/**
 * Sent by the widget, never typed: what is wrong is a faulty client, so one `bad-request` problem.
 */
const BAD_REQUEST: Problem = { kind: 'bad-request' };

/** The page the widget runs on: an absolute http(s) URL. */
export function validatePageUrl(input: unknown): Validation<string> {
  if (typeof input !== 'string' || input.trim() === '')
    return fail('The page address is missing.', BAD_REQUEST);
  const value = input.trim();
  if (value.length > LIMITS.pageUrl) return fail('The page address is too long.', BAD_REQUEST);
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return fail('The page address must start with http:// or https://.', BAD_REQUEST);
    return ok(url.href);
  } catch {
    return fail('The page address is not a valid URL.', BAD_REQUEST);
  }
}

/** An optional referrer: kept only when it is a valid http(s) URL, otherwise dropped. */
export function cleanReferrer(input: unknown): string | undefined {
  const result = validatePageUrl(input);
  return result.ok ? result.value : undefined;
}

export function validateCannedText(input: unknown): Validation<string> {
  return boundedText(input, 'cannedText', 'The canned response', LIMITS.cannedText, true);
}

/**
 * A Firestore document id that comes from a client (workspaceId, chatId, departmentId), never
 * typed by a person:
 * no slash, not "." or "..", not the reserved __name__ form, at most 128 characters.
 */
export function validateDocumentId(input: unknown, label = 'The id'): Validation<string> {
  if (typeof input !== 'string' || input === '') return fail(`${label} is missing.`, BAD_REQUEST);
  if (
    input.length > LIMITS.documentId ||
    input.includes('/') ||
    input === '.' ||
    input === '..' ||
    /^__.*__$/.test(input)
  )
    return fail(`${label} is not valid.`, BAD_REQUEST);
  return ok(input);
}
