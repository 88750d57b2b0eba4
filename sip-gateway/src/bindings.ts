/**
 * This instance's view of the SIP bindings it holds: the registrations whose connection (flow)
 * ends here, so only this instance can reach those clients. Firestore's sipRegistrations is the
 * truth shared by all instances; this mirror answers "where do I send Nora's MESSAGEs" without a
 * read on every message.
 */
import type { SipContact } from '../../utils/domain/model.ts';

export interface HeldOperator {
  ws: string;
  uid: string;
  /** sip:username@domain, the To of the MESSAGEs we send. */
  aor: string;
  contacts: SipContact[];
}

export const operatorKey = (ws: string, uid: string) => `${ws}/${uid}`;

export class Bindings {
  readonly #held = new Map<string, HeldOperator>();
  readonly #onFirstBinding: ((held: HeldOperator) => void)[] = [];

  /** Replaces what this instance holds for the operator with the contacts it owns. */
  set(ws: string, uid: string, aor: string, contacts: SipContact[], instance: string): void {
    const mine = contacts.filter((c) => c.instance === instance);
    const key = operatorKey(ws, uid);
    const had = this.#held.has(key);
    if (mine.length === 0) {
      this.#held.delete(key);
      return;
    }
    const held = { ws, uid, aor, contacts: mine };
    this.#held.set(key, held);
    if (!had) for (const listener of this.#onFirstBinding) listener(held);
  }

  /** Live contacts of an operator held here (expired ones left out). */
  contactsOf(ws: string, uid: string, now = Date.now()): { aor: string; contacts: SipContact[] } {
    const held = this.#held.get(operatorKey(ws, uid));
    if (!held) return { aor: '', contacts: [] };
    return { aor: held.aor, contacts: held.contacts.filter((c) => c.expiresAt.getTime() > now) };
  }

  isHeld(ws: string, uid: string, now = Date.now()): boolean {
    return this.contactsOf(ws, uid, now).contacts.length > 0;
  }

  all(): HeldOperator[] {
    return [...this.#held.values()];
  }

  /** Called when an operator gets their first binding on this instance (send pending offers). */
  onFirstBinding(listener: (held: HeldOperator) => void): void {
    this.#onFirstBinding.push(listener);
  }
}
