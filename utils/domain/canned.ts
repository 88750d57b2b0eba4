/**
 * Canned responses: variable expansion and shortcut rules.
 *
 * Variables: %VISITOR% (the visitor's name) and %OPERATOR% (the name of the operator who SENDS
 * the response, not the chat's assignee: peers' users found the other reading confusing). Names
 * are case-insensitive (%visitor% works). A fallback for a missing value can be written inline,
 * `%VISITOR|friend%`; otherwise DEFAULT_FALLBACKS apply. Unknown %WORDS% are left as typed.
 */
import { builtInCommand, shortcutKey } from './commands.ts';
import { normalizeSingleLine, textSize } from './text.ts';
import { LIMITS, type Validation } from './validation.ts';

export const CANNED_VARIABLES = ['VISITOR', 'OPERATOR'] as const;
export type CannedVariable = (typeof CANNED_VARIABLES)[number];

export const DEFAULT_FALLBACKS: Readonly<Record<CannedVariable, string>> = {
  VISITOR: 'there',
  OPERATOR: 'our team',
};

export interface CannedValues {
  visitorName?: string | null;
  /** The sender's display name. */
  operatorName?: string | null;
}

/** %NAME% or %NAME|fallback% (the fallback cannot contain % or a line break). */
const VARIABLE = /%([A-Za-z]+)(?:\|([^%\n]*))?%/g;

/** Fills in the variables; see the file comment for fallbacks. */
export function expandCanned(
  text: string,
  values: CannedValues,
  fallbacks: Partial<Record<CannedVariable, string>> = {},
): string {
  const given: Record<CannedVariable, string> = {
    VISITOR: normalizeSingleLine(values.visitorName ?? ''),
    OPERATOR: normalizeSingleLine(values.operatorName ?? ''),
  };
  return text.replace(VARIABLE, (whole, rawName: string, inline: string | undefined) => {
    const name = rawName.toUpperCase() as CannedVariable;
    if (!CANNED_VARIABLES.includes(name)) return whole;
    if (given[name] !== '') return given[name];
    const fallback = inline?.trim() || fallbacks[name] || DEFAULT_FALLBACKS[name];
    return fallback;
  });
}

/** %WORDS% in the text that aren't variables (the editor warns about likely typos). */
export function unknownVariables(text: string): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(VARIABLE)) {
    const name = match[1]!.toUpperCase();
    if (!(CANNED_VARIABLES as readonly string[]).includes(name)) unknown.add(`%${match[1]}%`);
  }
  return [...unknown];
}

const SHORTCUT_CHARS = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;

/**
 * Validates a shortcut for a new or edited canned response: letters, digits, `-` and `_`
 * (starting with a letter or digit), at most 32 characters, not a built-in command (/t, /a) and
 * not used by another response (case-insensitive). A leading slash is accepted and dropped.
 * `ownId` is the response being edited, so keeping its own shortcut isn't a duplicate.
 */
export function validateShortcut(
  input: unknown,
  existing: readonly { id: string; shortcut: string }[],
  ownId?: string,
): Validation<string> {
  const required = { kind: 'required', field: 'cannedShortcut' } as const;
  if (typeof input !== 'string')
    return { ok: false, message: 'A shortcut is required.', problem: required };
  const value = normalizeSingleLine(input).replace(/^\/+/, '');
  if (value === '') return { ok: false, message: 'A shortcut is required.', problem: required };
  const length = textSize(value);
  if (length > LIMITS.cannedShortcut)
    return {
      ok: false,
      message: `A shortcut can be at most ${LIMITS.cannedShortcut} characters (it has ${length}).`,
      problem: { kind: 'too-long', field: 'cannedShortcut', max: LIMITS.cannedShortcut, length },
    };
  if (!SHORTCUT_CHARS.test(value))
    return {
      ok: false,
      message:
        'Use letters, digits, "-" and "_" only (no spaces), starting with a letter or digit.',
      problem: { kind: 'shortcut-characters' },
    };
  const command = builtInCommand(value);
  if (command)
    return {
      ok: false,
      message: `"/${command.name}" is the built-in command "${command.description}"; choose another shortcut.`,
      problem: { kind: 'built-in-command', name: command.name, description: command.description },
    };
  const key = shortcutKey(value);
  const clash = existing.find((other) => other.id !== ownId && shortcutKey(other.shortcut) === key);
  if (clash)
    return {
      ok: false,
      message: `"/${clash.shortcut}" is already used by another canned response.`,
      problem: { kind: 'shortcut-taken', shortcut: clash.shortcut },
    };
  return { ok: true, value };
}

/** The canned response a shortcut stands for (case-insensitive), if any. */
export function findCanned<C extends { shortcut: string }>(
  responses: readonly C[],
  shortcut: string,
): C | undefined {
  const key = shortcutKey(shortcut);
  return responses.find((response) => shortcutKey(response.shortcut) === key);
}
