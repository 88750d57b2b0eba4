import { commitSteps } from './batches.ts';
import { chatsCol } from './data/chats.ts';

/** The chats an operator is answering now. */
export const activeChatsOf = (ws: string, uid: string) =>
  chatsCol(ws).where('operatorId', '==', uid).where('status', '==', 'active').get();

/** A renamed operator's new name on the chats they are answering (the widget shows it). */
export async function renameOnChats(ws: string, uid: string, displayName: string): Promise<void> {
  const owned = await activeChatsOf(ws, uid);
  await commitSteps(
    owned.docs.map((doc) => (batch) => batch.update(doc.ref, { operatorName: displayName })),
  );
}
