import type { Operator, WithId } from '../../../utils/domain/model.ts';
import { operatorEmails, operatorsCol } from '../data/operators.ts';
import { offlineSettingsRef } from '../data/settings.ts';

/**
 * Email addresses for a workspace's off-line messages: the active operators chosen in the
 * Off-line messages settings; when none are chosen (or all left), the active admins, so a message
 * never silently goes nowhere.
 */
export function pickRecipients(
  recipientIds: string[],
  operators: WithId<Operator>[],
  emails: Record<string, string>,
): string[] {
  const active = operators.filter((op) => op.active && emails[op.id]);
  const chosen = active.filter((op) => recipientIds.includes(op.id));
  const list = chosen.length > 0 ? chosen : active.filter((op) => op.role === 'admin');
  return [...new Set(list.map((op) => emails[op.id] as string))];
}

export async function offlineRecipients(ws: string): Promise<string[]> {
  const [settings, operators, emails] = await Promise.all([
    offlineSettingsRef(ws).get(),
    operatorsCol(ws).get(),
    operatorEmails(ws),
  ]);
  return pickRecipients(
    settings.data()?.recipientIds ?? [],
    operators.docs.map((d) => d.data()),
    emails,
  );
}
