/** The stack's SMTP sink: the mail Parley sent (off-line messages, invitations). */
import { inject } from 'vitest';
import { eventually } from './wait.ts';

export interface SentMail {
  envelope: { to: string[] };
  to: string[];
  subject: string;
  text: string;
}

/** Waits for the first mail `match` accepts. */
export function waitForMail(
  match: (mail: SentMail) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<SentMail> {
  const { smtp } = inject('stack');
  return eventually(
    async () => ((await (await fetch(smtp.messagesUrl)).json()) as SentMail[]).find(match),
    what,
    timeoutMs,
  );
}

/** The link to the account page in the invitation mail sent to `email`. */
export async function invitationLink(email: string): Promise<string> {
  const mail = await waitForMail(
    (m) => m.envelope.to.includes(email) && /account\.html/.test(m.text),
    `an invitation mail for ${email}`,
  );
  return mail.text.match(/https?:\/\/\S+account\.html\S+/)![0];
}

/**
 * Starts or ends the sink's outage for one address: while it lasts the sink refuses that
 * recipient as a mail server that can't take mail does (421), and nobody else's mail.
 */
export async function mailOutage(address: string, down: boolean): Promise<void> {
  const { smtp } = inject('stack');
  const url = smtp.messagesUrl.replace(/\/messages$/, `/outages/${encodeURIComponent(address)}`);
  const response = await fetch(url, { method: down ? 'PUT' : 'DELETE' });
  if (response.status !== 204)
    throw new Error(`SMTP sink: outage of ${address}: ${response.status}`);
}
