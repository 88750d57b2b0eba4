/** Small helpers over the `sip` library's message objects: bodies, URIs, replies. */
import sip, { type SipRequest, type SipStack, type SipUri } from 'sip';

/** The methods the gateway answers (RFC 3261 Allow header). */
export const ALLOWED_METHODS = 'REGISTER, MESSAGE, OPTIONS';

/** Bodies travel as binary strings in the library; these turn them into bytes and back. */
export const bodyBytes = (request: SipRequest) => Buffer.from(request.content ?? '', 'binary');
export const toWire = (text: string) => Buffer.from(text, 'utf8').toString('binary');

export function uriOf(value: string | SipUri | undefined): SipUri | null {
  if (!value) return null;
  return sip.parseUri(value) ?? null;
}

/** A display name as a quoted string (RFC 3261 §25.1 quoted-string). */
export const displayName = (name: string) => `"${name.replace(/["\\\r\n]/g, ' ').trim()}"`;

export interface Reply {
  status: number;
  reason: string;
  headers?: Record<string, unknown>;
  /** Plain text for the Warning header (RFC 3261 §20.43), so clients can show why. */
  warning?: string;
}

export function makeReplier(stack: SipStack, domain: () => string) {
  return (request: SipRequest, reply: Reply) => {
    const headers: Record<string, unknown> = { ...reply.headers };
    // A To tag on final responses (RFC 3261 §8.2.6.2) so a retransmission is matched.
    const to = { ...request.headers.to, params: { ...request.headers.to.params } };
    if (reply.status >= 200 && !to.params.tag) to.params.tag = Math.random().toString(36).slice(2);
    headers.to = to;
    if (reply.warning) {
      headers.warning = `399 ${domain()} ${displayName(reply.warning.slice(0, 200))}`;
    }
    headers.server = 'Parley SIP gateway';
    stack.send(sip.makeResponse(request, reply.status, reply.reason, { headers }));
  };
}
