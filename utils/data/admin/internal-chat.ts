import { doc, setDoc } from 'firebase/firestore';
import { internalChatId, paths } from '../../domain/paths.ts';
import { internalChatData } from '../internal-chats.ts';
import type { AdminContext } from './context.ts';

/**
 * The gear menu's "Start Chat": opens (or refreshes) the internal chat between the signed-in
 * operator and a colleague. The console lists every internal chat its operator is a member of,
 * so the conversation appears there as a tab. Creating and refreshing are both allowed by the
 * rules (members + server time; a refresh changes lastMessageAt only).
 */
export async function openInternalChatWith(context: AdminContext, otherUid: string) {
  const id = internalChatId(context.uid, otherUid);
  await setDoc(
    doc(context.db, paths.internalChat(context.workspaceId, id)),
    internalChatData(context.uid, otherUid),
  );
  return id;
}
