/**
 * A visitor as the widget behaves (widget/src/data/firebase-backend.ts; the same paths and
 * writes): widgetStatus on open, anonymous sign-in, startChat, live listeners on the chat and
 * its messages, each message written in one batch with the rate stamp, "End chat" = closeChat.
 */
import { signInAnonymously } from 'firebase/auth';
import { collection, doc, orderBy, query, serverTimestamp, writeBatch } from 'firebase/firestore';
import { paths } from '../../../utils/domain/paths.ts';
import type { StackInfo } from '../../stack/stack.ts';
import { ClientMeter } from './meter.ts';
import { RULES_READS } from './rules-reads.ts';
import type { Traffic } from './traffic.ts';
import { type WebClient, webClient } from './web-client.ts';

const PAGE_URL = 'http://127.0.0.1:5173/';

/** Where the visitor is and what they chose (the load benchmark spreads them over routing). */
export interface VisitorPlace {
  pageUrl?: string;
  departmentId?: string;
}

export class VisitorClient {
  readonly meter = new ClientMeter();
  chatId: string | undefined;
  status = 'none';
  /** When startChat was called (ms). */
  startCalledAt = 0;
  #seq = 0;
  readonly #client: WebClient;
  readonly #stops: (() => void)[] = [];

  constructor(
    stack: StackInfo,
    readonly ws: string,
    readonly index: number,
    private readonly traffic: Traffic,
    private readonly place: VisitorPlace = {},
  ) {
    this.#client = webClient(stack);
  }

  /** Opening the widget: only widgetStatus. */
  async open(): Promise<boolean> {
    const status = await this.#client.call('widgetStatus', {
      workspaceId: this.ws,
      pageUrl: this.place.pageUrl ?? PAGE_URL,
    });
    return status.available;
  }

  async startChat(): Promise<string | undefined> {
    await signInAnonymously(this.#client.auth);
    this.startCalledAt = Date.now();
    const result = await this.#client.call('startChat', {
      workspaceId: this.ws,
      visitorName: `Visitor ${this.index}`,
      pageUrl: this.place.pageUrl ?? PAGE_URL,
      departmentId: this.place.departmentId,
    });
    if (!('chatId' in result) || !result.chatId) return undefined;
    const chatId = result.chatId;
    this.chatId = chatId;
    const { db } = this.#client;
    this.meter.rulesRead('visitor listeners', RULES_READS.visitorChatListener);
    this.meter.rulesRead('visitor listeners', RULES_READS.visitorMessagesListener);
    this.#stops.push(
      this.meter.listenDoc('visitor: chat', doc(db, paths.chat(this.ws, chatId)), (s) => {
        this.status = (s.get('status') as string | undefined) ?? 'none';
      }),
      this.meter.listenQuery(
        'visitor: messages',
        query(collection(db, paths.chatMessages(this.ws, chatId)), orderBy('sentAt', 'asc')),
        (s) => {
          for (const change of s.docChanges()) {
            const from = change.doc.get('from.kind') as string;
            if (change.type === 'added' && from === 'operator')
              this.traffic.delivered(chatId, change.doc.get('text') as string, 'visitor');
          }
        },
      ),
    );
    return chatId;
  }

  /** One message, with its stamp, as the widget writes it. */
  async send(): Promise<void> {
    if (!this.chatId || this.status !== 'active') return;
    const { db } = this.#client;
    const text = `v ${this.index} ${this.#seq++}`;
    const batch = writeBatch(db);
    const message = doc(collection(db, paths.chatMessages(this.ws, this.chatId)));
    batch.set(message, {
      from: {
        kind: 'visitor',
        uid: this.#client.auth.currentUser!.uid,
        name: `Visitor ${this.index}`,
      },
      text,
      sentAt: serverTimestamp(),
    });
    batch.set(doc(db, paths.visitorStamp(this.ws, this.chatId)), {
      at: serverTimestamp(),
      messageId: message.id,
    });
    this.traffic.sending(this.chatId, text);
    // A write the server refused is no sent message (the widget shows it as not sent).
    await batch.commit();
    this.meter.wrote(2);
    this.meter.rulesRead('visitor message', RULES_READS.visitorMessage);
    this.traffic.sent(this.chatId, text);
  }

  async end(): Promise<void> {
    if (this.chatId)
      await this.#client
        .call('closeChat', { workspaceId: this.ws, chatId: this.chatId })
        .catch(() => {});
    for (const stop of this.#stops.splice(0)) stop();
    await this.#client.close();
  }
}
