import type { TypingSignalView } from '../app/typing.ts';
import type { VisitInput } from '../app/visit.ts';
import type {
  ChatRating,
  ChatView,
  MessageView,
  OfflineMessageInput,
  QueueView,
  StartChatInput,
  StartChatResult,
  WidgetBackend,
  WidgetStatus,
} from '../data/types.ts';

/**
 * An in-memory WidgetBackend for the controller and component tests: it records what the widget
 * asked and lets the test play the server's part (accept, close, miss a chat, operator messages).
 * The real one (firebase-backend.ts) is exercised by tests/browser/widget-*.test.ts.
 */
export class MemoryBackend implements WidgetBackend {
  uid = 'visitor-1';
  status: WidgetStatus = { available: true, routingMode: 'all', departments: [] };
  startResult: StartChatResult | null = null;
  failNext: Partial<
    Record<'widgetStatus' | 'startChat' | 'offline' | 'send' | 'end' | 'rate' | 'transcript', Error>
  > = {};
  readonly started: StartChatInput[] = [];
  readonly offline: OfflineMessageInput[] = [];
  readonly chats = new Map<string, ChatView>();
  readonly messages = new Map<string, MessageView[]>();
  private chatWatchers = new Map<string, Set<(chat: ChatView | null) => void>>();
  private messageWatchers = new Map<string, Set<(messages: MessageView[]) => void>>();
  private nextId = 1;

  async visitorUid() {
    return this.uid;
  }

  async widgetStatus() {
    this.throwIfFailing('widgetStatus');
    return this.status;
  }

  async startChat(input: StartChatInput): Promise<StartChatResult> {
    this.throwIfFailing('startChat');
    this.started.push(input);
    if (this.startResult) return this.startResult;
    const id = `chat-${this.nextId++}`;
    this.chats.set(id, {
      id,
      status: 'queued',
      visitor: { uid: this.uid, name: input.visitorName },
      createdAt: new Date(),
      closedAt: null,
      waiting: false,
      offerExpiresAt: null,
    });
    this.messages.set(id, []);
    return { chatId: id };
  }

  async submitOfflineMessage(input: OfflineMessageInput) {
    this.throwIfFailing('offline');
    this.offline.push(input);
  }

  watchChat(chatId: string, onChat: (chat: ChatView | null) => void) {
    const watchers = this.chatWatchers.get(chatId) ?? new Set();
    this.chatWatchers.set(chatId, watchers);
    watchers.add(onChat);
    queueMicrotask(() => onChat(this.chats.get(chatId) ?? null));
    return () => watchers.delete(onChat);
  }

  watchMessages(chatId: string, onMessages: (messages: MessageView[]) => void) {
    const watchers = this.messageWatchers.get(chatId) ?? new Set();
    this.messageWatchers.set(chatId, watchers);
    watchers.add(onMessages);
    queueMicrotask(() => onMessages(this.messages.get(chatId) ?? []));
    return () => watchers.delete(onMessages);
  }

  /** The server's queue per chat (setQueue plays the functions). */
  private queueWatchers = new Map<string, Set<(queue: QueueView | null) => void>>();
  readonly queues = new Map<string, QueueView | null>();
  readonly advanced: string[] = [];

  watchQueue(chatId: string, onQueue: (queue: QueueView | null) => void) {
    const watchers = this.queueWatchers.get(chatId) ?? new Set();
    this.queueWatchers.set(chatId, watchers);
    watchers.add(onQueue);
    queueMicrotask(() => onQueue(this.queues.get(chatId) ?? null));
    return () => watchers.delete(onQueue);
  }

  setQueue(chatId: string, queue: QueueView | null) {
    this.queues.set(chatId, queue);
    for (const watcher of this.queueWatchers.get(chatId) ?? []) watcher(queue);
  }

  async advanceOffer(chatId: string) {
    this.advanced.push(chatId);
  }

  async sendMessage(chatId: string, from: { uid: string; name: string }, text: string) {
    this.throwIfFailing('send');
    this.addMessage(chatId, { kind: 'visitor', ...from }, text);
  }

  async endChat(chatId: string) {
    this.throwIfFailing('end');
    this.updateChat(chatId, { status: 'closed', closedAt: new Date() });
  }

  async rateChat(chatId: string, rating: ChatRating) {
    this.throwIfFailing('rate');
    this.updateChat(chatId, { rating });
  }

  readonly transcripts: { chatId: string; email: string }[] = [];

  async emailTranscript(chatId: string, email: string) {
    this.throwIfFailing('transcript');
    this.transcripts.push({ chatId, email });
    return 'sent' as const;
  }

  readonly typingSent: string[] = [];
  readonly visits: { chatId: string; visit: VisitInput }[] = [];
  private typingWatchers = new Map<string, (s: TypingSignalView | null, fresh: boolean) => void>();

  watchOperatorTyping(
    chatId: string,
    onSignal: (signal: TypingSignalView | null, fresh: boolean) => void,
  ) {
    this.typingWatchers.set(chatId, onSignal);
    queueMicrotask(() => onSignal(null, false));
    return () => this.typingWatchers.delete(chatId);
  }

  async sendTyping(chatId: string) {
    this.typingSent.push(chatId);
  }

  async saveVisit(chatId: string, visit: VisitInput) {
    this.visits.push({ chatId, visit });
  }

  // ---- the server's side

  /** The operator's typing signal arrives (server time `at`). */
  operatorTypes(chatId: string, at: number, name?: string) {
    this.typingWatchers.get(chatId)?.({ at, ...(name ? { name } : {}) }, true);
  }

  updateChat(chatId: string, change: Partial<ChatView>) {
    const chat = { ...this.chats.get(chatId)!, ...change };
    this.chats.set(chatId, chat);
    for (const watcher of this.chatWatchers.get(chatId) ?? []) watcher(chat);
  }

  addMessage(chatId: string, from: MessageView['from'], text: string) {
    const list = [
      ...(this.messages.get(chatId) ?? []),
      { id: `m${this.nextId++}`, from, text, sentAt: new Date(), pending: false },
    ];
    this.messages.set(chatId, list);
    for (const watcher of this.messageWatchers.get(chatId) ?? []) watcher(list);
  }

  watcherCount(chatId: string) {
    return (
      (this.chatWatchers.get(chatId)?.size ?? 0) + (this.messageWatchers.get(chatId)?.size ?? 0)
    );
  }

  private throwIfFailing(what: keyof MemoryBackend['failNext']) {
    const error = this.failNext[what];
    if (error) {
      delete this.failNext[what];
      throw error;
    }
  }
}

/** An error shaped like the SDKs' (FirebaseError with code and message). */
export function sdkError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}
