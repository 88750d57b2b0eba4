/**
 * The Firestore data model of docs/architecture.md "Data model" as TypeScript types, shared by
 * the extension's data layer (web SDK), the widget and the functions (firebase-admin).
 * Over 300 lines: the whole model in one file, read side by side with the architecture's table.
 *
 * Timestamps are the type parameter `T` (default `Date`): the pure domain code works with `Date`,
 * while a converter may choose to expose the SDK's own `Timestamp` (`Chat<Timestamp>`) or keep a
 * `FieldValue` sentinel on the way in (`Chat<FieldValue>` for a write). Document ids are not stored
 * in the documents; `WithId<X>` adds the id a query result carries.
 */

import type { WidgetLook } from './widget-look.ts';

/** A document together with its id (the last path segment). */
export type WithId<D> = D & { id: string };

// ---------------------------------------------------------------- enums

export const ROLES = ['admin', 'normal'] as const;
/** 'admin' = the seed manual's Administrator; 'normal' = its Normal role. */
export type Role = (typeof ROLES)[number];

export const ROUTING_MODES = ['all', 'departments', 'url'] as const;
/** One enum makes department and URL routing mutually exclusive, as the seed manual requires. */
export type RoutingMode = (typeof ROUTING_MODES)[number];

/** How a routed chat is offered (ADR 008): everyone at once, or one operator at a time. */
export const OFFER_MODES = ['all', 'one'] as const;
export type OfferMode = (typeof OFFER_MODES)[number];

export const CHAT_STATUSES = ['queued', 'active', 'closed', 'missed'] as const;
export type ChatStatus = (typeof CHAT_STATUSES)[number];

export const PRESENCE_STATES = ['online', 'away', 'offline'] as const;
export type PresenceState = (typeof PRESENCE_STATES)[number];

export const MESSAGE_AUTHOR_KINDS = ['visitor', 'operator', 'system'] as const;
export type MessageAuthorKind = (typeof MESSAGE_AUTHOR_KINDS)[number];

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const INVOICE_STATUSES = ['open', 'paid', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** ISO 4217 codes the billing module knows how to format. */
export type CurrencyCode = string;

// ---------------------------------------------------------------- workspaces/{ws}

export interface Workspace<T = Date> {
  name: string;
  /** Monthly price of one active operator seat, in the currency's minor unit (cents). */
  seatPrice: number;
  currency: CurrencyCode;
  routingMode: RoutingMode;
  createdAt: T;
  /** Seconds a queued chat waits for an accept before it is marked missed (default 180). */
  queueTimeoutSeconds?: number;
  /** Seconds a transfer request waits for /a before it lapses (default 60). */
  transferTimeoutSeconds?: number;
  /** How a chat is offered (ADR 008): everyone at once (default) or one at a time. */
  offerMode?: OfferMode;
  /** One at a time: seconds an operator has to accept before the offer moves on (default 30). */
  offerSeconds?: number;
  /** Days transcripts are kept after a chat ends (ADR 009); absent = forever. */
  transcriptRetentionDays?: number;
  /**
   * Set by createWorkspace: the creator, whose email must be verified before the widget goes
   * live (`verified: false` until then). Absent on workspaces made before sign-up existed.
   */
  ownerUid?: string;
  verified?: boolean;
  verifiedAt?: T;
  /** Written by the functions as the workspace is set up; the getting-started checklist reads it. */
  onboarding?: WorkspaceOnboarding<T>;
  /** The widget's title, greeting, accent and corner (Control Panel, Widget install; ADR 011). */
  widgetLook?: WidgetLook;
}

/** Milestones only a function can see: the widget answering on a page, the first chat. */
export interface WorkspaceOnboarding<T = Date> {
  widgetSeenAt?: T;
  /** The page the widget first asked from (shown in the checklist). */
  widgetSeenOn?: string;
  firstChatAt?: T;
}

/**
 * workspaces/{ws}/operators/{uid} — written only by the operator callables. The public part of
 * an operator: every colleague reads it (contacts, routing, transfers), so nothing private here.
 */
export interface Operator<T = Date> {
  displayName: string;
  role: Role;
  /** Inactive accounts don't count as seats and are never routed to. */
  active: boolean;
  /** Most concurrent chats this operator takes (routing stops offering at this count). */
  maxChats: number;
  createdAt: T;
}

/**
 * workspaces/{ws}/operatorPrivate/{uid} — written only by the operator callables; read by the
 * operator and admins (ADR 005): what colleagues must not see.
 */
export interface OperatorPrivate<T = Date> {
  email: string;
  /** Connection details for third-party chat clients (the seed manual's "SIP Info"). */
  sip?: SipInfo<T>;
}

export interface SipInfo<T = Date> {
  uri: string;
  /** Readable and unique in the workspace (utils/domain/sip.ts), the digest user name. */
  username: string;
  /** The workspace's SIP domain, also the digest realm. */
  domain: string;
  /** Where clients send their requests (host or host:port; production resolves DNS SRV). */
  proxy?: string;
  /** e.g. ['UDP', 'TCP']. */
  transports?: string[];
  /** When the current SIP password was generated; absent until one is. */
  passwordSetAt?: T;
}

/** workspaces/{ws}/presence/{uid} — the operator writes state + lastSeen; functions activeChats. */
export interface Presence<T = Date> {
  state: PresenceState;
  /** Server time of the last heartbeat; older than 90 s counts as offline (presence.ts). */
  lastSeen: T;
  activeChats: number;
  /** Functions only (ADR 008): one-at-a-time offers this operator let lapse in a row. */
  lapsedOffers?: number;
  /** Functions only: set with `state: 'away'` when lapsed offers made them Away; the console says so. */
  awayForLapses?: T;
}

/** One operator as routing sees them in the routing summary (ADR 006). */
export interface RoutingSummaryOperator {
  active: boolean;
  maxChats: number;
}

/** One operator's presence in the routing summary: the effective state when it was written. */
export interface RoutingSummaryPresence<T = Date> {
  state: PresenceState;
  activeChats: number;
  /** Update time of the presence document this entry came from (later writes win). */
  at: T;
  /** When activeChats (or the state) last changed: "longest idle" orders equal loads (ADR 008). */
  idleSince?: T;
}

/**
 * workspaces/{ws}/summaries/routing — everything routing needs in one document, kept by the
 * functions' triggers when operators, presence, departments or URL routes change (ADR 006), so
 * widgetStatus and startChat read one document whatever the team size.
 */
export interface RoutingSummary<T = Date> {
  operators: Record<string, RoutingSummaryOperator>;
  presence: Record<string, RoutingSummaryPresence<T>>;
  departments: Record<string, Department>;
  urlRoutes: Record<string, UrlRoute>;
  updatedAt: T;
}

/**
 * workspaces/{ws}/summaries/presence — the team's states for the consoles' contact lists; it
 * changes only when someone's state changes (heartbeats go to presence/{uid}, where nobody
 * listens). Kept by the functions (ADR 006).
 */
export interface PresenceBoard<T = Date> {
  /** `lapses`: set when the functions made them Away for letting offers lapse (ADR 008). */
  operators: Record<string, { state: PresenceState; since: T; lapses?: true }>;
  updatedAt: T;
}

/** One waiting chat in the queue summary. */
export interface QueueEntry<T = Date> {
  /** When it joined the queue (FIFO order). */
  at: T;
  /** Who may take it: '*', `department:<id>` or `url:<id>` (queue.ts). */
  pool: string;
  /** Its place in its pool when it joined (the estimate learns seconds per place). */
  places: number;
}

/**
 * workspaces/{ws}/summaries/queue — the chats waiting for a free operator (ADR 008), kept and
 * read by the functions alone.
 */
export interface QueueSummary<T = Date> {
  entries: Record<string, QueueEntry<T>>;
  /** Recent waits in seconds per place (queue.ts rememberWait), newest last. */
  recentWaits: number[];
  updatedAt: T;
}

/**
 * workspaces/{ws}/summaries/queuePlaces — what waiting visitors listen to (ADR 008): written with
 * the queue in the same transaction (queue.ts queuePlaces), as small as it can be, since each
 * waiting visitor receives all of it on every change of the queue.
 */
export interface QueuePlacesBoard<T = Date> {
  /** Each waiting chat's place in its pool (1 = next), by its ticket (queue.ts queueTicket). */
  places: Record<string, number>;
  /** The estimate's seconds per place (queue.ts secondsPerPlace); null before any chat waited. */
  secondsPerPlace: number | null;
  updatedAt: T;
}

/**
 * workspaces/{ws}/chats/{chatId}/stamps/visitor — the visitor's last message (server time, id),
 * written with it in one batch: the rules admit one visitor message per stamp, one stamp per
 * 200 ms (rate-limit.ts). Apart from the chat so that no listener pays for it (ADR 006).
 */
export interface VisitorStamp<T = Date> {
  at: T;
  messageId: string;
}

/**
 * workspaces/{ws}/chats/{chatId}/typing/{visitor|operator} (ADR 010): when that side last said
 * it was typing (server time), written at most every few seconds while typing; readers expire it
 * themselves (utils/domain/typing.ts). The operator's carries the name the visitor sees.
 */
export interface TypingSignal<T = Date> {
  at: T;
  name?: string;
}

/** One page of a visit (epoch ms of the visitor's clock: only the order and rough time matter). */
export interface VisitorPage {
  url: string;
  title: string;
  at: number;
}

/**
 * workspaces/{ws}/chats/{chatId}/context/visitor (ADR 010): the visitor's browser and visit as
 * the widget sees them, rewritten on each page of the chat; read by the chat's operators.
 */
export interface VisitorContext<T = Date> {
  userAgent: string;
  language: string;
  timeZone?: string;
  /** minutes east of UTC */
  utcOffsetMinutes?: number;
  /** the page the visitor is on now */
  page: VisitorPage;
  /** the newest MAX_VISITED_PAGES pages of the chat, oldest first */
  pages: VisitorPage[];
  /** how the visit arrived: the landing page's referrer and utm_* parameters */
  referrer?: string;
  landingUrl?: string;
  campaign?: Record<string, string>;
  updatedAt: T;
}

/** One live block as the functions and the rules look it up (summaries/blocks, ADR 010). */
export interface BlockEntry<T = Date> {
  uid: string;
  emailHash?: string;
  addressHash?: string;
  /** null = until an admin lifts it */
  until: T | null;
}

/** workspaces/{ws}/summaries/blocks (ADR 010): every live block by id. */
export interface BlockSummary<T = Date> {
  entries: Record<string, BlockEntry<T>>;
  updatedAt: T;
}

/** workspaces/{ws}/blocks/{id} (ADR 010): a block as admins see, list and lift it. */
export interface VisitorBlock<T = Date> {
  visitor: { uid: string; name: string; email?: string };
  chatId: string;
  reason: string;
  until: T | null;
  /** what it holds for besides the browser: the email given, the network address seen */
  byEmail: boolean;
  byAddress: boolean;
  createdAt: T;
  createdBy: { uid: string; name: string };
  liftedAt?: T;
  liftedBy?: { uid: string; name: string };
}

/** workspaces/{ws}/cannedResponses/{id} */
export interface CannedResponse<T = Date> {
  /** Typed after `/` in the composer; unique case-insensitively; never a built-in command. */
  shortcut: string;
  /** May hold %VISITOR% and %OPERATOR% (the sender), see canned.ts. */
  text: string;
  createdBy: string;
  updatedAt: T;
}

/** workspaces/{ws}/departments/{id} */
export interface Department {
  name: string;
  operatorIds: string[];
}

/** workspaces/{ws}/urlRoutes/{id}; pattern syntax in routing.ts (`host/path` prefix, `*`). */
export interface UrlRoute {
  pattern: string;
  operatorIds: string[];
}

/** workspaces/{ws}/settings/offline: who receives off-line messages by email. */
export interface OfflineSettings {
  recipientIds: string[];
}

// ---------------------------------------------------------------- chats

export interface ChatVisitor {
  /** The visitor's anonymous Auth uid. */
  uid: string;
  name: string;
  email?: string;
}

export interface ChatTransfer<T = Date> {
  /** uid of the operator handing the chat over. */
  from: string;
  /** uid of the operator asked to take it (accepts with /a). */
  to: string;
  requestedAt: T;
}

/** workspaces/{ws}/chats/{chatId}. status/operatorId/offeredTo/transfer: callables only. */
export interface Chat<T = Date> {
  visitor: ChatVisitor;
  departmentId?: string;
  pageUrl: string;
  referrer?: string;
  status: ChatStatus;
  /**
   * Who the chat is offered to (ADR 008): every available candidate, or one at a time; empty
   * while it waits in the queue (summaries/queue) and once accepted.
   */
  offeredTo: string[];
  /** One at a time: when the current offer lapses and moves to the next operator. */
  offerExpiresAt?: T;
  /** One at a time: operators who let this chat's offer lapse (not offered it again first). */
  passedBy?: string[];
  operatorId?: string;
  /** The assigned operator's display name, written with operatorId (the widget shows it). */
  operatorName?: string;
  transfer?: ChatTransfer<T>;
  createdAt: T;
  /** When the chat went back to the queue (its operator left); the queue timeout counts from it. */
  queuedAt?: T;
  acceptedAt?: T;
  closedAt?: T;
  /** The chat's last state change (functions); messages no longer touch the chat (ADR 006). */
  lastMessageAt: T;
  /**
   * Every operator who has owned the chat (accept, transfer), in order: they may read its
   * transcript once it is over, and its history summary is listed for each (ADR 007).
   */
  participantIds?: string[];
  /** The visitor's verdict after the chat ended (rateChat). */
  rating?: ChatRatingRecord<T>;
}

export const CHAT_RATINGS = ['good', 'bad'] as const;
export type ChatRating = (typeof CHAT_RATINGS)[number];

export interface ChatRatingRecord<T = Date> {
  value: ChatRating;
  comment?: string;
  at: T;
}

/** A summary's rating: the visitor's verdict, or 'none' so that "not rated" can be filtered too. */
export const HISTORY_RATINGS = ['good', 'bad', 'none'] as const;
export type HistoryRating = (typeof HISTORY_RATINGS)[number];

/**
 * workspaces/{ws}/chatHistory/{id} (ADR 007): what History lists and searches of a chat that is
 * over, written by the functions in the transaction that closes it (or marks it missed), so a
 * page of History reads one document per row and never the messages. One entry per scope: '*'
 * (the whole workspace, id = chatId) for admins, and one per participating operator (id =
 * `${chatId}_${uid}`), because Firestore allows one array-contains per query and the search
 * words need it.
 */
export interface ChatHistoryEntry<T = Date> {
  chatId: string;
  /** Whom this row is listed for: '*' = the workspace (admins), else that operator's uid. */
  scope: string;
  outcome: 'closed' | 'missed';
  visitor: ChatVisitor;
  departmentId?: string;
  pageUrl: string;
  /** The operators who took part, in order, and their names at close time. */
  operatorIds: string[];
  operatorNames: string[];
  createdAt: T;
  acceptedAt?: T;
  closedAt: T;
  /** Visitor and operator messages (system notes not counted). */
  messageCount: number;
  rating: HistoryRating;
  ratingComment?: string;
  /** Normalised search words (search-words.ts historyWords), at most MAX_HISTORY_WORDS. */
  words: string[];
  /** The first operator message and its author (reports' first-response time, ADR 009). */
  firstResponseAt?: T;
  firstResponderId?: string;
}

/**
 * workspaces/{ws}/reportDays/{day}_{scope} (ADR 009): one UTC day's figures for the workspace
 * (scope '*') or one operator (scope = uid), kept by the reportChat / reportOfflineMessage
 * triggers; a report of a range reads only these. `responseBuckets` counts first-response times
 * per bucket of utils/domain/reports.ts RESPONSE_BUCKET_BOUNDS_S (stored as a map b0…b13).
 */
export interface ReportDay {
  /** 'YYYY-MM-DD' (UTC) */
  day: string;
  scope: string;
  /** Chats that ended (closed or missed) and, of them, missed. */
  chats: number;
  missed: number;
  responseCount: number;
  responseMsTotal: number;
  responseBuckets: number[];
  durationCount: number;
  durationMsTotal: number;
  ratedGood: number;
  ratedBad: number;
  offlineMessages: number;
}

/**
 * workspaces/{ws}/reportMarks/{id} (ADR 009): what a chat (id = chatId) or an off-line message
 * (id = `offline-<id>`) already added to the reports, so a retried trigger adds nothing twice and
 * a later rating replaces the earlier figures. Functions only.
 */
export interface ReportMark<T = Date> {
  /** The chat's counted figures, or the off-line message's day. */
  counted: ReportInput | { day: string; offlineMessage: true };
  at: T;
}

/** What a chat's workspace summary adds to the reports (utils/domain/reports.ts reportInput). */
export interface ReportInput {
  day: string;
  outcome: ChatHistoryEntry['outcome'];
  operatorIds: string[];
  /** Who sent the first operator message (gets the response time), and how long it took. */
  firstResponderId?: string;
  responseMs?: number;
  /** Accepted → closed. */
  durationMs?: number;
  rating: HistoryRating;
}

export interface MessageAuthor {
  kind: MessageAuthorKind;
  /** Absent for system notes. */
  uid?: string;
  name: string;
}

/** workspaces/{ws}/chats/{chatId}/messages/{id} */
export interface ChatMessage<T = Date> {
  from: MessageAuthor;
  text: string;
  sentAt: T;
}

/** workspaces/{ws}/internalChats/{uidA_uidB}: chat between two operators. */
export interface InternalChat<T = Date> {
  /** Exactly two uids, sorted; the document id is `${members[0]}_${members[1]}`. */
  members: [string, string];
  lastMessageAt: T;
}

/** workspaces/{ws}/internalChats/{id}/messages/{id} */
export interface InternalMessage<T = Date> {
  from: { uid: string; name: string };
  text: string;
  sentAt: T;
}

// ---------------------------------------------------------------- off-line messages

export interface OfflineDelivery<T = Date> {
  status: DeliveryStatus;
  /** Recipient email addresses at the time of sending. */
  to: string[];
  attempts: number;
  lastError?: string;
  /** When the next retry is due (backoff), while status is 'pending'. */
  nextAttemptAt?: T;
  sentAt?: T;
}

/** workspaces/{ws}/offlineMessages/{id} — written by submitOfflineMessage and the mailer. */
export interface OfflineMessage<T = Date> {
  name: string;
  email: string;
  message: string;
  departmentId?: string;
  pageUrl: string;
  createdAt: T;
  delivery: OfflineDelivery<T>;
  /** Set when the message came from a missed chat rather than the form. */
  chatId?: string;
  /** Marked handled in the off-line inbox (updateOfflineMessage), by whom and when. */
  handled?: { by: string; name: string; at: T };
}

/**
 * workspaces/{ws}/transcriptMails/{id} (ADR 007): a chat's transcript the visitor asked for by
 * email (delivery.to = that address), sent and retried like an off-line message. Functions only.
 */
export interface TranscriptMail<T = Date> {
  chatId: string;
  createdAt: T;
  delivery: OfflineDelivery<T>;
}

// ---------------------------------------------------------------- billing and audit

/** workspaces/{ws}/invoices/{period} — written by closeBillingPeriod only; id = period. */
export interface Invoice<T = Date> {
  /** 'YYYY-MM' */
  period: string;
  seats: number;
  /** Minor units, as on the workspace at the time of closing. */
  seatPrice: number;
  /** seats x seatPrice, minor units. */
  total: number;
  currency: CurrencyCode;
  status: InvoiceStatus;
  issuedAt: T;
}

/**
 * workspaces/{ws}/seatUsage/{period} — kept by the operator callables; what a period is billed
 * for (utils/domain/seat-usage.ts, ADR 005). Absent for a month in which no seat changed.
 */
export interface SeatUsage {
  /** 'YYYY-MM', also the id. */
  period: string;
  /** Active operator accounts when the month's first change came. */
  startSeats: number;
  /** The most active accounts at any moment of the month: the seats billed. */
  peakSeats: number;
  /** Active accounts after the month's latest change. */
  endSeats: number;
}

/** workspaces/{ws}/paymentMethods/{id}: never a full card number. */
export interface PaymentMethod {
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  holder: string;
  isDefault: boolean;
}

/** workspaces/{ws}/auditLog/{id}: append-only. */
export interface AuditEntry<T = Date> {
  /** uid of whoever acted ('system' for schedules). */
  actor: string;
  /** Dotted verb, e.g. 'operator.created', 'billing.closed'. */
  action: string;
  /** What was acted on (a uid, a document id, a period). */
  target: string;
  at: T;
  /** Optional detail for the log view (never secrets such as passwords). */
  details?: Record<string, string | number | boolean | null>;
}

/**
 * workspaces/{ws}/rateLimits/{uid} (ADR 001): the caller's recent event times (epoch ms) per
 * action ('startChat', 'offlineMessage'), kept by the functions only (rate-limit.ts).
 */
export interface RateLimitLog {
  events: Record<string, number[]>;
  /** the network address of the caller's latest counted call, hashed (ADR 010: blocks) */
  addressHash?: string;
}

/**
 * workspaces/{ws}/sipAccounts/{username} (ADR 004): the operator's SIP password as digests only
 * (HA1 = H(username:realm:password), RFC 8760), keyed by user name so it is unique in the
 * workspace. Functions and the SIP gateway only; the rules refuse every client.
 */
export interface SipAccount<T = Date> {
  uid: string;
  realm: string;
  ha1Md5?: string;
  ha1Sha256?: string;
  passwordSetAt?: T;
}

/** One SIP client's binding (RFC 3261 §10): where to send its MESSAGEs until `expiresAt`. */
export interface SipContact<T = Date> {
  /** The Contact URI the client registered. */
  uri: string;
  callId: string;
  cseq: number;
  expiresAt: T;
  /** The gateway instance holding the connection; only it sends to this contact. */
  instance: string;
  /** The transport flow the REGISTER came in on (the library's flow token data). */
  flow: {
    protocol: string;
    address: string;
    port: number;
    localAddress: string;
    localPort: number;
  };
  userAgent?: string;
}

/**
 * workspaces/{ws}/sipRegistrations/{uid} (ADR 004): the operator's live SIP bindings. Written by
 * the gateway; the operator and admins may read it (the Control Panel shows "registered").
 */
export interface SipRegistration<T = Date> {
  contacts: SipContact<T>[];
  updatedAt: T;
}

// ---------------------------------------------------------------- auth

/** Custom claims the functions put on an operator's ID token. */
export interface OperatorClaims {
  ws: string;
  role: Role;
}
