import { FieldValue } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import type { Workspace } from '../../utils/domain/model.ts';
import { auth } from './admin.ts';
import { workspaceRef } from './data/workspaces.ts';

/**
 * Whether the widget may run for this workspace: a workspace made by sign-up stays off until its
 * creator's email is verified (so a throwaway address can't run a chat widget or an off-line
 * mail form). The verification happens in Firebase Auth, so while the flag is false each check
 * asks Auth once and records the answer; afterwards the flag alone answers.
 */
export async function isWorkspaceLive(ws: string, workspace: Workspace): Promise<boolean> {
  if (workspace.verified !== false) return true;
  if (!workspace.ownerUid) return false;
  const owner = await auth()
    .getUser(workspace.ownerUid)
    .catch(() => null);
  if (!owner?.emailVerified) return false;
  await workspaceRef(ws).update({ verified: true, verifiedAt: FieldValue.serverTimestamp() });
  return true;
}

/**
 * Records a milestone of the getting-started checklist once (the first widget check, the first
 * chat). Best effort: a failed write must never cost a visitor their chat.
 */
export async function markOnboarding(
  ws: string,
  workspace: Workspace,
  milestone: 'widget' | 'chat',
  pageUrl: string,
): Promise<void> {
  const seen = workspace.onboarding ?? {};
  const update =
    milestone === 'widget'
      ? seen.widgetSeenAt
        ? null
        : {
            'onboarding.widgetSeenAt': FieldValue.serverTimestamp(),
            'onboarding.widgetSeenOn': originOf(pageUrl),
          }
      : seen.firstChatAt
        ? null
        : { 'onboarding.firstChatAt': FieldValue.serverTimestamp() };
  if (!update) return;
  await workspaceRef(ws)
    .update(update)
    .catch((error) => logger.warn('onboarding milestone not recorded', { ws, milestone, error }));
}

function originOf(pageUrl: string): string {
  try {
    return new URL(pageUrl).origin;
  } catch {
    return pageUrl.slice(0, 200);
  }
}
