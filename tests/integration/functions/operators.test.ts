/** createOperator, updateOperator, deleteOperator through the Functions emulator. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptedChat,
  admin,
  type Client,
  client,
  closeClients,
  expectError,
  makeWorkspace,
  queuedChat,
  read,
  signedIn,
  type TestWorkspace,
} from './support.ts';

afterAll(closeClients);

let team: TestWorkspace;
let other: TestWorkspace;
let ada: Client;
let nora: Client;

beforeAll(async () => {
  team = await makeWorkspace({
    operators: [{ key: 'ada', role: 'admin' }, { key: 'nora' }, { key: 'otto' }],
  });
  other = await makeWorkspace({ operators: [{ key: 'eve', role: 'admin' }] });
  [ada, nora] = await Promise.all([signedIn(team.ops.ada), signedIn(team.ops.nora)]);
});

const emailFor = (name: string) => `${name}.${team.ws}@parley.test`;
const auditActions = async (target: string) =>
  (
    await admin()
      .db.collection(`workspaces/${team.ws}/auditLog`)
      .where('target', '==', target)
      .get()
  ).docs.map((d) => d.data().action);

describe('createOperator', () => {
  it('generates a strong password when none is given, returned once, and it signs in', async () => {
    const created = await ada.call('createOperator', {
      workspaceId: team.ws,
      email: emailFor('pia'),
      displayName: 'Pia',
      role: 'normal',
    });
    expect(created.password).toBeDefined();
    expect(created.password!.length).toBeGreaterThanOrEqual(16);
    expect(created.password).toMatch(/[a-z]/);
    expect(created.password).toMatch(/[A-Z]/);
    expect(created.password).toMatch(/[0-9]/);

    const pia = client();
    const user = await pia.signIn({ email: emailFor('pia'), password: created.password! });
    expect(user.uid).toBe(created.uid);
    const token = await user.getIdTokenResult();
    expect(token.claims).toMatchObject({ ws: team.ws, role: 'normal' });

    const publicDoc = await read(team.ws, `operators/${created.uid}`);
    expect(publicDoc).toMatchObject({
      displayName: 'Pia',
      role: 'normal',
      active: true,
      maxChats: 5,
    });
    // Colleagues read the public document: nothing private on it (ADR 005).
    expect(publicDoc).not.toHaveProperty('email');
    expect(publicDoc).not.toHaveProperty('sip');
    expect(await read(team.ws, `operatorPrivate/${created.uid}`)).toMatchObject({
      email: emailFor('pia'),
      // A readable SIP user name from the email, unique in the workspace, reserved for SIP Info.
      sip: { username: `pia.${team.ws}`, domain: `${team.ws}.chat.parley.test` },
    });
    expect(await read(team.ws, `sipAccounts/pia.${team.ws}`)).toMatchObject({ uid: created.uid });
    expect(await read(team.ws, `presence/${created.uid}`)).toMatchObject({
      state: 'offline',
      activeChats: 0,
    });
    expect(await auditActions(created.uid)).toEqual(['operator.created']);
    // The password is nowhere in the audit log.
    const audit = await admin().db.collection(`workspaces/${team.ws}/auditLog`).get();
    expect(JSON.stringify(audit.docs.map((d) => d.data()))).not.toContain(created.password);
  });

  it('uses a given password and returns none', async () => {
    const created = await ada.call('createOperator', {
      workspaceId: team.ws,
      email: emailFor('quin'),
      displayName: 'Quin',
      role: 'admin',
      password: 'chosen-password-42',
      maxChats: 3,
    });
    expect(created).toEqual({ uid: expect.any(String) });
    const user = await client().signIn({ email: emailFor('quin'), password: 'chosen-password-42' });
    expect((await user.getIdTokenResult()).claims).toMatchObject({ ws: team.ws, role: 'admin' });
  });

  it('refuses normal operators, admins of other workspaces and signed-out callers', async () => {
    const request = {
      workspaceId: team.ws,
      email: emailFor('mal'),
      displayName: 'Mal',
      role: 'admin',
    };
    await expectError(nora.call('createOperator', request), 'permission-denied', /administrator/);
    await expectError(
      (await signedIn(other.ops.eve)).call('createOperator', request),
      'permission-denied',
    );
    await expectError(client().call('createOperator', request), 'unauthenticated');
    await expectError((await signedIn()).call('createOperator', request), 'permission-denied');
    const taken = await admin()
      .auth.getUserByEmail(emailFor('mal'))
      .catch(() => null);
    expect(taken).toBeNull();
  });

  it('refuses bad input and a taken email', async () => {
    const base = {
      workspaceId: team.ws,
      email: emailFor('rex'),
      displayName: 'Rex',
      role: 'normal',
    };
    await expectError(
      ada.call('createOperator', { ...base, email: 'rex' }),
      'invalid-argument',
      /email/,
    );
    await expectError(
      ada.call('createOperator', { ...base, role: 'owner' }),
      'invalid-argument',
      /role/,
    );
    await expectError(
      ada.call('createOperator', { ...base, password: 'short' }),
      'invalid-argument',
      /stronger password\. Use at least 10 characters/,
    );
    await expectError(
      ada.call('createOperator', { ...base, password: 'rex-is-my-name-2' }),
      'invalid-argument',
      /name or email/,
    );
    await expectError(ada.call('createOperator', { ...base, displayName: '' }), 'invalid-argument');
    await expectError(
      ada.call('createOperator', { ...base, email: team.ops.nora!.email }),
      'already-exists',
      /already exists/,
    );
  });
});

describe('updateOperator', () => {
  it('lets an operator change their own display name and password only', async () => {
    const uid = team.ops.otto!.uid;
    const otto = await signedIn(team.ops.otto);
    const { chatId } = await acceptedChat(team.ws, otto);
    await otto.call('updateOperator', {
      workspaceId: team.ws,
      uid,
      displayName: 'Otto O.',
      password: 'new-password-7',
    });
    expect(await read(team.ws, `operators/${uid}`)).toMatchObject({ displayName: 'Otto O.' });
    // The visitor of Otto's chat sees the new name.
    expect(await read(team.ws, `chats/${chatId}`)).toMatchObject({ operatorName: 'Otto O.' });
    await client().signIn({ email: team.ops.otto!.email, password: 'new-password-7' });

    await expectError(
      otto.call('updateOperator', { workspaceId: team.ws, uid, role: 'admin' }),
      'permission-denied',
      /Only an administrator can change role/,
    );
    await expectError(
      otto.call('updateOperator', { workspaceId: team.ws, uid, maxChats: 20 }),
      'permission-denied',
    );
    await expectError(
      otto.call('updateOperator', {
        workspaceId: team.ws,
        uid: team.ops.nora!.uid,
        displayName: 'X',
      }),
      'permission-denied',
      /another operator's account/,
    );
  });

  it('lets an admin change every field, with claims and audit', async () => {
    const uid = team.ops.nora!.uid;
    await ada.call('updateOperator', {
      workspaceId: team.ws,
      uid,
      role: 'admin',
      maxChats: 8,
      email: emailFor('nora.new'),
    });
    expect(await read(team.ws, `operators/${uid}`)).toMatchObject({ role: 'admin', maxChats: 8 });
    expect(await read(team.ws, `operatorPrivate/${uid}`)).toMatchObject({
      email: emailFor('nora.new'),
    });
    const user = await admin().auth.getUser(uid);
    expect(user.customClaims).toEqual({ ws: team.ws, role: 'admin' });
    expect(user.email).toBe(emailFor('nora.new'));
    expect(await auditActions(uid)).toContain('operator.updated');
    // …and back, so the other tests see a normal operator.
    await ada.call('updateOperator', { workspaceId: team.ws, uid, role: 'normal' });
    expect((await admin().auth.getUser(uid)).customClaims).toEqual({ ws: team.ws, role: 'normal' });
  });

  it('deactivates an account (disabled in Auth)', async () => {
    const solo = await makeWorkspace({
      operators: [{ key: 'ada', role: 'admin' }, { key: 'tom' }],
    });
    const soloAdmin = await signedIn(solo.ops.ada);
    await soloAdmin.call('updateOperator', {
      workspaceId: solo.ws,
      uid: solo.ops.tom!.uid,
      active: false,
    });
    expect((await admin().auth.getUser(solo.ops.tom!.uid)).disabled).toBe(true);
    await expect(client().signIn(solo.ops.tom!)).rejects.toMatchObject({
      code: 'auth/user-disabled',
    });
  });

  it("hands a deactivated operator's chats, offers and transfers back, as deleteOperator does", async () => {
    const shop = await makeWorkspace({
      operators: [{ key: 'ada', role: 'admin' }, { key: 'nora' }, { key: 'otto' }],
    });
    const [shopAdmin, shopNora, shopOtto] = await Promise.all(
      ['ada', 'nora', 'otto'].map((key) => signedIn(shop.ops[key])),
    );
    const [adaUid, noraUid, ottoUid] = ['ada', 'nora', 'otto'].map((key) => shop.ops[key]!.uid);
    const { chatId: ongoing } = await acceptedChat(shop.ws, shopNora!);
    const { chatId: transferred } = await acceptedChat(shop.ws, shopOtto!);
    await shopOtto!.call('requestTransfer', {
      workspaceId: shop.ws,
      chatId: transferred,
      toName: 'Nora',
    });
    const { chatId: waiting } = await queuedChat(shop.ws);

    const result = await shopAdmin!.call('updateOperator', {
      workspaceId: shop.ws,
      uid: noraUid!,
      active: false,
    });
    expect(result).toEqual({ uid: noraUid, requeuedChats: 1, closedChats: 0 });

    const requeued = await read(shop.ws, `chats/${ongoing}`);
    expect(requeued).toMatchObject({ status: 'queued' });
    expect([...requeued!.offeredTo].sort()).toEqual([adaUid, ottoUid].sort());
    expect(requeued?.operatorId).toBeUndefined();
    expect(requeued?.operatorName).toBeUndefined();
    expect(requeued?.queuedAt).toBeDefined();
    expect((await read(shop.ws, `chats/${waiting}`))?.offeredTo).not.toContain(noraUid);
    const withdrawn = await read(shop.ws, `chats/${transferred}`);
    expect(withdrawn).toMatchObject({ status: 'active', operatorId: ottoUid });
    expect(withdrawn?.transfer).toBeUndefined();
    expect(await read(shop.ws, `presence/${noraUid}`)).toMatchObject({ activeChats: 0 });
    const notes = async (chatId: string) =>
      (
        await admin().db.collection(`workspaces/${shop.ws}/chats/${chatId}/messages`).get()
      ).docs.map((d) => d.data().text);
    expect(await notes(ongoing)).toContain('Nora left; waiting for another operator.');
    expect(await notes(transferred)).toContain('The transfer to Nora was withdrawn.');
    // Her session still holds a token until it expires; the callables no longer let her in.
    await expectError(
      shopNora!.call('acceptChat', { workspaceId: shop.ws, chatId: waiting }),
      'unauthenticated',
      /access to this workspace has ended/,
    );
    // Another operator takes the requeued chat over.
    await shopOtto!.call('acceptChat', { workspaceId: shop.ws, chatId: ongoing });
    expect(await read(shop.ws, `chats/${ongoing}`)).toMatchObject({
      status: 'active',
      operatorName: 'Otto',
    });
  });

  it('never leaves a workspace without an active admin', async () => {
    const solo = await makeWorkspace({
      operators: [{ key: 'ada', role: 'admin' }, { key: 'tom' }],
    });
    const soloAdmin = await signedIn(solo.ops.ada);
    const uid = solo.ops.ada!.uid;
    await expectError(
      soloAdmin.call('updateOperator', { workspaceId: solo.ws, uid, role: 'normal' }),
      'failed-precondition',
      /last administrator/,
    );
    await expectError(
      soloAdmin.call('updateOperator', { workspaceId: solo.ws, uid, active: false }),
      'failed-precondition',
      /last administrator/,
    );
    await expectError(
      soloAdmin.call('deleteOperator', { workspaceId: solo.ws, uid }),
      'failed-precondition',
      /last administrator/,
    );
    expect(await read(solo.ws, `operators/${uid}`)).toMatchObject({ role: 'admin', active: true });
  });

  it('refuses other workspaces and unknown operators', async () => {
    await expectError(
      (await signedIn(other.ops.eve)).call('updateOperator', {
        workspaceId: team.ws,
        uid: team.ops.nora!.uid,
        displayName: 'Hacked',
      }),
      'permission-denied',
    );
    await expectError(
      ada.call('updateOperator', {
        workspaceId: team.ws,
        uid: other.ops.eve!.uid,
        displayName: 'X',
      }),
      'not-found',
    );
  });
});

describe('deleteOperator', () => {
  it("requeues the operator's chats, cleans up memberships and deletes the account", async () => {
    const shop = await makeWorkspace({
      operators: [
        { key: 'ada', role: 'admin' },
        { key: 'nora' },
        { key: 'otto', presence: 'offline' },
      ],
      departments: [{ id: 'sales', name: 'Sales', members: ['nora', 'ada'] }],
      offlineRecipients: ['nora'],
    });
    const shopAdmin = await signedIn(shop.ops.ada);
    const shopNora = await signedIn(shop.ops.nora);
    const { chatId } = await acceptedChat(shop.ws, shopNora);

    await expectError(
      shopNora.call('deleteOperator', { workspaceId: shop.ws, uid: shop.ops.otto!.uid }),
      'permission-denied',
    );
    const result = await shopAdmin.call('deleteOperator', {
      workspaceId: shop.ws,
      uid: shop.ops.nora!.uid,
    });
    expect(result).toEqual({ uid: shop.ops.nora!.uid, requeuedChats: 1, closedChats: 0 });

    const requeued = await read(shop.ws, `chats/${chatId}`);
    expect(requeued).toMatchObject({ status: 'queued', offeredTo: [shop.ops.ada!.uid] });
    expect(requeued?.operatorId).toBeUndefined();
    expect(requeued?.operatorName).toBeUndefined();
    expect(await read(shop.ws, `operators/${shop.ops.nora!.uid}`)).toBeUndefined();
    expect(await read(shop.ws, `operatorPrivate/${shop.ops.nora!.uid}`)).toBeUndefined();
    expect(await read(shop.ws, `presence/${shop.ops.nora!.uid}`)).toBeUndefined();
    expect(await read(shop.ws, 'departments/sales')).toMatchObject({
      operatorIds: [shop.ops.ada!.uid],
    });
    expect(await read(shop.ws, 'settings/offline')).toMatchObject({ recipientIds: [] });
    await expect(admin().auth.getUser(shop.ops.nora!.uid)).rejects.toMatchObject({
      code: 'auth/user-not-found',
    });
    const audit = await admin()
      .db.collection(`workspaces/${shop.ws}/auditLog`)
      .where('action', '==', 'operator.deleted')
      .get();
    expect(audit.docs.map((d) => d.data().target)).toEqual([shop.ops.nora!.uid]);
  });

  it('closes chats nobody else can take', async () => {
    const shop = await makeWorkspace({
      operators: [{ key: 'ada', role: 'admin', presence: 'offline' }, { key: 'nora' }],
    });
    const { chatId } = await acceptedChat(shop.ws, await signedIn(shop.ops.nora));
    const result = await (await signedIn(shop.ops.ada)).call('deleteOperator', {
      workspaceId: shop.ws,
      uid: shop.ops.nora!.uid,
    });
    expect(result).toMatchObject({ requeuedChats: 0, closedChats: 1 });
    expect(await read(shop.ws, `chats/${chatId}`)).toMatchObject({ status: 'closed' });
  });

  it('refuses unknown operators and other workspaces', async () => {
    await expectError(
      ada.call('deleteOperator', { workspaceId: team.ws, uid: 'nobody' }),
      'not-found',
    );
    await expectError(
      (await signedIn(other.ops.eve)).call('deleteOperator', {
        workspaceId: team.ws,
        uid: team.ops.otto!.uid,
      }),
      'permission-denied',
    );
    await expectError(ada.call('deleteOperator', { workspaceId: team.ws }), 'invalid-argument');
  });
});
