/**
 * A conversation is a visitor chat or an internal chat between operators; both appear as tabs,
 * have drafts, outbox entries and search rows. One string key names either kind everywhere local.
 */
export type ConversationKind = 'chat' | 'internal';

export interface ConversationRef {
  kind: ConversationKind;
  workspaceId: string;
  id: string;
}

export type ConversationKey = `${ConversationKind}:${string}:${string}`;

export function conversationKey(ref: ConversationRef): ConversationKey {
  return `${ref.kind}:${ref.workspaceId}:${ref.id}`;
}

export function parseConversationKey(key: string): ConversationRef | null {
  const match = /^(chat|internal):([^:/]+):([^:/]+)$/.exec(key);
  if (!match) return null;
  return { kind: match[1] as ConversationKind, workspaceId: match[2]!, id: match[3]! };
}
