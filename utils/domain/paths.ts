/**
 * Every Firestore path of docs/architecture.md "Data model" in one place, as slash-separated
 * strings both the web SDK (`doc(db, paths.chat(ws, id))`) and firebase-admin
 * (`db.doc(paths.chat(ws, id))`) accept.
 * Collections end in a collection segment, documents in an id.
 */

const seg = (value: string, what: string): string => {
  // A slash or an empty id would silently address a different document; refuse it here.
  if (value === '' || value.includes('/')) throw new Error(`Invalid ${what} id: "${value}"`);
  return value;
};

export const paths = {
  workspaces: () => 'workspaces',
  workspace: (ws: string) => `workspaces/${seg(ws, 'workspace')}`,

  operators: (ws: string) => `${paths.workspace(ws)}/operators`,
  operator: (ws: string, uid: string) => `${paths.operators(ws)}/${seg(uid, 'operator')}`,
  /** The fields only the operator and admins may read (email, SIP details), ADR 005. */
  operatorPrivates: (ws: string) => `${paths.workspace(ws)}/operatorPrivate`,
  operatorPrivate: (ws: string, uid: string) =>
    `${paths.operatorPrivates(ws)}/${seg(uid, 'operator')}`,

  presences: (ws: string) => `${paths.workspace(ws)}/presence`,
  presence: (ws: string, uid: string) => `${paths.presences(ws)}/${seg(uid, 'presence')}`,

  /**
   * Summaries the functions keep (ADR 006): `routing` (what widgetStatus and startChat read, one
   * document), `presence` (the team's states, what consoles listen to), `queue` and
   * `queuePlaces` (ADR 008).
   */
  summaries: (ws: string) => `${paths.workspace(ws)}/summaries`,
  routingSummary: (ws: string) => `${paths.summaries(ws)}/routing`,
  presenceBoard: (ws: string) => `${paths.summaries(ws)}/presence`,
  /** The waiting queue (ADR 008), for the functions. */
  queueSummary: (ws: string) => `${paths.summaries(ws)}/queue`,
  /** Each waiting chat's place (ADR 008): what waiting visitors listen to. */
  queuePlaces: (ws: string) => `${paths.summaries(ws)}/queuePlaces`,

  /** Every live visitor block in one document: the widget's callables and the rules read it. */
  blockSummary: (ws: string) => `${paths.summaries(ws)}/blocks`,

  /** Visitor blocks as admins list and lift them (ADR 010). */
  blocks: (ws: string) => `${paths.workspace(ws)}/blocks`,
  block: (ws: string, id: string) => `${paths.blocks(ws)}/${seg(id, 'block')}`,

  cannedResponses: (ws: string) => `${paths.workspace(ws)}/cannedResponses`,
  cannedResponse: (ws: string, id: string) => `${paths.cannedResponses(ws)}/${seg(id, 'canned')}`,

  departments: (ws: string) => `${paths.workspace(ws)}/departments`,
  department: (ws: string, id: string) => `${paths.departments(ws)}/${seg(id, 'department')}`,

  urlRoutes: (ws: string) => `${paths.workspace(ws)}/urlRoutes`,
  urlRoute: (ws: string, id: string) => `${paths.urlRoutes(ws)}/${seg(id, 'URL route')}`,

  settings: (ws: string) => `${paths.workspace(ws)}/settings`,
  offlineSettings: (ws: string) => `${paths.settings(ws)}/offline`,

  chats: (ws: string) => `${paths.workspace(ws)}/chats`,
  chat: (ws: string, chatId: string) => `${paths.chats(ws)}/${seg(chatId, 'chat')}`,
  chatMessages: (ws: string, chatId: string) => `${paths.chat(ws, chatId)}/messages`,
  chatMessage: (ws: string, chatId: string, id: string) =>
    `${paths.chatMessages(ws, chatId)}/${seg(id, 'message')}`,
  /** The visitor's rate-limit stamp, apart from the chat so no listener pays for it (ADR 006). */
  visitorStamp: (ws: string, chatId: string) => `${paths.chat(ws, chatId)}/stamps/visitor`,
  /** One side's typing signal, written at most every few seconds while typing (ADR 010). */
  chatTyping: (ws: string, chatId: string, side: 'visitor' | 'operator') =>
    `${paths.chat(ws, chatId)}/typing/${side}`,
  /** The visitor's browser and visit, one write a page; the operator's chat view reads it. */
  visitorContext: (ws: string, chatId: string) => `${paths.chat(ws, chatId)}/context/visitor`,

  /** History summaries of chats that are over (ADR 007), one per scope of a chat. */
  chatHistory: (ws: string) => `${paths.workspace(ws)}/chatHistory`,
  chatHistoryEntry: (ws: string, id: string) =>
    `${paths.chatHistory(ws)}/${seg(id, 'history entry')}`,

  /** Daily report aggregates per scope, and what each chat already added (ADR 009). */
  reportDays: (ws: string) => `${paths.workspace(ws)}/reportDays`,
  reportDay: (ws: string, id: string) => `${paths.reportDays(ws)}/${seg(id, 'report day')}`,
  reportMarks: (ws: string) => `${paths.workspace(ws)}/reportMarks`,
  reportMark: (ws: string, id: string) => `${paths.reportMarks(ws)}/${seg(id, 'report mark')}`,

  internalChats: (ws: string) => `${paths.workspace(ws)}/internalChats`,
  internalChat: (ws: string, id: string) =>
    `${paths.internalChats(ws)}/${seg(id, 'internal chat')}`,
  internalMessages: (ws: string, id: string) => `${paths.internalChat(ws, id)}/messages`,
  internalMessage: (ws: string, chatId: string, id: string) =>
    `${paths.internalMessages(ws, chatId)}/${seg(id, 'message')}`,

  offlineMessages: (ws: string) => `${paths.workspace(ws)}/offlineMessages`,
  offlineMessage: (ws: string, id: string) =>
    `${paths.offlineMessages(ws)}/${seg(id, 'off-line message')}`,

  /** Transcripts a visitor asked for by email, with their delivery log (ADR 007). */
  transcriptMails: (ws: string) => `${paths.workspace(ws)}/transcriptMails`,
  transcriptMail: (ws: string, id: string) =>
    `${paths.transcriptMails(ws)}/${seg(id, 'transcript mail')}`,

  invoices: (ws: string) => `${paths.workspace(ws)}/invoices`,
  /** Invoices are keyed by their period ('YYYY-MM'), which makes closing a period idempotent. */
  invoice: (ws: string, period: string) => `${paths.invoices(ws)}/${seg(period, 'invoice')}`,

  paymentMethods: (ws: string) => `${paths.workspace(ws)}/paymentMethods`,
  paymentMethod: (ws: string, id: string) =>
    `${paths.paymentMethods(ws)}/${seg(id, 'payment method')}`,

  sipAccounts: (ws: string) => `${paths.workspace(ws)}/sipAccounts`,
  sipAccount: (ws: string, username: string) =>
    `${paths.sipAccounts(ws)}/${seg(username, 'SIP account')}`,

  sipRegistrations: (ws: string) => `${paths.workspace(ws)}/sipRegistrations`,
  sipRegistration: (ws: string, uid: string) =>
    `${paths.sipRegistrations(ws)}/${seg(uid, 'SIP registration')}`,

  auditLog: (ws: string) => `${paths.workspace(ws)}/auditLog`,
  auditEntry: (ws: string, id: string) => `${paths.auditLog(ws)}/${seg(id, 'audit entry')}`,
  /** Each admin's pointer to the entry their latest batch appended (the rules' audited()). */
  auditHead: (ws: string, uid: string) =>
    `${paths.workspace(ws)}/auditHeads/${seg(uid, 'audit head')}`,

  /** Active seats per billing period, kept by the operator callables (ADR 005). */
  seatUsages: (ws: string) => `${paths.workspace(ws)}/seatUsage`,
  seatUsage: (ws: string, period: string) => `${paths.seatUsages(ws)}/${seg(period, 'period')}`,

  /** Sign-up attempts, keyed by a hash of the email or IP address (no workspace exists yet). */
  signupLimits: () => 'signupLimits',
  signupLimit: (key: string) => `signupLimits/${seg(key, 'sign-up limit')}`,

  rateLimits: (ws: string) => `${paths.workspace(ws)}/rateLimits`,
  rateLimit: (ws: string, uid: string) => `${paths.rateLimits(ws)}/${seg(uid, 'rate limit')}`,
} as const;

/** The id of the internal chat between two operators: the sorted uids joined by `_`. */
export function internalChatId(uidA: string, uidB: string): string {
  if (uidA === uidB) throw new Error('An internal chat needs two different operators.');
  const [first, second] = [uidA, uidB].sort();
  return `${first}_${second}`;
}

/** The sorted member pair of an internal chat, as stored in `members`. */
export function internalChatMembers(uidA: string, uidB: string): [string, string] {
  const [first, second] = [uidA, uidB].sort() as [string, string];
  return [first, second];
}
