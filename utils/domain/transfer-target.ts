/**
 * Who `/t name` means (docs/architecture.md "Slash commands", "Transfers"): operators match
 * case-insensitively (text.ts foldForComparison), in any script, by full name, by email, or by a
 * unique word prefix ("/t ot" finds Otto). The composer resolves with it before calling, and the
 * requestTransfer callable again with the server's view of the team.
 */
import type { PresenceState } from './model.ts';
import type { RefusalDetails } from './refusals.ts';
import { foldForComparison, normalizeSingleLine } from './text.ts';

/** An operator as the transfer command sees them. */
export interface TransferCandidate {
  uid: string;
  displayName: string;
  email?: string;
  /** Inactive accounts can't take chats. Defaults to true. */
  active?: boolean;
  /** Effective presence (presence.ts effectivePresence). */
  presence: PresenceState;
}

export type TransferResolution =
  | { ok: true; operator: TransferCandidate }
  | {
      ok: false;
      reason: 'unknown' | 'ambiguous' | 'self' | 'offline' | 'inactive';
      message: string;
      /** The refusal as the transferRequest callable answers it (refusals.ts). */
      details: RefusalDetails;
      /** For 'ambiguous': the operators that matched, to show as choices. */
      matches?: TransferCandidate[];
    };

const words = (text: string) => foldForComparison(text).split(' ');

/** Operators whose full name or email equals the query; failing that, a word-prefix match. */
export function matchOperators(query: string, operators: readonly TransferCandidate[]) {
  const key = foldForComparison(query);
  const exact = operators.filter(
    (o) =>
      foldForComparison(o.displayName) === key || (o.email && foldForComparison(o.email) === key),
  );
  if (exact.length > 0) return exact;
  const queryWords = key.split(' ');
  return operators.filter((o) => {
    const nameWords = words(o.displayName);
    // Every typed word starts a word of the name, in order: "ada l" matches "Ada Lovelace".
    for (let start = 0; start + queryWords.length <= nameWords.length; start++) {
      if (queryWords.every((w, i) => nameWords[start + i]!.startsWith(w))) return true;
    }
    return false;
  });
}

/**
 * Finds the operator `/t name` means. Clear refusals: nobody by that name, several (listed),
 * yourself, an offline operator (peers' users asked for exactly this), a deactivated account.
 */
export function resolveTransferTarget(
  name: string,
  operators: readonly TransferCandidate[],
  selfUid: string,
): TransferResolution {
  const shown = normalizeSingleLine(name);
  const all = matchOperators(shown, operators);
  const others = all.filter((o) => o.uid !== selfUid);
  if (all.length === 0)
    return {
      ok: false,
      reason: 'unknown',
      message: `No operator is called "${shown}".`,
      details: { reason: 'transfer-unknown-name', name: shown },
    };
  if (others.length === 0)
    return {
      ok: false,
      reason: 'self',
      message: "You can't transfer a chat to yourself.",
      details: { reason: 'transfer-to-self' },
    };
  const active = others.filter((o) => o.active !== false);
  if (active.length === 0)
    return {
      ok: false,
      reason: 'inactive',
      message: `${others[0]!.displayName}'s account is deactivated; choose someone else.`,
      details: { reason: 'transfer-deactivated', name: others[0]!.displayName },
    };
  if (active.length > 1) {
    const names = active.map((o) =>
      active.filter((p) => foldForComparison(p.displayName) === foldForComparison(o.displayName))
        .length > 1 && o.email
        ? `${o.displayName} <${o.email}>`
        : o.displayName,
    );
    return {
      ok: false,
      reason: 'ambiguous',
      message: `Several operators match "${shown}": ${names.join(', ')}. Type more of the name or the email.`,
      details: { reason: 'transfer-ambiguous', name: shown, matches: names.join(', ') },
      matches: active,
    };
  }
  const operator = active[0]!;
  if (operator.presence === 'offline')
    return {
      ok: false,
      reason: 'offline',
      message: `${operator.displayName} is offline; a chat can only go to someone online or away.`,
      details: { reason: 'transfer-offline', name: operator.displayName },
    };
  return { ok: true, operator };
}
