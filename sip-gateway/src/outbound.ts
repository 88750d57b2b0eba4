/**
 * From Firestore to the SIP clients this instance holds: two collection-group listeners (live
 * chats, new chat messages) for the whole project, whatever the number of registered clients.
 * - a chat offered to a held operator (ring-all) or transferred to them → an offer MESSAGE that
 *   says how to accept, once per offer;
 * - a new message in a chat a held operator owns (visitor text, system notes, colleagues) → a
 *   MESSAGE from the chat's address. The operator's own messages are not echoed.
 */
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import {
  chatMessagesEverywhereSince,
  chatRef,
  liveChatsEverywhere,
} from '../../functions/src/data/chats.ts';
import type { Chat, ChatMessage, WithId } from '../../utils/domain/model.ts';
import { chatOfferText, sipTextOf, transferOfferText } from '../../utils/domain/sip.ts';
import type { Bindings } from './bindings.ts';
import type { Outgoing } from './sender.ts';

/** How long one messages listener lives, and how far back its successor starts. */
const ROTATE_MS = 10 * 60_000;
const OVERLAP_MS = 5_000;

export interface OutboundDeps {
  bindings: Bindings;
  /** Sends to every live contact of the operator held here. */
  deliver: (ws: string, uid: string, message: Omit<Outgoing, 'aor' | 'domain'>) => void;
  log: (line: string) => void;
}

/** workspaces/{ws}/chats/{chatId}[/messages/{id}] → its parts. */
function chatPathParts(path: string) {
  const parts = path.split('/');
  if (parts[0] !== 'workspaces' || parts[2] !== 'chats') return null;
  return { ws: parts[1]!, chatId: parts[3]! };
}

export function startOutbound(deps: OutboundDeps): () => void {
  const chats = new Map<string, WithId<Chat> & { ws: string }>();
  const offered = new Set<string>();

  function offer(chat: WithId<Chat> & { ws: string }) {
    if (chat.status === 'queued') {
      for (const uid of chat.offeredTo) {
        const key = `${chat.ws}/${chat.id}/offer/${uid}`;
        if (offered.has(key) || !deps.bindings.isHeld(chat.ws, uid)) continue;
        offered.add(key);
        deps.deliver(chat.ws, uid, {
          chatId: chat.id,
          fromName: `${chat.visitor.name} (new chat)`,
          text: chatOfferText({ visitorName: chat.visitor.name, pageUrl: chat.pageUrl }),
        });
      }
    }
    const transfer = chat.transfer;
    if (chat.status === 'active' && transfer) {
      const key = `${chat.ws}/${chat.id}/transfer/${transfer.to}/${transfer.requestedAt.getTime()}`;
      if (!offered.has(key) && deps.bindings.isHeld(chat.ws, transfer.to)) {
        offered.add(key);
        deps.deliver(chat.ws, transfer.to, {
          chatId: chat.id,
          fromName: `${chat.visitor.name} (transfer)`,
          text: transferOfferText(chat.operatorName ?? 'A colleague', chat.visitor.name),
        });
      }
    }
  }

  const stopChats = liveChatsEverywhere().onSnapshot(
    (snapshot) => {
      for (const change of snapshot.docChanges()) {
        const where = chatPathParts(change.doc.ref.path);
        if (!where) continue;
        const key = `${where.ws}/${where.chatId}`;
        if (change.type === 'removed') {
          chats.delete(key);
          continue;
        }
        const chat = { ...change.doc.data(), ws: where.ws };
        chats.set(key, chat);
        offer(chat);
      }
    },
    (error) => deps.log(`outbound: chats listener failed: ${error.message}`),
  );

  // Offers waiting when a client registers reach it too.
  deps.bindings.onFirstBinding((held) => {
    for (const chat of chats.values()) {
      if (chat.ws === held.ws) offer(chat);
    }
  });

  async function chatOf(ws: string, chatId: string) {
    const cached = chats.get(`${ws}/${chatId}`);
    // A chat just accepted may reach the message before its own update: read it then.
    if (cached?.operatorId && cached.status === 'active') return cached;
    const read = (await chatRef(ws, chatId).get()).data();
    return read ? { ...read, ws } : null;
  }

  async function forward(doc: DocumentSnapshot<WithId<ChatMessage>>) {
    const where = chatPathParts(doc.ref.path);
    const message = doc.data();
    if (!where || !message) return;
    const chat = await chatOf(where.ws, where.chatId);
    const owner = chat?.operatorId;
    if (!chat || !owner || message.from.uid === owner) return;
    if (!deps.bindings.isHeld(where.ws, owner)) return;
    deps.deliver(where.ws, owner, {
      chatId: where.chatId,
      fromName: message.from.kind === 'system' ? 'Parley' : message.from.name,
      text: sipTextOf(message),
    });
  }

  // New messages only. A listener keeps every document it matched in memory, so it is replaced
  // every ROTATE_MS by one starting a little before now; `seen` drops what both deliver.
  const seen = new Map<string, number>();
  function listenFrom(since: Date) {
    return chatMessagesEverywhereSince(since).onSnapshot(
      (snapshot) => {
        for (const change of snapshot.docChanges()) {
          const path = change.doc.ref.path;
          if (change.type !== 'added' || seen.has(path)) continue;
          seen.set(path, Date.now());
          forward(change.doc).catch((error: Error) =>
            deps.log(`outbound: forwarding ${path} failed: ${error.message}`),
          );
        }
      },
      (error) => deps.log(`outbound: messages listener failed: ${error.message}`),
    );
  }
  let stopMessages = listenFrom(new Date());
  const rotation = setInterval(() => {
    const previous = stopMessages;
    stopMessages = listenFrom(new Date(Date.now() - OVERLAP_MS));
    setTimeout(previous, OVERLAP_MS * 2).unref();
    for (const [path, at] of seen) if (at < Date.now() - 2 * ROTATE_MS) seen.delete(path);
  }, ROTATE_MS);
  rotation.unref();

  return () => {
    clearInterval(rotation);
    stopChats();
    stopMessages();
  };
}
