/**
 * What the widget sees of the data model (docs/architecture.md "Data model"): the visitor's own
 * chat and its messages, and the callables' answers. Timestamps are Dates here; converters.ts
 * maps Firestore's shapes.
 */

import type {
  ChatRating,
  ChatStatus,
  MessageAuthor,
  RoutingMode,
} from '../../../utils/domain/model.ts';
import type { WidgetLook } from '../../../utils/domain/widget-look.ts';
import type { TypingSignalView } from '../app/typing.ts';
import type { VisitInput } from '../app/visit.ts';

export type { ChatRating, ChatStatus, RoutingMode };

/** The visitor's view of chats/{id}. */
export interface ChatView {
  id: string;
  status: ChatStatus;
  visitor: { uid: string; name: string; email?: string };
  departmentId?: string;
  operatorId?: string;
  /** Written by acceptChat/acceptTransfer when present; the widget falls back to messages. */
  operatorName?: string;
  createdAt: Date | null;
  closedAt: Date | null;
  /** The visitor's verdict once the chat has ended (rateChat). */
  rating?: ChatRating;
  /** Queued and offered to nobody: waiting in the queue for a free operator (ADR 008). */
  waiting: boolean;
  /** One at a time: when the current offer moves on unless accepted. */
  offerExpiresAt: Date | null;
}

/** Where a waiting chat stands (summaries/queuePlaces). */
export interface QueueView {
  position: number;
  /** Seconds, from recent waits; null until there is a history to estimate from. */
  estimatedWaitSeconds: number | null;
}

/** The visitor's view of chats/{id}/messages/{id}. */
export interface MessageView {
  id: string;
  from: MessageAuthor;
  text: string;
  /** null only for an own message whose server timestamp has not come back yet */
  sentAt: Date | null;
  /** true while the write has not reached the server */
  pending: boolean;
}

export interface DepartmentChoice {
  id: string;
  name: string;
  /** Whether someone in it could take a chat now (widgetStatus); absent = unknown. */
  available?: boolean;
}

export interface WidgetStatus {
  available: boolean;
  routingMode: RoutingMode;
  departments: DepartmentChoice[];
  /** The workspace is not live yet: neither chat nor off-line form. */
  inactive?: boolean;
  /** The admin's title, greeting, accent and corner (only valid parts; absent = defaults). */
  look?: WidgetLook;
  /** This visitor is blocked (ADR 010): "chat is not available", no off-line form. */
  blocked?: boolean;
}

export interface StartChatInput {
  visitorName: string;
  visitorEmail?: string;
  departmentId?: string;
}

export type StartChatResult = { chatId: string } | { offline: true };

export interface OfflineMessageInput {
  name: string;
  email: string;
  message: string;
  departmentId?: string;
}

/** Stops a listener. */
export type Unsubscribe = () => void;

/**
 * Everything the widget asks of the backend. firebase-backend.ts implements it with the Firebase
 * SDKs; the controller only knows this interface.
 */
export interface WidgetBackend {
  /** Signs the visitor in anonymously (or restores the persisted session); resolves to the uid. */
  visitorUid(): Promise<string>;
  widgetStatus(pageUrl: string): Promise<WidgetStatus>;
  startChat(
    input: StartChatInput,
    page: { pageUrl: string; referrer?: string },
  ): Promise<StartChatResult>;
  submitOfflineMessage(input: OfflineMessageInput, pageUrl: string): Promise<void>;
  watchChat(
    chatId: string,
    onChat: (chat: ChatView | null) => void,
    onError: (error: Error) => void,
  ): Unsubscribe;
  watchMessages(
    chatId: string,
    onMessages: (messages: MessageView[]) => void,
    onError: (error: Error) => void,
  ): Unsubscribe;
  /** The chat's place in the waiting queue, null when it is not waiting (any more). */
  watchQueue(
    chatId: string,
    onQueue: (queue: QueueView | null) => void,
    onError: (error: Error) => void,
  ): Unsubscribe;
  /** Asks the functions to move a one-at-a-time offer on at its deadline (ADR 008). */
  advanceOffer(chatId: string): Promise<void>;
  sendMessage(chatId: string, from: { uid: string; name: string }, text: string): Promise<void>;
  endChat(chatId: string): Promise<void>;
  rateChat(chatId: string, rating: ChatRating, comment?: string): Promise<void>;
  /** Mails the ended chat's transcript; 'pending' = the first attempt failed, it is retried. */
  emailTranscript(chatId: string, email: string): Promise<'sent' | 'pending' | 'failed'>;
  /**
   * The operator's typing signal (ADR 010); `fresh` is false for the first snapshot (the signal
   * may be old) and true for each change while listening.
   */
  watchOperatorTyping(
    chatId: string,
    onSignal: (signal: TypingSignalView | null, fresh: boolean) => void,
  ): Unsubscribe;
  /** Says the visitor is typing (server time); the caller throttles it. */
  sendTyping(chatId: string): Promise<void>;
  /** Writes the visitor's browser and visit for the chat's operators (one write a page). */
  saveVisit(chatId: string, visit: VisitInput): Promise<void>;
}
