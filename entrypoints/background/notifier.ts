import { effect } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { ConversationKey } from '../../utils/data/conversation-key.ts';
import type { ConsoleStore } from '../../utils/data/stores/console-store.ts';
import { t } from '../../utils/i18n.ts';
import { NotifiedStore } from './notified-store.ts';
import { playChime } from './sound.ts';

export interface NotifierOptions {
  /** whether a console (side panel) is open right now */
  consoleOpen: () => boolean;
}

/** What a notification id points at (for the click handler). */
export function notificationTarget(notificationId: string): {
  conversation: ConversationKey | null;
  section: 'chats' | 'incoming';
} {
  const [kind, ...rest] = notificationId.split('|');
  const conversation = (rest[0] ?? null) as ConversationKey | null;
  return kind === 'incoming'
    ? { conversation: null, section: 'incoming' }
    : { conversation, section: 'chats' };
}

export async function show(id: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message: message.length > 180 ? `${message.slice(0, 179)}…` : message,
    priority: 2,
  });
  await playChime();
}

/**
 * Desktop notifications with a chime: a chat offered to me and a transfer to me always; a new
 * message in one of my conversations only while no console is open (the panel shows it then).
 */
export function startNotifier(store: ConsoleStore, options: NotifierOptions): () => void {
  const notified = new NotifiedStore();
  const ws = store.operator.workspaceId;
  const uid = store.operator.uid;
  const stops: (() => void)[] = [];

  stops.push(
    effect(() => {
      for (const chat of store.lists.incoming.value) {
        const id = `incoming|chat:${ws}:${chat.id}`;
        void notified.first(id).then((isNew) => {
          if (isNew) void show(id, t('newChatFrom', chat.visitor.name), chat.pageUrl);
        });
      }
    }),
    effect(() => {
      for (const chat of store.lists.transfersToMe.value) {
        if (!chat.transfer || chat.operatorId === uid) continue;
        const id = `transfer|chat:${ws}:${chat.id}|${chat.transfer.requestedAt.getTime()}`;
        const from = store.team.operatorName(chat.transfer.from);
        void notified.first(id).then((isNew) => {
          if (isNew) {
            void show(
              id,
              t('chatTransfer'),
              t('wantsToTransferTheChatWith2', from, chat.visitor.name),
            );
          }
        });
      }
    }),
    effect(() => {
      for (const key of store.tabs.keys.value) {
        const conversation = store.tabs.conversation(key);
        const readAt = conversation.readAt.value;
        const unseen = conversation.server.value.filter(
          (m) => m.from.uid !== uid && m.from.kind !== 'system' && m.sentAt.getTime() > readAt,
        );
        const settled = conversation.live.value && conversation.readLoaded.value;
        if (!settled || unseen.length === 0 || options.consoleOpen()) continue;
        const last = unseen.at(-1)!;
        const id = `message|${key}|${last.id}`;
        void notified.first(id).then((isNew) => {
          if (isNew) void show(id, `${last.from.name} (${store.titleOf(key)})`, last.text);
        });
      }
    }),
  );
  return () => {
    for (const stop of stops) stop();
  };
}
