import type { ComposedMail } from './compose.ts';

export interface InvitationMailInput {
  workspaceName: string;
  inviteeName: string;
  inviterName: string;
  inviterEmail: string;
  link: string;
}

const oneLine = (value: string) =>
  value
    .replace(/[\r\n\t]+/g, ' ')
    .trim()
    .slice(0, 80);

/** The invitation an operator receives: who invited them, to what, and the set-password link. */
export function composeInvitationMail(input: InvitationMailInput): ComposedMail {
  const workspace = oneLine(input.workspaceName);
  return {
    subject: `${oneLine(input.inviterName)} invited you to ${workspace} on Parley`,
    text: [
      `Hello ${input.inviteeName},`,
      '',
      `${input.inviterName} added you as a chat operator of ${workspace}.`,
      'Choose your password here (the link works once and expires within hours; after that,',
      'use "Forgot password?" on the sign-in form):',
      '',
      input.link,
      '',
      'Then install the Parley extension and sign in with this email address and that password.',
      '',
      '--',
      `Not expecting this? Ignore this email, or reply to ${input.inviterName}.`,
    ].join('\n'),
    replyTo: { name: oneLine(input.inviterName), address: input.inviterEmail },
  };
}
