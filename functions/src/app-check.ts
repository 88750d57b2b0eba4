import { defineBoolean } from 'firebase-functions/params';

/**
 * App Check for the callables the widget uses (widgetStatus, startChat, submitOfflineMessage),
 * which anyone on the internet can call. Off by default, so the local stack and a first
 * deployment work without reCAPTCHA; set ENFORCE_APP_CHECK=true in functions/.env.<project>
 * once the widget's snippet carries data-app-check-key (README, "Going to production").
 */
export const ENFORCE_APP_CHECK = defineBoolean('ENFORCE_APP_CHECK', { default: false });

export const WIDGET_APP_CHECK = { enforceAppCheck: ENFORCE_APP_CHECK };
