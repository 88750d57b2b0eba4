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
