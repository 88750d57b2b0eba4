/**
 * The invitation's set-password link. Firebase Auth makes the one-time code (a password-reset
 * code, its own flow); the link opens Parley's account page (widget/src/account/), served by
 * Firebase Hosting beside widget.js, which checks the chosen password against Parley's policy.
 */

/** Where the account page lives: PARLEY_SITE_URL, else the project's default Hosting site. */
export function siteUrlFor(
  requested: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  // Only the local emulators take the address from the request (the test stack's demo site
  // runs on a free port), and only a loopback one: a deployment never mails a link elsewhere.
  if (env.FUNCTIONS_EMULATOR === 'true' && requested && isLoopback(requested)) return requested;
  const configured = env.PARLEY_SITE_URL?.trim();
  if (configured) return configured;
  const project = env.GCLOUD_PROJECT ?? JSON.parse(env.FIREBASE_CONFIG ?? '{}').projectId;
  return `https://${project}.web.app/`;
}

function isLoopback(url: string): boolean {
  try {
    const { hostname, protocol } = new URL(url);
    return (
      (protocol === 'http:' || protocol === 'https:') &&
      ['127.0.0.1', 'localhost'].includes(hostname)
    );
  } catch {
    return false;
  }
}

/**
 * Turns Firebase's own reset link (its code and the project's web API key) into a link to the
 * account page. On the emulators the page also needs the Auth emulator's address.
 */
export function invitationLink(
  firebaseLink: string,
  siteUrl: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const source = new URL(firebaseLink);
  const oobCode = source.searchParams.get('oobCode');
  if (!oobCode) throw new Error('Firebase returned a reset link without a code.');
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const link = new URL('account.html', base);
  link.searchParams.set('mode', 'resetPassword');
  link.searchParams.set('oobCode', oobCode);
  link.searchParams.set('apiKey', source.searchParams.get('apiKey') ?? '');
  link.searchParams.set('invite', '1');
  const emulator = env.FIREBASE_AUTH_EMULATOR_HOST;
  if (env.FUNCTIONS_EMULATOR === 'true' && emulator) link.searchParams.set('emulator', emulator);
  return link.toString();
}
