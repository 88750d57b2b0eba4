/**
 * Request and response shapes of every callable in docs/architecture.md "Callables" (functions,
 * region us-central1).
 * Over 300 lines: every callable's types and the registry in one file, read side by side with the
 * architecture's Callables table.
 * The functions validate each request with validation.ts and answer an HttpsError whose code is
 * one of CallableErrorCode; clients import these types for `httpsCallable<Req, Res>(name)`.
 * Timestamps cross the wire as ISO 8601 strings (callables serialize JSON).
 */
import type { ChatRating, DeliveryStatus, Role, RoutingMode } from './model.ts';
import type { WidgetLook } from './widget-look.ts';

export const CALLABLE_REGION = 'us-central1';

/** The HttpsError codes the callables use (docs/architecture.md "Callables"), to switch on. */
export type CallableErrorCode =
  | 'invalid-argument'
  | 'permission-denied'
  | 'unauthenticated'
  | 'not-found'
  | 'failed-precondition'
  | 'already-exists'
  | 'resource-exhausted';

// ---------------------------------------------------------------- operator accounts

/** Admin only. Omit `password` to have a strong random one generated and returned once. */
export interface CreateOperatorRequest {
  workspaceId: string;
  email: string;
  displayName: string;
  role: Role;
  password?: string;
  /** Defaults to DEFAULT_MAX_CHATS (validation.ts). */
  maxChats?: number;
}
export interface CreateOperatorResponse {
  uid: string;
  /** Present only when it was generated; shown to the admin once and never stored. */
  password?: string;
}

/**
 * Admin: every field of any operator in the workspace. An operator: only their own displayName
 * and password. The last admin can't be demoted or deactivated (failed-precondition).
 */
export interface UpdateOperatorRequest {
  workspaceId: string;
  uid: string;
  displayName?: string;
  email?: string;
  role?: Role;
  active?: boolean;
  maxChats?: number;
  password?: string;
}
export interface UpdateOperatorResponse {
  uid: string;
  /** On deactivation: the operator's chats handed back to the queue or closed (as deleteOperator). */
  requeuedChats?: number;
  closedChats?: number;
}

/** Admin only; closes or re-queues the operator's open chats and frees the seat. */
export interface DeleteOperatorRequest {
  workspaceId: string;
  uid: string;
}
export interface DeleteOperatorResponse {
  uid: string;
  /** Chats that were handed back to the queue or closed because of the deletion. */
  requeuedChats: number;
  closedChats: number;
}

// ---------------------------------------------------------------- sign-up and invitations

/**
 * Public (no sign-in): creates a workspace with its creator as Administrator. Refused with
 * already-exists for a used email, resource-exhausted past the per-address and per-IP limits,
 * invalid-argument for a weak password or a malformed field. The client then signs in with the
 * same email and password (the claims are already on the account) and sends the verification
 * email; the widget stays off until the creator's email is verified.
 */
export interface CreateWorkspaceRequest {
  workspaceName: string;
  displayName: string;
  email: string;
  password: string;
}
export interface CreateWorkspaceResponse {
  workspaceId: string;
  uid: string;
}

/**
 * Admin only: adds an operator without a password and emails them a link to set their own
 * (through the same mail path as off-line messages). `siteUrl` is where the Control Panel serves
 * the widget (the account page sits beside widget.js); only the local emulators take it from the
 * request, a deployment uses its own Hosting address.
 */
export interface InviteOperatorRequest {
  workspaceId: string;
  email: string;
  displayName: string;
  role: Role;
  maxChats?: number;
  siteUrl?: string;
}
export interface InviteOperatorResponse {
  uid: string;
  /** Where the invitation went (the operator's address). */
  sentTo: string;
}

/**
 * The signed-in creator asks the server to look at their (just verified) email again, so the
 * widget goes live at once instead of at the next widget check.
 */
export interface RefreshVerificationRequest {
  workspaceId: string;
}
export interface RefreshVerificationResponse {
  verified: boolean;
}

/**
 * The operator themself or an admin: a new SIP password for the operator's third-party chat
 * client (SIP Info). Returned once; only its digests are stored (ADR 004).
 */
export interface ResetSipPasswordRequest {
  workspaceId: string;
  uid: string;
}
export interface ResetSipPasswordResponse {
  uid: string;
  username: string;
  domain: string;
  password: string;
}

// ---------------------------------------------------------------- widget

/** Public (no auth needed): may the widget offer a live chat on this page right now? */
export interface WidgetStatusRequest {
  workspaceId: string;
  pageUrl: string;
}
export interface WidgetDepartment {
  id: string;
  name: string;
  /** Whether anyone in it can take a chat now (the widget may still list it). */
  available: boolean;
}
export interface WidgetStatusResponse {
  available: boolean;
  routingMode: RoutingMode;
  /** Listed only when routingMode is 'departments' (the "Choose Department" list). */
  departments: WidgetDepartment[];
  /** true while the workspace's creator has not verified their email: show nothing. */
  inactive?: boolean;
  /**
   * The widget's look as the admin set it (only valid parts; absent = the widget's defaults),
   * from the workspace document widgetStatus reads anyway (ADR 011).
   */
  look?: WidgetLook;
  /** true when this visitor is blocked (ADR 010): "chat is not available", no off-line form. */
  blocked?: boolean;
}

/** The visitor (signed in anonymously) starts a chat; their uid becomes chat.visitor.uid. */
export interface StartChatRequest {
  workspaceId: string;
  visitorName: string;
  visitorEmail?: string;
  departmentId?: string;
  pageUrl: string;
  referrer?: string;
}
export type StartChatResponse = { chatId: string; offline?: never } | { offline: true };

export interface SubmitOfflineMessageRequest {
  workspaceId: string;
  name: string;
  email: string;
  message: string;
  departmentId?: string;
  pageUrl: string;
}
export interface SubmitOfflineMessageResponse {
  id: string;
}

// ---------------------------------------------------------------- chats

/** First to accept wins (transaction); the others get failed-precondition. */
export interface AcceptChatRequest {
  workspaceId: string;
  chatId: string;
}
export interface AcceptChatResponse {
  chatId: string;
}

/** A one-at-a-time offer past its deadline moves on (ADR 008); `moved`: it did now. */
export interface AdvanceOfferRequest {
  workspaceId: string;
  chatId: string;
}
export interface AdvanceOfferResponse {
  chatId: string;
  moved: boolean;
}

/** From `/t OperatorName`: the name is resolved server-side too (slash-commands.ts). */
export interface RequestTransferRequest {
  workspaceId: string;
  chatId: string;
  toName: string;
}
export interface RequestTransferResponse {
  chatId: string;
  /** uid of the operator the transfer was offered to. */
  to: string;
  /** When the request lapses unless accepted (ISO 8601). */
  expiresAt: string;
}

/** From `/a`: without chatId, the one pending transfer to the caller (error if several). */
export interface AcceptTransferRequest {
  workspaceId: string;
  chatId?: string;
}
export interface AcceptTransferResponse {
  chatId: string;
}

/** The receiver declines, or the sender cancels, a pending transfer. */
export interface DeclineTransferRequest {
  workspaceId: string;
  chatId: string;
}
export interface DeclineTransferResponse {
  chatId: string;
}

/** The assigned operator, an admin, or the chat's visitor ends the chat. */
export interface CloseChatRequest {
  workspaceId: string;
  chatId: string;
}
export interface CloseChatResponse {
  chatId: string;
}

/**
 * The chat's visitor, once the chat is closed: good or bad and an optional comment (rating again
 * replaces the verdict). The operator sees it on the chat and in History.
 */
export interface RateChatRequest {
  workspaceId: string;
  chatId: string;
  rating: ChatRating;
  comment?: string;
}
export interface RateChatResponse {
  chatId: string;
}

/**
 * The chat's visitor, once the chat is closed: the transcript by email to `email`, sent like an
 * off-line message (retried with backoff when the mail server fails). 3 an hour per visitor.
 */
export interface EmailTranscriptRequest {
  workspaceId: string;
  chatId: string;
  email: string;
}
export interface EmailTranscriptResponse {
  id: string;
  /** 'sent', or 'pending' when the first attempt failed and it will be retried */
  delivery: DeliveryStatus;
}

// ---------------------------------------------------------------- off-line inbox and history (ADR 009)

/**
 * An admin or an off-line recipient acts on an off-line message in the inbox: `retry` a failed
 * delivery (sent again at once, with fresh attempts, to today's recipients), mark it `handled`,
 * or `reopen` it. Audited.
 */
export interface UpdateOfflineMessageRequest {
  workspaceId: string;
  id: string;
  action: 'retry' | 'handled' | 'reopen';
}
export interface UpdateOfflineMessageResponse {
  id: string;
  /** The delivery after a retry: 'sent', 'pending' (will be retried) or 'failed'. */
  delivery: DeliveryStatus;
  handled: boolean;
}

/**
 * Admin only: gives chats that ended before History existed their summaries (and so their
 * report figures), a page of at most `BACKFILL_PAGE` chats per call, after `after` (a chat id).
 * Chats that already have one are left as they are. Call again with `next` until it is null.
 */
export interface BackfillHistoryRequest {
  workspaceId: string;
  after?: string;
}
export interface BackfillHistoryResponse {
  examined: number;
  written: number;
  next: string | null;
}

// ---------------------------------------------------------------- billing

/** Admin only (the monthly schedule runs the same code); idempotent per period. */
export interface CloseBillingPeriodRequest {
  workspaceId: string;
  /** 'YYYY-MM' */
  period: string;
}
export interface CloseBillingPeriodResponse {
  invoiceId: string;
  /** false when the invoice for that period already existed and was returned unchanged. */
  created: boolean;
  seats: number;
  total: number;
  currency: string;
}

// ---------------------------------------------------------------- the registry

/** Callable name -> [request, response], for a typed `httpsCallable` wrapper. */
// ---------------------------------------------------------------- blocking visitors (ADR 010)

/**
 * The chat's operator (or an admin) blocks its visitor: their browser (uid), the email they gave
 * and the network address the functions saw. Their open chats are closed with a note.
 */
export interface BlockVisitorRequest {
  workspaceId: string;
  chatId: string;
  reason: string;
  duration: 'hour' | 'day' | 'week' | 'month' | 'forever';
}
export interface BlockVisitorResponse {
  blockId: string;
  /** ISO 8601; absent = until an admin lifts it */
  until?: string;
  closedChats: number;
}

/** Admin only: ends a block now (idempotent: lifting a lifted block changes nothing). */
export interface LiftBlockRequest {
  workspaceId: string;
  blockId: string;
}
export interface LiftBlockResponse {
  blockId: string;
}

export interface Callables {
  createWorkspace: [CreateWorkspaceRequest, CreateWorkspaceResponse];
  inviteOperator: [InviteOperatorRequest, InviteOperatorResponse];
  refreshVerification: [RefreshVerificationRequest, RefreshVerificationResponse];
  createOperator: [CreateOperatorRequest, CreateOperatorResponse];
  updateOperator: [UpdateOperatorRequest, UpdateOperatorResponse];
  deleteOperator: [DeleteOperatorRequest, DeleteOperatorResponse];
  widgetStatus: [WidgetStatusRequest, WidgetStatusResponse];
  startChat: [StartChatRequest, StartChatResponse];
  acceptChat: [AcceptChatRequest, AcceptChatResponse];
  advanceOffer: [AdvanceOfferRequest, AdvanceOfferResponse];
  requestTransfer: [RequestTransferRequest, RequestTransferResponse];
  acceptTransfer: [AcceptTransferRequest, AcceptTransferResponse];
  declineTransfer: [DeclineTransferRequest, DeclineTransferResponse];
  closeChat: [CloseChatRequest, CloseChatResponse];
  rateChat: [RateChatRequest, RateChatResponse];
  emailTranscript: [EmailTranscriptRequest, EmailTranscriptResponse];
  submitOfflineMessage: [SubmitOfflineMessageRequest, SubmitOfflineMessageResponse];
  closeBillingPeriod: [CloseBillingPeriodRequest, CloseBillingPeriodResponse];
  updateOfflineMessage: [UpdateOfflineMessageRequest, UpdateOfflineMessageResponse];
  backfillHistory: [BackfillHistoryRequest, BackfillHistoryResponse];
  resetSipPassword: [ResetSipPasswordRequest, ResetSipPasswordResponse];
  blockVisitor: [BlockVisitorRequest, BlockVisitorResponse];
  liftBlock: [LiftBlockRequest, LiftBlockResponse];
}
export type CallableName = keyof Callables;
export type CallableRequest<N extends CallableName> = Callables[N][0];
export type CallableResponse<N extends CallableName> = Callables[N][1];

export const CALLABLE_NAMES = [
  'createWorkspace',
  'inviteOperator',
  'refreshVerification',
  'createOperator',
  'updateOperator',
  'deleteOperator',
  'widgetStatus',
  'startChat',
  'acceptChat',
  'advanceOffer',
  'requestTransfer',
  'acceptTransfer',
  'declineTransfer',
  'closeChat',
  'rateChat',
  'emailTranscript',
  'submitOfflineMessage',
  'closeBillingPeriod',
  'updateOfflineMessage',
  'backfillHistory',
  'resetSipPassword',
  'blockVisitor',
  'liftBlock',
] as const satisfies readonly CallableName[];
