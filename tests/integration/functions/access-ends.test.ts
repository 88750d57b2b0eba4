/**
 * Access ends at once (ADR 005), end to end: a real Auth emulator ID token keeps its claims for
 * up to an hour after an admin deactivates, demotes or deletes its operator, and the operator's
 * very next Firestore read and write (same token, no refresh) are refused by firestore.rules.
 */
import {
  collection,
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  writeBatch,
} from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../../utils/domain/paths.ts';
import {
  acceptedChat,
  type Client,
  closeClients,
  expectError,
  makeWorkspace,
  signedIn,
  type TestWorkspace,
} from './support.ts';

let team: TestWorkspace;
let ada: Client;
afterAll(closeClients);
beforeAll(async () => {
  team = await makeWorkspace({
    operators: [
      { key: 'ada', role: 'admin' },
      { key: 'bea', role: 'admin' },
      { key: 'nora' },
      { key: 'otto' },
      { key: 'pia' },
    ],
  });
  ada = await signedIn(team.ops.ada);
});

const refused = async (attempt: Promise<unknown>) =>
  expect(
    await attempt.then(
      () => 'allowed',
      (e: { code?: string }) => e.code,
    ),
  ).toBe('permission-denied');

/** A message to a colleague, as the console's internal chat writes it (chat + message). */
function internalMessage(client: Client, from: { uid: string; displayName: string }, to: string) {
  const [a, b] = [from.uid, to].sort() as [string, string];
  const chatPath = paths.internalChat(team.ws, `${a}_${b}`);
  const batch = writeBatch(client.db);
  batch.set(doc(client.db, chatPath), { members: [a, b], lastMessageAt: serverTimestamp() });
  batch.set(doc(collection(client.db, `${chatPath}/messages`)), {
    from: { uid: from.uid, name: from.displayName },
    text: 'Are you there?',
    sentAt: serverTimestamp(),
  });
  return batch.commit();
}

/** An operator message in a visitor chat, as the console writes it. */
function operatorMessage(client: Client, name: string, chatId: string, text: string) {
  return setDoc(doc(collection(client.db, paths.chatMessages(team.ws, chatId))), {
    from: { kind: 'operator', uid: client.auth.currentUser!.uid, name },
    text,
    sentAt: serverTimestamp(),
  });
}

describe('an operator signed in with a valid token', () => {
  it('is refused their next read and write once deactivated', async () => {
    const nora = await signedIn(team.ops.nora);
    const otto = team.ops.otto!.uid;
    const { chatId } = await acceptedChat(team.ws, nora);
    const reply = () => operatorMessage(nora, 'Nora', chatId, 'Still here.');
    // Before: the token works.
    await getDocs(collection(nora.db, paths.operators(team.ws)));
    await internalMessage(nora, team.ops.nora!, otto);
    await reply();

    await ada.call('updateOperator', {
      workspaceId: team.ws,
      uid: team.ops.nora!.uid,
      active: false,
    });

    const token = await nora.auth.currentUser!.getIdTokenResult();
    expect(token.claims).toMatchObject({ ws: team.ws, role: 'normal' });
    await refused(getDocs(collection(nora.db, paths.operators(team.ws))));
    await refused(getDocs(collection(nora.db, paths.cannedResponses(team.ws))));
    await refused(internalMessage(nora, team.ops.nora!, otto));
    // Her chat was handed back in the same call, so the rules refuse her reply by the chat alone.
    await refused(reply());
    // What the console watches to notice and sign out.
    const own = await getDoc(doc(nora.db, paths.operator(team.ws, team.ops.nora!.uid)));
    expect(own.data()?.active).toBe(false);
    // The callables refuse the same token (revoked, account disabled).
    await expectError(
      nora.call('updateOperator', {
        workspaceId: team.ws,
        uid: team.ops.nora!.uid,
        displayName: 'N',
      }),
      'unauthenticated',
      /access to this workspace has ended/,
    );
  });

  it("a demoted admin can no longer read or write in colleagues' chats", async () => {
    const bea = await signedIn(team.ops.bea);
    const otto = await signedIn(team.ops.otto);
    const { chatId } = await acceptedChat(team.ws, otto);
    const message = () => operatorMessage(bea, 'Bea', chatId, 'An admin here.');
    await getDoc(doc(bea.db, paths.chat(team.ws, chatId)));
    await message();

    await ada.call('updateOperator', {
      workspaceId: team.ws,
      uid: team.ops.bea!.uid,
      role: 'normal',
    });

    expect((await bea.auth.currentUser!.getIdTokenResult()).claims.role).toBe('admin');
    await refused(getDoc(doc(bea.db, paths.chat(team.ws, chatId))));
    await refused(getDocs(collection(bea.db, paths.chatMessages(team.ws, chatId))));
    await refused(message());
    await expectError(
      bea.call('closeBillingPeriod', { workspaceId: team.ws, period: '2025-01' }),
      'unauthenticated',
    );
  });

  it('is refused their next read and write once deleted', async () => {
    const pia = await signedIn(team.ops.pia);
    await getDocs(collection(pia.db, paths.operators(team.ws)));

    await ada.call('deleteOperator', { workspaceId: team.ws, uid: team.ops.pia!.uid });

    await refused(getDocs(collection(pia.db, paths.operators(team.ws))));
    await refused(internalMessage(pia, team.ops.pia!, team.ops.otto!.uid));
    const own = await getDoc(doc(pia.db, paths.operator(team.ws, team.ops.pia!.uid)));
    expect(own.exists()).toBe(false);
  });
});
