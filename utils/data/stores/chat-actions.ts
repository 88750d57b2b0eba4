import { signal } from '@preact/signals';
import type { BlockDuration } from '../../domain/blocks.ts';
import { call } from '../callables.ts';
import { type ConversationKey, conversationKey } from '../conversation-key.ts';

/**
 * What changes a chat's ownership goes through the callables (clients never write status,
 * operatorId, offeredTo or transfer). Each resolves once the server has decided and throws a
 * CallableError with a readable message when it refuses.
 */
export class ChatActions {
  /** when transfers I requested lapse (from requestTransfer's answer), by chat id */
  readonly transferExpiry = signal<Record<string, number>>({});

  constructor(readonly workspaceId: string) {}

  async acceptChat(chatId: string): Promise<ConversationKey> {
    await call('acceptChat', { workspaceId: this.workspaceId, chatId });
    return conversationKey({ kind: 'chat', workspaceId: this.workspaceId, id: chatId });
  }

  async closeChat(chatId: string): Promise<void> {
    await call('closeChat', { workspaceId: this.workspaceId, chatId });
  }

  async requestTransfer(chatId: string, toName: string): Promise<void> {
    const result = await call('requestTransfer', {
      workspaceId: this.workspaceId,
      chatId,
      toName,
    });
    const expiresAt = Date.parse(result.expiresAt);
    if (!Number.isNaN(expiresAt)) {
      this.transferExpiry.value = { ...this.transferExpiry.value, [chatId]: expiresAt };
    }
  }

  /** `/a` or the banner's Accept: without a chat id the server picks the one pending to me. */
  async acceptTransfer(chatId?: string): Promise<ConversationKey> {
    const result = await call('acceptTransfer', {
      workspaceId: this.workspaceId,
      ...(chatId ? { chatId } : {}),
    });
    return conversationKey({
      kind: 'chat',
      workspaceId: this.workspaceId,
      id: result.chatId,
    });
  }

  /** Blocks the chat's visitor (ADR 010); the functions close their open chats with a note. */
  async blockVisitor(chatId: string, reason: string, duration: BlockDuration): Promise<void> {
    await call('blockVisitor', { workspaceId: this.workspaceId, chatId, reason, duration });
  }

  async declineTransfer(chatId: string): Promise<void> {
    await call('declineTransfer', { workspaceId: this.workspaceId, chatId });
  }
}
