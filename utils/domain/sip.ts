/**
 * SIP Info (the seed manual's connection details for a third-party chat application) and the
 * rules of the SIP gateway that do not need a network: readable user names, the per-workspace SIP
 * domain, the address each chat gets, registration expiry (RFC 3261 §10.3) and what a line typed
 * in a SIP client means. The gateway (sip-gateway/) and the functions share these.
 */
import { parseComposerInput } from './slash-commands.ts';

/** The local stack's base domain; deployments set SIP_DOMAIN. */
export const DEFAULT_SIP_BASE_DOMAIN = 'chat.parley.test';

/** RFC 3261 §10.2.1.1: a client that asks nothing gets an hour; we keep registrations shorter. */
export const REGISTRATION_DEFAULT_S = 600;
/** Shorter than this is refused with 423 Interval Too Brief (RFC 3261 §10.3 step 7). */
export const REGISTRATION_MIN_S = 60;
/** Longer requests are granted this much (a registrar may shorten, never lengthen). */
export const REGISTRATION_MAX_S = 3600;

/** A user name a person can type: lowercase letters, digits, dot, dash; 1-32 characters. */
export const SIP_USERNAME_PATTERN = /^[a-z0-9](?:[a-z0-9.-]{0,30}[a-z0-9])?$/;

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/[.-]{2,}/g, (run) => run[0]!)
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 28)
    .replace(/[.-]+$/, '');
}

/**
 * The readable base of an operator's SIP user name: the email's local part ("nora" from
 * nora@parley.test), else the display name ("ada-lovelace"), else "operator".
 */
export function sipUsernameBase(displayName: string, email: string): string {
  return slug(email.split('@')[0] ?? '') || slug(displayName) || 'operator';
}

/** `base`, or base-2, base-3… whichever is not taken in the workspace. */
export function uniqueSipUsername(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Each workspace is its own SIP domain (and digest realm) under the deployment's base domain, so
 * user names need only be unique inside a workspace: nora@demo.chat.parley.test.
 */
export function workspaceSipDomain(ws: string, baseDomain: string): string {
  return `${ws.toLowerCase()}.${baseDomain.toLowerCase()}`;
}

/** The workspace a SIP host names, or null when it is not one of ours. */
export function workspaceFromSipDomain(host: string, baseDomain: string): string | null {
  const suffix = `.${baseDomain.toLowerCase()}`;
  const lower = host.toLowerCase();
  if (!lower.endsWith(suffix)) return null;
  const ws = lower.slice(0, -suffix.length);
  return /^[a-z0-9-]{1,63}$/.test(ws) ? ws : null;
}

const CHAT_USER_PREFIX = 'chat-';

/**
 * The SIP user of a chat's own address: chat-<chat id>. The whole id (20 characters for the
 * functions' auto ids), so the gateway reads the chat directly; clients show the From display
 * name (the visitor's) rather than the address.
 */
export function chatSipUser(chatId: string): string {
  return `${CHAT_USER_PREFIX}${chatId}`;
}

/** The chat id a SIP user names, or null when the user is not a chat address. */
export function chatIdOf(sipUser: string): string | null {
  if (!sipUser.startsWith(CHAT_USER_PREFIX)) return null;
  const id = sipUser.slice(CHAT_USER_PREFIX.length);
  return /^[A-Za-z0-9_-]{1,100}$/.test(id) ? id : null;
}

export type ExpiryDecision =
  | { kind: 'remove' }
  | { kind: 'too-brief'; minSeconds: number }
  | { kind: 'grant'; seconds: number };

/**
 * RFC 3261 §10.3: Expires 0 removes the binding; a positive value below the minimum is refused
 * with 423 and Min-Expires; longer than the maximum is shortened; none given gets the default.
 */
export function registrationExpiry(requested: number | undefined): ExpiryDecision {
  if (requested === undefined || !Number.isFinite(requested) || requested < 0) {
    return { kind: 'grant', seconds: REGISTRATION_DEFAULT_S };
  }
  if (requested === 0) return { kind: 'remove' };
  if (requested < REGISTRATION_MIN_S) return { kind: 'too-brief', minSeconds: REGISTRATION_MIN_S };
  return { kind: 'grant', seconds: Math.min(Math.floor(requested), REGISTRATION_MAX_S) };
}

export type SipChatIntent =
  | { kind: 'accept' }
  | { kind: 'close' }
  | { kind: 'composer'; raw: string };

/**
 * What a line sent to a chat's address means. The composer's commands (/t, /a, canned
 * shortcuts, messages) keep their meaning; a SIP client has no buttons, so "accept" (the word the
 * offer asks for) and /a take the offered chat, and /close ends it.
 */
export function parseSipChatText(text: string): SipChatIntent {
  const line = text.trim().toLowerCase();
  if (line === 'accept' || line === '/a' || line === '/accept') return { kind: 'accept' };
  if (line === '/close') return { kind: 'close' };
  return { kind: 'composer', raw: text };
}

/** Whether a line is a command (so it does not reach the visitor as text). */
export function isSipCommand(text: string): boolean {
  const intent = parseSipChatText(text);
  return intent.kind !== 'composer' || parseComposerInput(text).kind !== 'message';
}

/** The MESSAGE that offers a new chat to an operator's SIP client. */
export function chatOfferText(offer: {
  visitorName: string;
  pageUrl?: string;
  firstMessage?: string;
}): string {
  const where = offer.pageUrl ? ` on ${offer.pageUrl}` : '';
  const first = offer.firstMessage ? `\n"${offer.firstMessage}"` : '';
  return `New chat from ${offer.visitorName}${where}.${first}\nReply /a or "accept" to take it.`;
}

/** The MESSAGE that offers a transferred chat to its receiver. */
export function transferOfferText(fromName: string, visitorName: string): string {
  return `${fromName} wants to transfer the chat with ${visitorName} to you.\nReply /a or "accept" to take it.`;
}

/** One chat message as the SIP client shows it (the sender's name is the From display name). */
export function sipTextOf(message: { from: { kind: string; name: string }; text: string }): string {
  return message.from.kind === 'system' ? `* ${message.text}` : message.text;
}
