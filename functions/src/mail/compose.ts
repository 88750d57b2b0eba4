/** What an off-line message email says; plain text only (visitor input is never HTML). */
export interface OfflineMailInput {
  workspaceName: string;
  name: string;
  email: string;
  message: string;
  pageUrl: string;
  departmentName?: string;
  /** Set when the message came from a chat nobody answered. */
  missedChat?: boolean;
}

export interface ComposedMail {
  subject: string;
  text: string;
  /** absent: replies go to the sender (SMTP_FROM) */
  replyTo?: { name: string; address: string };
}

// Header injection is impossible through nodemailer, but a subject should still be one tidy line.
export const oneLine = (value: string, max: number) => {
  const flat = value.replace(/[\r\n\t]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function composeOfflineMail(input: OfflineMailInput): ComposedMail {
  const what = input.missedChat ? 'Missed chat' : 'Off-line message';
  const subject = `${what} from ${oneLine(input.name, 80)} (${oneLine(input.workspaceName, 60)})`;
  const lines = [
    `${what} for ${input.workspaceName}`,
    '',
    `From: ${input.name} <${input.email}>`,
    input.departmentName ? `Department: ${input.departmentName}` : null,
    input.pageUrl ? `Page: ${input.pageUrl}` : null,
    '',
    input.message,
    '',
    '--',
    'Reply to this email to answer the visitor.',
  ].filter((line): line is string => line !== null);
  return {
    subject,
    text: lines.join('\n'),
    replyTo: { name: oneLine(input.name, 80), address: input.email },
  };
}
