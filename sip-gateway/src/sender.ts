/**
 * Sends a chat's text to an operator's SIP clients as MESSAGE requests (RFC 3428) from the chat's
 * own address, over the flow each client registered on (RFC 5626 style: back through its UDP
 * address or its open TCP connection, which also works behind NAT). A flow that is gone (430 from
 * the library) or a client that answers 404/410 is reported so its binding can be dropped.
 */
import { randomBytes } from 'node:crypto';
import type { SipStack } from 'sip';
import type { SipContact } from '../../utils/domain/model.ts';
import { chatSipUser } from '../../utils/domain/sip.ts';
import { displayName, toWire } from './sip-io.ts';

export interface Outgoing {
  /** The operator's AOR (To). */
  aor: string;
  domain: string;
  chatId: string;
  /** Shown by the client as the sender: the visitor's name, "Parley" for notes. */
  fromName: string;
  text: string;
}

export interface Delivery {
  contact: SipContact;
  status: number;
  ms: number;
}

const token = () => randomBytes(8).toString('hex');

export function makeSender(stack: SipStack, log: (line: string) => void) {
  let cseq = 1;
  return function send(contact: SipContact, outgoing: Outgoing): Promise<Delivery> {
    const started = performance.now();
    const flow = {
      protocol: contact.flow.protocol,
      address: contact.flow.address,
      port: contact.flow.port,
      local: { address: contact.flow.localAddress, port: contact.flow.localPort },
    };
    const request = {
      method: 'MESSAGE',
      uri: contact.uri,
      headers: {
        to: { uri: outgoing.aor, params: {} },
        from: {
          name: displayName(outgoing.fromName),
          uri: `sip:${chatSipUser(outgoing.chatId)}@${outgoing.domain}`,
          params: { tag: token() },
        },
        'call-id': `${token()}@${outgoing.domain}`,
        cseq: { method: 'MESSAGE', seq: cseq++ },
        'max-forwards': 70,
        'content-type': 'text/plain;charset=UTF-8',
        route: [{ uri: stack.encodeFlowUri(flow), params: {} }],
        via: [],
      },
      content: toWire(outgoing.text),
    };
    return new Promise((resolve) => {
      stack.send(request as unknown as Parameters<SipStack['send']>[0], (response) => {
        if (response.status < 200) return;
        const delivery = { contact, status: response.status, ms: performance.now() - started };
        if (response.status >= 300) {
          log(`message: ${contact.uri} answered ${response.status} ${response.reason}`);
        }
        resolve(delivery);
      });
    });
  };
}

/** Statuses that mean the binding is dead (flow failed, user gone), not a passing hiccup. */
export const isDeadBinding = (status: number) =>
  status === 430 || status === 404 || status === 410 || status === 481;
