/** What the stack's Auth emulator knows: can an account sign in, which links it "emailed". */
import { inject } from 'vitest';

/** Can this email and password sign in (the Auth emulator's REST API)? */
export async function canSignIn(email: string, password: string): Promise<boolean> {
  const { authHost } = inject('stack');
  const response = await fetch(
    `http://${authHost}/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=demo-api-key`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password, returnSecureToken: true }),
    },
  );
  return response.ok;
}

/** The newest link of `type` the Auth emulator holds for `email` (what Firebase would have emailed). */
export async function oobLink(email: string, type: 'VERIFY_EMAIL' | 'PASSWORD_RESET') {
  const { authHost, projectId } = inject('stack');
  const response = await fetch(`http://${authHost}/emulator/v1/projects/${projectId}/oobCodes`);
  const { oobCodes } = (await response.json()) as {
    oobCodes: { email: string; requestType: string; oobLink: string }[];
  };
  const found = oobCodes.filter((c) => c.email === email && c.requestType === type).at(-1);
  if (!found) throw new Error(`no ${type} link for ${email}`);
  return found.oobLink;
}
