import nodemailer from 'nodemailer';
import type { ComposedMail } from './compose.ts';
import { type SmtpConfig, smtpConfigFromEnv } from './smtp-config.ts';

/** Sends one mail through the configured SMTP server; throws with the server's reason on failure. */
export async function sendMail(
  to: string[],
  mail: ComposedMail,
  config: SmtpConfig | null = smtpConfigFromEnv(),
): Promise<void> {
  if (!config) throw new Error('SMTP is not configured (SMTP_HOST is empty).');
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: config.auth,
    // Fail fast: a callable waits for the first attempt, and the schedule retries anyway.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  try {
    await transport.sendMail({
      from: config.from,
      to,
      replyTo: mail.replyTo,
      subject: mail.subject,
      text: mail.text,
    });
  } finally {
    transport.close();
  }
}
