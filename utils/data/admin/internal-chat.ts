import { openInternalChat } from '../collections/internal-chats.ts';
import type { AdminContext } from './context.ts';

/**
 * The gear menu's "Start Chat": opens (or refreshes) the internal chat between the signed-in
 * operator and a colleague. The console lists every internal chat its operator is a member of,
 * so the conversation appears there as a tab.
 */
export function openInternalChatWith(context: AdminContext, otherUid: string) {
  return openInternalChat(context.db, context.workspaceId, context.uid, otherUid);
}
