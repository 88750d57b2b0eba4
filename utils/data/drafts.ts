import type { ConversationKey } from './conversation-key.ts';
import { localDb } from './local-db.ts';

const draftKey = (uid: string, conversation: ConversationKey) => `${uid}|${conversation}` as const;

export async function loadDraft(uid: string, conversation: ConversationKey): Promise<string> {
  return (await localDb().drafts.get(draftKey(uid, conversation)))?.text ?? '';
}

/** Saves as the operator types (callers debounce); an empty draft is deleted. */
export async function saveDraft(uid: string, conversation: ConversationKey, text: string) {
  const key = draftKey(uid, conversation);
  if (text === '') await localDb().drafts.delete(key);
  else await localDb().drafts.put({ key, text, updatedAt: Date.now() });
}

export async function clearDraft(uid: string, conversation: ConversationKey) {
  await localDb().drafts.delete(draftKey(uid, conversation));
}
