import { effect } from '@preact/signals';
import type { ConversationKey } from '../../../utils/data/conversation-key.ts';
import type { ConsoleStore } from '../../../utils/data/stores/console-store.ts';
import { t } from '../../../utils/i18n.ts';
import { type Announcer, shownConversation } from './announcer.ts';

/**
 * Speaks what arrives while the operator may not be looking: a chat offered to them, a transfer
 * offered to them, and a message from someone else in one of their conversations (unless that
 * conversation's log is on screen, which reads it aloud itself). Returns the stop function.
 */
/** How far the operator's clock may be ahead of the server's without news being taken for history. */
const CLOCK_SKEW_MS = 60_000;

export function announceConsoleEvents(store: ConsoleStore, announcer: Announcer): () => void {
  const me = store.operator.uid;
  const offers = new Set<string>();
  const transfers = new Set<string>();
  // Per conversation, the messages it held when it went live: its history, never announced.
  const heard = new Map<ConversationKey, Set<string>>();
  // The first answer may come from Firestore's cache, the history with the server's next one:
  // only messages sent since the console started following a conversation are news (give or take
  // the clocks' difference).
  const since = new Map<ConversationKey, number>();

  const stops = [
    effect(() => {
      for (const chat of store.lists.incoming.value) {
        if (offers.has(chat.id)) continue;
        offers.add(chat.id);
        announcer.announce(t('newChatFrom', chat.visitor.name));
      }
    }),
    effect(() => {
      for (const chat of store.lists.transfersToMe.value) {
        if (!chat.transfer || chat.operatorId === me) continue;
        const id = `${chat.id}|${chat.transfer.requestedAt.getTime()}`;
        if (transfers.has(id)) continue;
        transfers.add(id);
        announcer.announce(t('transferRequestFrom', store.team.operatorName(chat.transfer.from)));
      }
    }),
    effect(() => {
      const shown = shownConversation.value;
      for (const key of store.tabs.keys.value) {
        const conversation = store.tabs.conversation(key);
        if (!conversation.live.value) continue;
        const messages = conversation.server.value;
        const known = heard.get(key);
        if (!known) {
          heard.set(key, new Set(messages.map((m) => m.id)));
          since.set(key, Date.now() - CLOCK_SKEW_MS);
          continue;
        }
        const senders = new Set<string>();
        for (const message of messages) {
          if (known.has(message.id)) continue;
          known.add(message.id);
          const fromOther = message.from.kind !== 'system' && message.from.uid !== me;
          const recent = !message.sentAt || message.sentAt.getTime() >= (since.get(key) ?? 0);
          if (fromOther && recent && key !== shown) senders.add(message.from.name);
        }
        // One sentence per sender, however many of their messages came in together.
        for (const name of senders) announcer.announce(t('newMessageFrom', name));
      }
    }),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
