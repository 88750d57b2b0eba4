/** Chats of workspace acme (and one of globex) shared by the chat, message and Normal-role suites. */
import {
  collection,
  type DocumentData,
  doc,
  type Firestore,
  serverTimestamp,
  writeBatch,
} from 'firebase/firestore';
import { baseFixture, minutesAgo, OTHER_WS, wsPath } from './fixtures.ts';

export const chat = (visitorUid: string, extra: Record<string, unknown>) => ({
  visitor: { uid: visitorUid, name: 'Zoë', email: 'zoe@example.test' },
  pageUrl: 'https://shop.example/pricing',
  status: 'active',
  offeredTo: [],
  createdAt: minutesAgo(10),
  lastMessageAt: minutesAgo(1),
  ...extra,
});
/** c1: visitor-1 with nora. c2: visitor-2 with otto. c3: queued, offered to nora and otto.
 * c4: otto's chat being transferred to nora. c5: closed chat of visitor-1 with nora. */
export const chatFixture = () => ({
  ...baseFixture(),
  [wsPath('chats/c1')]: chat('visitor-1', { operatorId: 'nora', acceptedAt: minutesAgo(9) }),
  [wsPath('chats/c2')]: chat('visitor-2', { operatorId: 'otto', acceptedAt: minutesAgo(9) }),
  [wsPath('chats/c3')]: chat('visitor-3', { status: 'queued', offeredTo: ['nora', 'otto'] }),
  [wsPath('chats/c4')]: chat('visitor-4', {
    operatorId: 'otto',
    transfer: { from: 'otto', to: 'nora', requestedAt: minutesAgo(0.2) },
  }),
  [wsPath('chats/c5')]: chat('visitor-1', {
    status: 'closed',
    operatorId: 'nora',
    closedAt: minutesAgo(2),
  }),
  [wsPath('chats/g1', OTHER_WS)]: chat('visitor-1', { operatorId: 'fay' }),
});

/** The stamp that goes with a visitor message (the rules' rate limit), as the widget writes it. */
export const visitorStamp = (messageId: string) => ({
  at: serverTimestamp(),
  messageId,
});

/** Where a chat's visitor stamp lives. */
export const stampPath = (chatId: string, ws?: string) =>
  wsPath(`chats/${chatId}/stamps/visitor`, ws);

/**
 * A visitor message as the widget writes it: the message and the chat's stamp in one batch.
 * `stampId` lets a test stamp a different id than the message's; `stampChat` another chat.
 */
export function sendVisitorMessage(
  db: Firestore,
  chatId: string,
  data: DocumentData,
  options: { messageId?: string; stampId?: string; stampChat?: string; ws?: string } = {},
): Promise<void> {
  const chatPath = wsPath(`chats/${chatId}`, options.ws);
  const messages = collection(db, `${chatPath}/messages`);
  const message = options.messageId ? doc(messages, options.messageId) : doc(messages);
  const batch = writeBatch(db);
  batch.set(message, data);
  batch.set(
    doc(db, stampPath(options.stampChat ?? chatId, options.ws)),
    visitorStamp(options.stampId ?? message.id),
  );
  return batch.commit();
}
