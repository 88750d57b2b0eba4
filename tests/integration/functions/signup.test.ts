/**
 * createWorkspace, refreshVerification and inviteOperator through the Functions emulator, with
 * Firebase Auth's own verification and reset flows followed through the Auth emulator's links
 * (GET /emulator/v1/projects/<p>/oobCodes) and invitation mail read from the SMTP sink.
 */
import { randomUUID } from 'node:crypto';
import { confirmPasswordReset, sendEmailVerification } from 'firebase/auth';
import { afterAll, describe, expect, it } from 'vitest';
import type { CreateWorkspaceResponse } from '../../../utils/domain/callables.ts';
import {
  admin,
  type Client,
  client,
  closeClients,
  expectError,
  mailTo,
  read,
  setPresence,
  signedIn,
  stack,
} from './support.ts';

afterAll(closeClients);

const PASSWORD = 'Tulip-Harbour-42';
const unique = () => randomUUID().slice(0, 8);
const emailFor = (name: string) => `${name}.${unique()}@signup.test`;

/**
 * Calls createWorkspace over the callable protocol with an X-Forwarded-For header, so each test
 * has its own caller IP for the per-IP limit (the web SDK cannot set headers).
 */
async function createWorkspace(data: Record<string, unknown>, ip = `10.0.0.${unique()}`) {
  const response = await fetch(
    `http://${stack.functionsHost}/${stack.projectId}/us-central1/createWorkspace`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip },
      body: JSON.stringify({ data }),
    },
  );
  const body = (await response.json()) as {
    result?: CreateWorkspaceResponse;
    error?: { status: string; message: string };
  };
  if (body.error) {
    const code = body.error.status.toLowerCase().replace(/_/g, '-');
    throw Object.assign(new Error(body.error.message), { code: `functions/${code}` });
  }
  return body.result!;
}

const signUp = (overrides: Record<string, unknown> = {}, ip?: string) =>
  createWorkspace(
    {
      workspaceName: 'Acme Lamps',
      displayName: 'Ada Founder',
      email: emailFor('ada'),
      password: PASSWORD,
      ...overrides,
    },
    ip,
  );

/** The newest out-of-band link the Auth emulator holds for `email` and `type`. */
async function oobLink(email: string, type: 'VERIFY_EMAIL' | 'PASSWORD_RESET') {
  const response = await fetch(
    `http://${stack.authHost}/emulator/v1/projects/${stack.projectId}/oobCodes`,
  );
  const { oobCodes } = (await response.json()) as {
    oobCodes: { email: string; requestType: string; oobLink: string }[];
  };
  const link = oobCodes.filter((c) => c.email === email && c.requestType === type).at(-1);
  if (!link) throw new Error(`no ${type} link for ${email}`);
  return link.oobLink;
}

/** The creator verifies their email the way a person does: the emailed link, opened. */
async function verifyEmail(creator: Client, email: string) {
  await sendEmailVerification(creator.auth.currentUser!);
  const opened = await fetch(await oobLink(email, 'VERIFY_EMAIL'));
  expect(opened.ok).toBe(true);
}

describe('createWorkspace', () => {
  it('creates the workspace, its defaults and the creator as Administrator', async () => {
    const email = emailFor('ada');
    const created = await signUp({ email, workspaceName: '  Acme   Lamps ' });
    expect(created.workspaceId).toMatch(/^acme-lamps-[a-z0-9]{6}$/);

    const ada = client();
    const user = await ada.signIn({ email, password: PASSWORD });
    expect(user.uid).toBe(created.uid);
    expect((await user.getIdTokenResult()).claims).toMatchObject({
      ws: created.workspaceId,
      role: 'admin',
    });
    const ws = created.workspaceId;
    const workspace = (await admin().db.doc(`workspaces/${ws}`).get()).data();
    expect(workspace).toMatchObject({
      name: 'Acme Lamps',
      routingMode: 'all',
      ownerUid: created.uid,
      verified: false,
    });
    expect(await read(ws, 'settings/offline')).toEqual({ recipientIds: [created.uid] });
    expect(await read(ws, `operators/${created.uid}`)).toMatchObject({
      role: 'admin',
      displayName: 'Ada Founder',
      active: true,
    });
    expect(await read(ws, `operatorPrivate/${created.uid}`)).toMatchObject({ email });
    expect(await read(ws, `presence/${created.uid}`)).toMatchObject({ state: 'offline' });
    const audit = await admin().db.collection(`workspaces/${ws}/auditLog`).get();
    expect(audit.docs.map((d) => d.data().action)).toEqual(['workspace.created']);
  });

  it('keeps the widget off until the creator verifies their email, then ticks the checklist', async () => {
    const email = emailFor('vera');
    const { workspaceId: ws, uid } = await signUp({ email });
    const creator = client();
    await creator.signIn({ email, password: PASSWORD });
    await setPresence(ws, uid, { state: 'online' });
    const visitor = await signedIn();
    const page = 'https://lamps.example/pricing';

    expect(await visitor.call('widgetStatus', { workspaceId: ws, pageUrl: page })).toMatchObject({
      available: false,
      inactive: true,
    });
    await expectError(
      visitor.call('startChat', { workspaceId: ws, visitorName: 'Vic', pageUrl: page }),
      'failed-precondition',
      /not available/,
    );
    await expectError(
      visitor.call('submitOfflineMessage', {
        workspaceId: ws,
        name: 'Vic',
        email: 'vic@example.com',
        message: 'Hello?',
        pageUrl: page,
      }),
      'failed-precondition',
    );
    expect(await creator.call('refreshVerification', { workspaceId: ws })).toEqual({
      verified: false,
    });

    await verifyEmail(creator, email);
    expect(await creator.call('refreshVerification', { workspaceId: ws })).toEqual({
      verified: true,
    });
    const status = await visitor.call('widgetStatus', { workspaceId: ws, pageUrl: page });
    expect(status).toMatchObject({ available: true });
    expect(status.inactive).toBeUndefined();
    const started = await visitor.call('startChat', {
      workspaceId: ws,
      visitorName: 'Vic',
      pageUrl: page,
    });
    expect(started).toHaveProperty('chatId');
    const workspace = (await admin().db.doc(`workspaces/${ws}`).get()).data()!;
    expect(workspace.verified).toBe(true);
    expect(workspace.onboarding.widgetSeenOn).toBe('https://lamps.example');
    expect(workspace.onboarding.widgetSeenAt).toBeDefined();
    expect(workspace.onboarding.firstChatAt).toBeDefined();
  });

  it('refuses a used email, a weak password and malformed fields', async () => {
    const email = emailFor('dup');
    await signUp({ email });
    await expectError(signUp({ email: email.toUpperCase() }), 'already-exists', /already exists/);
    await expectError(signUp({ password: 'password1' }), 'invalid-argument', /stronger password/);
    await expectError(signUp({ password: 'Ada-Founder-2026' }), 'invalid-argument', /name/);
    await expectError(signUp({ email: 'not-an-email' }), 'invalid-argument', /doesn't look right/);
    await expectError(signUp({ workspaceName: '!' }), 'invalid-argument', /workspace name/);
    await expectError(signUp({ displayName: '' }), 'invalid-argument', /display name/);
  });

  it('limits sign-ups per email address', async () => {
    const email = emailFor('again');
    await signUp({ email });
    await expectError(signUp({ email }), 'already-exists');
    await expectError(signUp({ email }), 'already-exists');
    await expectError(signUp({ email }), 'resource-exhausted', /Too many sign-ups/);
  });

  it('limits sign-ups per IP address, trusting only the last forwarded address', async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 5; i++) await signUp({}, ip);
    await expectError(signUp({}, ip), 'resource-exhausted', /Too many sign-ups/);
    // A client-written address in front does not buy a fresh allowance.
    await expectError(signUp({}, `203.0.113.7, ${ip}`), 'resource-exhausted');
  });
});

describe('inviteOperator', () => {
  async function verifiedWorkspace() {
    const email = emailFor('boss');
    const { workspaceId: ws } = await signUp({ email, workspaceName: 'Invite Co' });
    const boss = client();
    await boss.signIn({ email, password: PASSWORD });
    return { ws, boss, email };
  }

  it('is refused until the workspace is verified, and to normal operators', async () => {
    const { ws, boss, email } = await verifiedWorkspace();
    const invite = { workspaceId: ws, email: emailFor('pia'), displayName: 'Pia', role: 'normal' };
    await expectError(boss.call('inviteOperator', invite), 'failed-precondition', /Verify/);
    await verifyEmail(boss, email);
    await boss.call('inviteOperator', invite);
    const pia = client();
    await expectError(pia.call('inviteOperator', invite), 'unauthenticated');
    await expectError(boss.call('inviteOperator', invite), 'already-exists');
  });

  it('emails a link with which the operator chooses their password and signs in', async () => {
    const { ws, boss, email } = await verifiedWorkspace();
    await verifyEmail(boss, email);
    const paula = emailFor('paula');
    const siteUrl = 'http://127.0.0.1:5173/widget/';
    const invited = await boss.call('inviteOperator', {
      workspaceId: ws,
      email: paula,
      displayName: 'Paula',
      role: 'normal',
      siteUrl,
    });
    expect(invited.sentTo).toBe(paula);
    expect(await read(ws, `operators/${invited.uid}`)).toMatchObject({
      role: 'normal',
      displayName: 'Paula',
      active: true,
    });

    const [mail] = await mailTo(paula);
    expect(mail?.subject).toBe('Ada Founder invited you to Invite Co on Parley');
    const link = new URL(mail!.text.match(/http\S+account\.html\S+/)![0]);
    expect(`${link.origin}${link.pathname}`).toBe(`${siteUrl}account.html`);
    expect(link.searchParams.get('emulator')).toBe(stack.authHost);

    // What the account page does with the link: Firebase's own confirmPasswordReset.
    const page = client();
    await confirmPasswordReset(page.auth, link.searchParams.get('oobCode')!, 'Lantern-Meadow-77');
    const user = await client().signIn({ email: paula, password: 'Lantern-Meadow-77' });
    expect((await user.getIdTokenResult()).claims).toMatchObject({ ws, role: 'normal' });
    const audit = await admin()
      .db.collection(`workspaces/${ws}/auditLog`)
      .where('target', '==', invited.uid)
      .get();
    expect(audit.docs.map((d) => d.data().action)).toEqual(['operator.invited']);
  });
});
