/**
 * Over 300 lines: the widget's one state machine (status, chat, queue, typing, the visit, rating,
 * transcript) in one place; its helpers (QueueFollower, TypingState, visitInput) are files of
 * their own.
 */
import { batch, computed, signal } from '@preact/signals';
import { slidingWindow, VISITOR_MESSAGE_LIMIT } from '../../../utils/domain/rate-limit.ts';
import type { SessionStore } from '../data/session.ts';
import type {
  ChatRating,
  ChatView,
  MessageView,
  OfflineMessageInput,
  StartChatInput,
  Unsubscribe,
  WidgetBackend,
  WidgetStatus,
} from '../data/types.ts';
import { t } from '../i18n/index.ts';
import { describeError, isBlockedRefusal } from './errors.ts';
import { QueueFollower } from './queue-follower.ts';
import { optional, type PageInfo, type Screen } from './screen.ts';
import { TypingState } from './typing.ts';
import { type VisitEnvironment, visitInput } from './visit.ts';

export type { OfflineReason, PageInfo, Screen } from './screen.ts';

/**
 * The widget's state and what the visitor can do, as signals the screens read. It knows the backend
 * only through WidgetBackend: Firebase in the page, an in-memory backend in the component tests.
 */
export class WidgetController {
  readonly screen = signal<Screen>({ kind: 'loading' });
  readonly status = signal<WidgetStatus | null>(null);
  readonly chat = signal<ChatView | null>(null);
  readonly messages = signal<MessageView[]>([]);
  readonly visitor = signal<{ uid: string; name: string; email?: string } | null>(null);
  /** A call is under way: forms disable their submit button. */
  readonly busy = signal(false);
  /** What the visitor typed on the welcome screen, to prefill the off-line form. */
  readonly draft = signal<StartChatInput | null>(null);
  /** The last failure of a visitor action, shown next to the form that caused it. */
  readonly error = signal<string | null>(null);
  /** While queued (ADR 008): the place in the queue (null when not waiting), the offer's deadline. */
  private readonly waiting: QueueFollower;
  readonly queue: QueueFollower['queue'];
  /** What the visitor has typed but not sent, so leaving a message keeps it. */
  readonly composerText = signal('');
  /** What the off-line form starts with after a chat: everything the visitor wrote in it. */
  readonly offlineMessage = signal('');

  /**
   * Who is helping: the name on the chat when the functions write one, else the name on the
   * latest message of the assigned operator (so a transfer doesn't keep showing the previous one).
   */
  readonly operatorName = computed(() => {
    const chat = this.chat.value;
    if (!chat || chat.status === 'queued') return null;
    if (chat.operatorName) return chat.operatorName;
    const fromOperator = this.messages.value
      .filter(
        (m) => m.from.kind === 'operator' && (!chat.operatorId || m.from.uid === chat.operatorId),
      )
      .at(-1);
    return fromOperator?.from.name || null;
  });

  /** Both directions of "is typing…" (ADR 010). */
  readonly typing = new TypingState();
  /** The name of the operator typing now (in an active chat), else null. */
  readonly operatorTyping = computed(() =>
    this.chat.value?.status === 'active'
      ? this.typing.typingOf(this.messages.value, 'operator', this.operatorName.value)
      : null,
  );
  private listeners: Unsubscribe[] = [];
  private visitRecorded: string | null = null; // the chat this page recorded
  /** Recent send times, for the same per-second limit the rules enforce (rate-limit.ts). */
  private sent: number[] = [];

  constructor(
    private readonly backend: WidgetBackend,
    private readonly session: SessionStore,
    private readonly page: () => PageInfo,
    /** The browser's side of Visitor info; without it (tests) no visit is recorded. */
    private readonly environment?: () => VisitEnvironment,
  ) {
    this.waiting = new QueueFollower(backend);
    this.queue = this.waiting.queue;
  }

  /** First open: resume the stored conversation, or ask whether anyone can take a chat. */
  async init(): Promise<void> {
    const stored = this.session.load();
    if (stored) {
      try {
        const uid = await this.backend.visitorUid();
        this.visitor.value = { uid, name: stored.name, ...optional('email', stored.email) };
        this.follow(stored.chatId);
        return;
      } catch {
        this.session.clear(); // identity lost: start over below
      }
    }
    const known = this.session.rememberedVisitor();
    if (known && !this.draft.value) {
      this.draft.value = { visitorName: known.name, ...optional('visitorEmail', known.email) };
    }
    await this.loadStatus();
  }

  async loadStatus(): Promise<void> {
    batch(() => {
      this.screen.value = { kind: 'loading' };
      this.error.value = null;
    });
    try {
      const status = await this.backend.widgetStatus(this.page().pageUrl);
      batch(() => {
        this.status.value = status;
        this.screen.value = status.blocked
          ? { kind: 'blocked' }
          : status.inactive
            ? { kind: 'inactive' }
            : status.available
              ? { kind: 'welcome' }
              : { kind: 'offline', reason: 'unavailable' };
      });
    } catch (error) {
      this.screen.value = { kind: 'failed', message: describeError(error) };
    }
  }

  async startChat(input: StartChatInput): Promise<void> {
    this.draft.value = input;
    await this.act(async () => {
      const uid = await this.backend.visitorUid();
      const result = await this.backend.startChat(input, this.page());
      this.visitor.value = {
        uid,
        name: input.visitorName,
        ...optional('email', input.visitorEmail),
      };
      if ('offline' in result) {
        this.screen.value = { kind: 'offline', reason: 'unavailable' };
        return;
      }
      this.session.rememberVisitor({
        name: input.visitorName,
        ...optional('email', input.visitorEmail),
      });
      this.session.save({
        chatId: result.chatId,
        name: input.visitorName,
        ...optional('email', input.visitorEmail),
      });
      this.follow(result.chatId);
    });
  }

  /** Sends a visitor message; false (and an error shown) when it was refused. */
  async send(text: string): Promise<boolean> {
    const chat = this.chat.value;
    const visitor = this.visitor.value;
    if (!chat || !visitor || chat.status === 'closed' || chat.status === 'missed') return false;
    const rate = slidingWindow(this.sent, Date.now(), VISITOR_MESSAGE_LIMIT);
    this.sent = rate.timestamps;
    if (!rate.allowed) {
      this.error.value = t().sendingTooFast;
      return false;
    }
    this.error.value = null;
    this.typing.sent();
    try {
      await this.backend.sendMessage(chat.id, visitor, text);
      return true;
    } catch (error) {
      this.error.value = describeError(error, t().sendFailed);
      return false;
    }
  }

  /** The visitor typed: at most one typing signal every few seconds (utils/domain/typing.ts). */
  noteTyping(): void {
    const chat = this.chat.value;
    const open = chat?.status === 'queued' || chat?.status === 'active';
    if (open && this.typing.keystroke()) void this.backend.sendTyping(chat.id).catch(() => {});
  }

  async endChat(): Promise<void> {
    const chat = this.chat.value;
    if (!chat) return;
    await this.act(() => this.backend.endChat(chat.id));
  }

  /** The visitor's verdict on the chat that has ended; the chat shows it once recorded. */
  async rate(rating: ChatRating, comment: string): Promise<void> {
    const chat = this.chat.value;
    if (!chat) return;
    await this.act(() => this.backend.rateChat(chat.id, rating, comment.trim() || undefined));
  }

  /** Where the ended chat's transcript was mailed (and whether it went out yet). */
  readonly transcriptMail = signal<{ email: string; sent: boolean } | null>(null);

  async emailTranscript(email: string): Promise<void> {
    const chat = this.chat.value;
    if (!chat) return;
    await this.act(async () => {
      const delivery = await this.backend.emailTranscript(chat.id, email);
      this.transcriptMail.value = { email, sent: delivery === 'sent' };
    });
  }

  /** After a closed chat: forget it and offer the welcome screen again. */
  async newChat(): Promise<void> {
    this.stopFollowing();
    this.session.clear();
    batch(() => {
      this.chat.value = null;
      this.messages.value = [];
      this.transcriptMail.value = null;
    });
    await this.loadStatus();
  }

  /**
   * The waiting visitor gives up waiting: the chat ends and the off-line form opens with their
   * name, email and everything they wrote (sent and still in the box), nothing to retype.
   */
  async leaveMessageInstead(): Promise<void> {
    const chat = this.chat.value;
    if (!chat) return;
    const written = this.writtenSoFar();
    await this.act(async () => {
      await this.backend.endChat(chat.id);
      this.stopFollowing();
      this.session.clear();
      batch(() => {
        this.offlineMessage.value = written;
        this.screen.value = { kind: 'offline', reason: 'queue' };
      });
    });
  }

  /** The visitor's messages of the current chat and the unsent text, as one message. */
  private writtenSoFar(): string {
    const sent = this.messages.value.filter((m) => m.from.kind === 'visitor').map((m) => m.text);
    const unsent = this.composerText.value.trim();
    return [...sent, ...(unsent ? [unsent] : [])].join('\n\n');
  }

  async submitOffline(input: OfflineMessageInput): Promise<void> {
    await this.act(async () => {
      await this.backend.submitOfflineMessage(input, this.page().pageUrl);
      this.screen.value = { kind: 'offline-sent', email: input.email };
    });
  }

  dispose = (): void => this.stopFollowing();

  private follow(chatId: string) {
    this.stopFollowing();
    batch(() => {
      this.chat.value = null;
      this.messages.value = [];
      this.screen.value = { kind: 'loading' };
    });
    const lost = () => {
      // The chat is gone or no longer ours (e.g. a new anonymous identity): start afresh.
      this.stopFollowing();
      this.session.clear();
      this.chat.value = null;
      void this.loadStatus();
    };
    this.listeners.push(
      this.backend.watchChat(
        chatId,
        (chat) => {
          if (!chat) return lost();
          batch(() => {
            this.chat.value = chat;
            if (chat.status === 'missed') {
              this.session.clear();
              this.offlineMessage.value = this.writtenSoFar();
              this.screen.value = { kind: 'offline', reason: 'missed' };
            } else if (this.screen.value.kind === 'loading') {
              this.screen.value = { kind: 'chat' };
            }
          });
          this.waiting.follow(chat);
          if (chat.status === 'queued' || chat.status === 'active') this.recordVisit(chatId);
        },
        lost,
      ),
      this.backend.watchOperatorTyping(chatId, (signal, fresh) =>
        this.typing.received(signal, fresh),
      ),
      this.backend.watchMessages(
        chatId,
        (messages) => {
          this.messages.value = messages;
        },
        (error) => {
          this.error.value = describeError(error, t().loadFailed);
        },
      ),
    );
  }

  private stopFollowing() {
    for (const stop of this.listeners.splice(0)) stop();
    this.waiting.follow(null);
    this.typing.reset();
  }

  /** This page joins the chat's visited pages in Visitor info: one write a page and chat. */
  private recordVisit(chatId: string) {
    if (!this.environment || this.visitRecorded === chatId) return;
    this.visitRecorded = chatId;
    const pages = this.session.visitedPages(chatId);
    const visit = visitInput(this.environment(), this.page(), pages, Date.now());
    this.session.saveVisitedPages(chatId, visit.pages);
    void this.backend.saveVisit(chatId, visit).catch(() => {});
  }

  private async act(action: () => Promise<void>) {
    batch(() => {
      this.busy.value = true;
      this.error.value = null;
    });
    try {
      await action();
    } catch (error) {
      if (isBlockedRefusal(error)) this.screen.value = { kind: 'blocked' };
      else this.error.value = describeError(error);
    } finally {
      this.busy.value = false;
    }
  }
}
