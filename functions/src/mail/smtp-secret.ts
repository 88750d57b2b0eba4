import { defineSecret } from 'firebase-functions/params';

/**
 * The SMTP password lives in Secret Manager (`firebase functions:secrets:set SMTP_PASS`), never
 * in a plain environment file. Every function that may send mail declares it, and the runtime
 * puts its value into process.env.SMTP_PASS, where smtp-config.ts reads it with the other
 * (non-secret) SMTP_* settings. The emulator reads functions/.secret.local instead.
 */
export const SMTP_PASS = defineSecret('SMTP_PASS');

/** Options for functions that send mail. */
export const MAIL_SECRETS = { secrets: [SMTP_PASS] };
