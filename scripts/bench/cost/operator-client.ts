/**
 * An operator's console as the cost benchmark runs it: the listeners the background's hub opens
 * (utils/data/stores/team-store.ts and chat-lists-store.ts, the same query builders; for admins
 * the list of every ongoing chat too), one messages listener per open
 * chat tab (ConversationStore), a presence heartbeat every HEARTBEAT_INTERVAL_MS, and a person
 * who accepts what is offered and answers every visitor message.
 */
import { signInWithEmailAndPassword } from 'firebase/auth';
import { doc, setDoc } from 'firebase/firestore';
import { cannedResponsesCollection } from '../../../utils/data/collections/canned-responses.ts';
import {
  chatMessagesQuery,
  operatorMessageData,
} from '../../../utils/data/collections/chat-messages.ts';
import {
  assignedToMe,
  offeredToMe,
  ongoingChats,
  transferredToMe,
} from '../../../utils/data/collections/chats.ts';
import { departmentsCollection } from '../../../utils/data/collections/departments.ts';
import { myInternalChats } from '../../../utils/data/collections/internal-chats.ts';
import { operatorsCollection } from '../../../utils/data/collections/operators.ts';
import { teamPresenceRef, writeMyPresence } from '../../../utils/data/collections/presence.ts';
import { workspaceRef } from '../../../utils/data/collections/workspaces.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { HEARTBEAT_INTERVAL_MS } from '../../../utils/domain/presence.ts';
import type { StackInfo } from '../../stack/stack.ts';
import { ClientMeter } from './meter.ts';
import { RULES_READS } from './rules-reads.ts';
import type { Traffic } from './traffic.ts';
import { type WebClient, webClient } from './web-client.ts';

export interface OperatorAccount {
  uid: string;
  email: string;
  password: string;
  displayName: string;
  admin: boolean;
}

const pause = (min: number, max: number) =>
  new Promise((resolve) => setTimeout(resolve, min + Math.random() * (max - min)));

export class OperatorClient {
  readonly meter = new ClientMeter();
  /** Every chat id this operator's Incoming list ever showed (offers it read). */
  readonly offersSeen = new Set<string>();
  /** When each chat first showed in Incoming, and in this operator's own chats (ms). */
  readonly offeredAt = new Map<string, number>();
  readonly assignedAt = new Map<string, number>();
  acceptCalls = 0;
  acceptLost = 0;
  /** How many operators this console's presence board shows online now. */
  boardOnline = 0;
  readonly #client: WebClient;
  readonly #stops: (() => void)[] = [];
  readonly #tabs = new Map<string, () => void>();
  readonly #answered = new Set<string>();
  /** What the Incoming list shows now. */
  readonly #incoming = new Set<string>();

  constructor(
    stack: StackInfo,
    readonly ws: string,
    readonly account: OperatorAccount,
    private readonly traffic: Traffic,
  ) {
    this.#client = webClient(stack);
  }

  async start(): Promise<void> {
    const { db, auth } = this.#client;
    await signInWithEmailAndPassword(auth, this.account.email, this.account.password);
    const { ws } = this;
    const uid = this.account.uid;
    const m = this.meter;
    this.#stops.push(
      m.listenQuery('incoming', offeredToMe(db, ws, uid), (s) => {
        for (const change of s.docChanges()) {
          if (change.type === 'removed') this.#incoming.delete(change.doc.id);
          if (change.type !== 'added') continue;
          if (!this.offeredAt.has(change.doc.id)) this.offeredAt.set(change.doc.id, Date.now());
          this.#incoming.add(change.doc.id);
          void this.#consider(change.doc.id);
        }
      }),
      m.listenQuery('mine', assignedToMe(db, ws, uid), (s) => {
        for (const change of s.docChanges()) {
          if (change.type === 'added' && !this.assignedAt.has(change.doc.id))
            this.assignedAt.set(change.doc.id, Date.now());
          if (change.type === 'added') this.#openTab(change.doc.id);
          if (change.type === 'removed') this.#closeTab(change.doc.id);
        }
      }),
      m.listenQuery('transfers', transferredToMe(db, ws, uid), () => {}),
      m.listenQuery('operators', operatorsCollection(db, ws), () => {}),
      m.listenDoc('presence board', teamPresenceRef(db, ws), (s) => {
        this.boardOnline = (s.data() ?? []).filter((p) => p.state === 'online').length;
      }),
      m.listenQuery('internal chats', myInternalChats(db, ws, uid), () => {}),
      m.listenQuery('departments', departmentsCollection(db, ws), () => {}),
      m.listenDoc('workspace', workspaceRef(db, ws), () => {}),
      m.listenQuery('canned', cannedResponsesCollection(db, ws), () => {}),
    );
    if (this.account.admin)
      this.#stops.push(m.listenQuery('admin: ongoing', ongoingChats(db, ws), () => {}));
    m.rulesRead('console listeners', this.#stops.length * RULES_READS.operatorListener);
    await this.meter.answered();
    await this.#beat();
    const timer = setInterval(() => void this.#beat(), HEARTBEAT_INTERVAL_MS);
    this.#stops.push(() => clearInterval(timer));
  }

  async stop(): Promise<void> {
    for (const stop of this.#stops.splice(0)) stop();
    for (const stop of this.#tabs.values()) stop();
    this.#tabs.clear();
    await writeMyPresence(this.#client.db, this.ws, this.account.uid, 'offline').catch(() => {});
    await this.#client.close();
  }

  async #beat() {
    await writeMyPresence(this.#client.db, this.ws, this.account.uid, 'online').catch(() => {});
    this.meter.wrote(1);
    this.meter.rulesRead('heartbeat', RULES_READS.heartbeat);
  }

  /**
   * A person glances at a new offer and clicks Accept if it is still there; a colleague may have
   * been quicker (then the list has dropped it, or the click loses the race).
   */
  async #consider(chatId: string) {
    this.offersSeen.add(chatId);
    await pause(300, 3000);
    if (!this.#incoming.has(chatId)) return;
    this.acceptCalls++;
    try {
      await this.#client.call('acceptChat', { workspaceId: this.ws, chatId });
    } catch {
      this.acceptLost++;
    }
  }

  #openTab(chatId: string) {
    if (this.#tabs.has(chatId)) return;
    const query = chatMessagesQuery(this.#client.db, this.ws, chatId);
    this.meter.rulesRead('operator: messages listener', RULES_READS.operatorMessagesListener);
    this.#tabs.set(
      chatId,
      this.meter.listenQuery('operator: messages', query, (s) => {
        for (const change of s.docChanges()) {
          if (change.type !== 'added') continue;
          const message = change.doc.data();
          if (message.from.kind !== 'visitor' || this.#answered.has(change.doc.id)) continue;
          this.#answered.add(change.doc.id);
          this.traffic.delivered(chatId, message.text, 'operator');
          void this.#reply(chatId, message.text);
        }
      }),
    );
  }

  #closeTab(chatId: string) {
    this.#tabs.get(chatId)?.();
    this.#tabs.delete(chatId);
  }

  async #reply(chatId: string, visitorText: string) {
    await pause(200, 800);
    const text = `re ${visitorText}`;
    const ref = doc(this.#client.db, paths.chatMessages(this.ws, chatId), crypto.randomUUID());
    const author = { uid: this.account.uid, name: this.account.displayName };
    try {
      this.traffic.sending(chatId, text);
      await setDoc(ref, operatorMessageData(author, text));
      this.meter.wrote(1);
      this.meter.rulesRead('operator message', RULES_READS.operatorMessage);
      this.traffic.sent(chatId, text);
    } catch {
      // The visitor closed the chat meanwhile.
    }
  }
}
