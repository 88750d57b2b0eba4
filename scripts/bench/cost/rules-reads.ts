/**
 * The documents firestore.rules reads for what the benchmark's clients do: each get(), exists()
 * and getAfter() is billed as a document read, once per request however often the rules name the
 * same document (a batch is one request). The emulator does not report them, so the benchmark
 * adds them per request from this table; it follows the rules as they are (firestore.rules,
 * ADR 006), and the rules tests pin the behaviour each count depends on.
 * A listener pays its rules' reads when it starts and again when its ID token is refreshed
 * (about once an hour): the benchmark's runs are shorter than that, so only starts are counted.
 */
export const RULES_READS = {
  /** The chat (the visitor and its status; the stamp rule reads it too, cached) and the stamp as the batch leaves it. */
  visitorMessage: 2,
  /** The chat (its owner and status): the operator's own document is read only for a chat that is not theirs. */
  operatorMessage: 1,
  /** Heartbeat updates trust the claims; none. */
  heartbeat: 0,
  /** An operator's listener on workspace data: their own document (isMember or isAdmin). */
  operatorListener: 1,
  /** An operator's listener on a chat's messages: their own document and the chat. */
  operatorMessagesListener: 2,
  /** The visitor's listener on their chat: decided on the chat itself (resource.data); none. */
  visitorChatListener: 0,
  /** The visitor's listener on their chat's messages: the chat. */
  visitorMessagesListener: 1,
} as const;
