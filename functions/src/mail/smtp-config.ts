/**
 * SMTP settings from the environment (documented in the README):
 *   SMTP_HOST    server name; without it no mail is sent and deliveries fail with a clear error
 *   SMTP_PORT    default 465 when SMTP_SECURE=true, else 587
 *   SMTP_SECURE  'true' for implicit TLS (port 465); otherwise STARTTLS is used when offered
 *   SMTP_USER / SMTP_PASS   credentials, when the server wants them
 *   SMTP_FROM    the From header, default 'Parley <no-reply@localhost>'
 */
export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  auth?: { user: string; pass: string };
  from: string;
}

export const DEFAULT_FROM = 'Parley <no-reply@localhost>';

export function smtpConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SmtpConfig | null {
  const host = env.SMTP_HOST?.trim();
  if (!host) return null;
  const secure = env.SMTP_SECURE?.trim().toLowerCase() === 'true';
  const parsedPort = Number.parseInt(env.SMTP_PORT ?? '', 10);
  const port = Number.isInteger(parsedPort) && parsedPort > 0 ? parsedPort : secure ? 465 : 587;
  const user = env.SMTP_USER?.trim();
  return {
    host,
    port,
    secure,
    auth: user ? { user, pass: env.SMTP_PASS ?? '' } : undefined,
    from: env.SMTP_FROM?.trim() || DEFAULT_FROM,
  };
}
