/**
 * The composer's slash commands (docs/architecture.md "Slash commands"): `/t OperatorName`
 * requests a transfer, `/a` accepts the transfer offered to me, `/<shortcut>` sends that canned
 * response. `//text` sends "/text" literally. Commands are one line; surrounding whitespace is
 * ignored and command names are case-insensitive. Who `/t name` means: transfer-target.ts.
 */
import { expandCanned, findCanned } from './canned.ts';
import { BUILT_IN_COMMANDS, shortcutKey } from './commands.ts';
import type { PresenceState } from './model.ts';
import type { RefusalDetails } from './refusals.ts';
import { isBlank, normalizeSingleLine, textSize, truncateToSize } from './text.ts';
import {
  matchOperators,
  resolveTransferTarget,
  type TransferCandidate,
} from './transfer-target.ts';

export type ComposerIntent =
  | { kind: 'empty' }
  | { kind: 'message'; text: string }
  | { kind: 'transfer'; name: string }
  | { kind: 'accept-transfer' }
  | { kind: 'canned'; shortcut: string }
  | { kind: 'error'; message: string; details: RefusalDetails };

/** Reads what the operator typed, before anything is looked up. */
export function parseComposerInput(raw: string): ComposerIntent {
  if (isBlank(raw)) return { kind: 'empty' };
  const trimmed = raw.trim();
  if (!trimmed.startsWith('/')) return { kind: 'message', text: raw };
  if (trimmed.startsWith('//')) return { kind: 'message', text: raw.replace('//', '/') };
  // A multi-line text that happens to start with "/" is a message, not a command.
  if (trimmed.includes('\n')) return { kind: 'message', text: raw };

  const match = /^\/(\S*)(?:\s+(.*))?$/su.exec(trimmed);
  const name = shortcutKey(match?.[1] ?? '');
  const argument = normalizeSingleLine(match?.[2] ?? '');
  if (name === '')
    return {
      kind: 'error',
      message: 'Type a command or shortcut after "/".',
      details: { reason: 'no-command' },
    };
  if (name === 't') {
    if (argument === '')
      return {
        kind: 'error',
        message: 'Type the operator\'s name after /t, e.g. "/t Otto".',
        details: { reason: 'transfer-needs-name' },
      };
    return { kind: 'transfer', name: argument };
  }
  if (name === 'a') {
    if (argument !== '')
      return {
        kind: 'error',
        message: '/a takes nothing after it: it accepts the transfer offered to you.',
        details: { reason: 'accept-takes-nothing' },
      };
    return { kind: 'accept-transfer' };
  }
  if (argument !== '')
    return {
      kind: 'error',
      message: `A shortcut is sent on its own; remove the text after "/${match?.[1]}".`,
      details: { reason: 'shortcut-alone', shortcut: match?.[1] ?? '' },
    };
  return { kind: 'canned', shortcut: match?.[1] ?? '' };
}

/** What the composer should do with the input, after looking things up. */
export type ComposerAction =
  | { kind: 'none' }
  | { kind: 'send'; text: string; cannedShortcut?: string }
  | { kind: 'transfer'; operator: TransferCandidate }
  | { kind: 'accept-transfer' }
  | { kind: 'error'; message: string; details: RefusalDetails };

export interface ComposerContext {
  canned: readonly { shortcut: string; text: string }[];
  operators: readonly TransferCandidate[];
  selfUid: string;
  /** The sender's display name, for %OPERATOR%. */
  selfName: string;
  visitorName?: string;
}

/** Parses and resolves: the one call the composer makes on Enter. */
export function resolveComposerInput(raw: string, context: ComposerContext): ComposerAction {
  const intent = parseComposerInput(raw);
  switch (intent.kind) {
    case 'empty':
      return { kind: 'none' };
    case 'message':
      return { kind: 'send', text: intent.text };
    case 'error':
      return intent;
    case 'accept-transfer':
      return intent;
    case 'transfer': {
      const result = resolveTransferTarget(intent.name, context.operators, context.selfUid);
      return result.ok
        ? { kind: 'transfer', operator: result.operator }
        : { kind: 'error', message: result.message, details: result.details };
    }
    case 'canned': {
      const response = findCanned(context.canned, intent.shortcut);
      if (!response)
        return {
          kind: 'error',
          message: `There is no canned response "/${intent.shortcut}". Type "/" to see the list.`,
          details: { reason: 'unknown-canned', shortcut: intent.shortcut },
        };
      return {
        kind: 'send',
        text: expandCanned(response.text, {
          visitorName: context.visitorName,
          operatorName: context.selfName,
        }),
        cannedShortcut: response.shortcut,
      };
    }
  }
}

export interface Suggestion {
  kind: 'command' | 'canned' | 'operator';
  /** What replaces the composer's text when the suggestion is picked. */
  insert: string;
  label: string;
  detail: string;
}

export interface SuggestionContext {
  canned: readonly { shortcut: string; text: string }[];
  operators?: readonly TransferCandidate[];
  selfUid?: string;
  limit?: number;
}

/**
 * Autocomplete for input that starts with "/": the built-in commands first, then canned
 * shortcuts (those starting with the typed prefix before those merely containing it); after
 * "/t " the operators whose name matches, online first.
 */
export function suggestCompletions(input: string, context: SuggestionContext): Suggestion[] {
  const limit = context.limit ?? 8;
  const text = input.trimStart();
  if (!text.startsWith('/') || text.startsWith('//') || text.includes('\n')) return [];

  const transfer = /^\/t\s+(.*)$/isu.exec(text);
  if (transfer) return suggestOperators(transfer[1] ?? '', context).slice(0, limit);
  const prefix = text.slice(1);
  if (/\s/.test(prefix)) return [];
  const key = shortcutKey(prefix);

  const commands: Suggestion[] = BUILT_IN_COMMANDS.filter((c) => c.name.startsWith(key)).map(
    (c) => ({
      kind: 'command',
      insert: c.name === 't' ? '/t ' : `/${c.name}`,
      label: c.usage,
      detail: c.description,
    }),
  );
  const ranked = context.canned
    .map((c) => ({ c, k: shortcutKey(c.shortcut) }))
    .filter(({ k }) => k.includes(key))
    .sort(
      (a, b) => Number(b.k.startsWith(key)) - Number(a.k.startsWith(key)) || a.k.localeCompare(b.k),
    );
  const canned: Suggestion[] = ranked.map(({ c }) => ({
    kind: 'canned',
    insert: `/${c.shortcut}`,
    label: `/${c.shortcut}`,
    detail: textSize(c.text) > 80 ? `${truncateToSize(c.text, 79)}…` : c.text,
  }));
  return [...commands, ...canned].slice(0, limit);
}

const PRESENCE_ORDER: Record<PresenceState, number> = { online: 0, away: 1, offline: 2 };

function suggestOperators(typed: string, context: SuggestionContext): Suggestion[] {
  const operators = (context.operators ?? []).filter(
    (o) => o.uid !== context.selfUid && o.active !== false,
  );
  const matches = typed.trim() === '' ? operators : matchOperators(typed, operators);
  return [...matches]
    .sort(
      (a, b) =>
        PRESENCE_ORDER[a.presence] - PRESENCE_ORDER[b.presence] ||
        a.displayName.localeCompare(b.displayName),
    )
    .map((o) => ({
      kind: 'operator',
      insert: `/t ${o.displayName}`,
      label: o.displayName,
      detail: o.presence === 'offline' ? "offline: can't take transfers" : o.presence,
    }));
}
