/**
 * How chats are offered (ADR 008), through the Functions emulator: everyone at once, or one
 * operator at a time, least busy first, moving on when an offer lapses (advanceOffer, asked by
 * the waiting visitor) or when its operator leaves online; repeated lapses set Away. The races
 * (two accepts, an accept against a lapse, an accept against going off-line) never leave a chat
 * with two owners or none.
 */
import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, describe, expect, it } from 'vitest';
import { LAPSES_BEFORE_AWAY } from '../../../utils/domain/offers.ts';
import { eventually } from '../../support/wait.ts';
import {
  admin,
  closeClients,
  makeWorkspace,
  queuedChat,
  read,
  routingSummarySettled,
  setPresence,
  signedIn,
  type TestWorkspace,
} from './support.ts';

afterAll(closeClients);

const chatOf = (ws: string, chatId: string) => read(ws, `chats/${chatId}`);
/** Plays the clock: the current offer's deadline is already over. */
const expireOffer = (ws: string, chatId: string) =>
  admin()
    .db.doc(`workspaces/${ws}/chats/${chatId}`)
    .update({ offerExpiresAt: Timestamp.fromMillis(Date.now() - 1000) });

async function oneAtATime(): Promise<TestWorkspace> {
  // Nora is the least busy (no chat), Otto has one; Ada, the admin, is off-line.
  return makeWorkspace({
    offerMode: 'one',
    offerSeconds: 20,
    operators: [
      { key: 'ada', role: 'admin', presence: 'offline' },
      { key: 'nora' },
      { key: 'otto', activeChats: 1 },
    ],
  });
}

describe('everyone at once (the default)', () => {
  it('offers a chat to every available operator, without a deadline', async () => {
    const team = await makeWorkspace({
      operators: [{ key: 'ada', role: 'admin' }, { key: 'nora' }, { key: 'otto' }],
    });
    const { chatId } = await queuedChat(team.ws);
    const chat = await chatOf(team.ws, chatId);
    expect([...chat!.offeredTo].sort()).toEqual(
      [team.ops.ada!.uid, team.ops.nora!.uid, team.ops.otto!.uid].sort(),
    );
    expect(chat?.offerExpiresAt).toBeUndefined();
  });
});

describe('one at a time, least busy first', () => {
  it('offers the least busy operator alone until the deadline, then the next', async () => {
    const team = await oneAtATime();
    const { visitor, chatId } = await queuedChat(team.ws);
    const first = await chatOf(team.ws, chatId);
    expect(first?.offeredTo).toEqual([team.ops.nora!.uid]);
    const deadline = (first!.offerExpiresAt as Timestamp).toMillis();
    expect(deadline - Date.now()).toBeGreaterThan(10_000);
    expect(deadline - Date.now()).toBeLessThanOrEqual(20_000);

    // Asking before the deadline changes nothing.
    expect(await visitor.call('advanceOffer', { workspaceId: team.ws, chatId })).toEqual({
      chatId,
      moved: false,
    });
    await expireOffer(team.ws, chatId);
    expect(await visitor.call('advanceOffer', { workspaceId: team.ws, chatId })).toEqual({
      chatId,
      moved: true,
    });
    const next = await chatOf(team.ws, chatId);
    expect(next).toMatchObject({
      status: 'queued',
      offeredTo: [team.ops.otto!.uid],
      passedBy: [team.ops.nora!.uid],
    });
    expect(await read(team.ws, `presence/${team.ops.nora!.uid}`)).toMatchObject({
      lapsedOffers: 1,
    });
    // Nora no longer reads it; Otto takes it.
    const otto = await signedIn(team.ops.otto);
    await otto.call('acceptChat', { workspaceId: team.ws, chatId });
    expect(await chatOf(team.ws, chatId)).toMatchObject({
      status: 'active',
      operatorId: team.ops.otto!.uid,
    });
    expect((await chatOf(team.ws, chatId))?.offerExpiresAt).toBeUndefined();
  });

  it(`sets an operator Away after ${LAPSES_BEFORE_AWAY} lapsed offers in a row, and says why on the board`, async () => {
    const team = await oneAtATime();
    const nora = team.ops.nora!.uid;
    for (let i = 0; i < LAPSES_BEFORE_AWAY; i++) {
      const { visitor, chatId } = await queuedChat(team.ws);
      expect((await chatOf(team.ws, chatId))?.offeredTo).toEqual([nora]);
      await expireOffer(team.ws, chatId);
      await visitor.call('advanceOffer', { workspaceId: team.ws, chatId });
      // Otto answers, so he stays busier than Nora and she is offered the next one.
      const otto = await signedIn(team.ops.otto);
      await otto.call('acceptChat', { workspaceId: team.ws, chatId });
      await otto.call('closeChat', { workspaceId: team.ws, chatId });
      await routingSummarySettled(team.ws, team.ops.otto!.uid);
    }
    expect(await read(team.ws, `presence/${nora}`)).toMatchObject({
      state: 'away',
      lapsedOffers: 0,
    });
    const board = await eventually(async () => {
      const b = await read(team.ws, 'summaries/presence');
      return b?.operators?.[nora]?.state === 'away' ? b : undefined;
    }, 'the board to show Nora away');
    expect(board.operators[nora]).toMatchObject({ state: 'away', lapses: true });
  });

  it('moves an offer on at once when its operator goes off-line mid-offer', async () => {
    const team = await oneAtATime();
    const { chatId } = await queuedChat(team.ws);
    expect((await chatOf(team.ws, chatId))?.offeredTo).toEqual([team.ops.nora!.uid]);
    await setPresence(team.ws, team.ops.nora!.uid, { state: 'offline' });
    const moved = await eventually(async () => {
      const chat = await chatOf(team.ws, chatId);
      return chat?.offeredTo?.[0] === team.ops.otto!.uid ? chat : undefined;
    }, 'the offer to move to Otto');
    expect(moved.offeredTo).toEqual([team.ops.otto!.uid]);
    // Leaving is not letting an offer lapse.
    expect((await read(team.ws, `presence/${team.ops.nora!.uid}`))?.lapsedOffers).toBeUndefined();
  });

  it('an accept racing the deadline: one owner, never two, never none (repeated)', async () => {
    const team = await oneAtATime();
    const [nora, otto] = await Promise.all([signedIn(team.ops.nora), signedIn(team.ops.otto)]);
    for (let round = 0; round < 4; round++) {
      // Each lost race is a lapse, and LAPSES_BEFORE_AWAY of them would send one operator Away
      // (tested above): every round starts with both online and no lapse counted.
      for (const op of [team.ops.nora!, team.ops.otto!]) {
        await admin()
          .db.doc(`workspaces/${team.ws}/presence/${op.uid}`)
          .update({ lapsedOffers: 0, state: 'online', lastSeen: Timestamp.now() });
        await routingSummarySettled(team.ws, op.uid);
      }
      const { visitor, chatId } = await queuedChat(team.ws);
      const offered = (await chatOf(team.ws, chatId))?.offeredTo?.[0];
      const [first, second] = offered === team.ops.nora!.uid ? [nora, otto] : [otto, nora];
      await expireOffer(team.ws, chatId);
      const race = await Promise.allSettled([
        first.call('acceptChat', { workspaceId: team.ws, chatId }),
        visitor.call('advanceOffer', { workspaceId: team.ws, chatId }),
      ]);
      // Whoever holds the offer now accepts too: only one of the two accepts may win.
      const late = await Promise.allSettled([
        second.call('acceptChat', { workspaceId: team.ws, chatId }),
      ]);
      const won = [race[0], late[0]].filter((r) => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
      const chat = await chatOf(team.ws, chatId);
      expect(chat).toMatchObject({ status: 'active', offeredTo: [] });
      await (chat!.operatorId === team.ops.nora!.uid ? nora : otto).call('closeChat', {
        workspaceId: team.ws,
        chatId,
      });
      await Promise.all([
        routingSummarySettled(team.ws, team.ops.nora!.uid),
        routingSummarySettled(team.ws, team.ops.otto!.uid),
      ]);
    }
  });

  it('an accept racing the operator going off-line: the chat has exactly one owner or one next offer', async () => {
    for (let round = 0; round < 3; round++) {
      const team = await oneAtATime();
      const nora = await signedIn(team.ops.nora);
      const { chatId } = await queuedChat(team.ws);
      const [accepted] = await Promise.allSettled([
        nora.call('acceptChat', { workspaceId: team.ws, chatId }),
        setPresence(team.ws, team.ops.nora!.uid, { state: 'offline' }),
      ]);
      const settled = await eventually(async () => {
        const chat = await chatOf(team.ws, chatId);
        if (chat?.status === 'active') return chat;
        return chat?.offeredTo?.[0] === team.ops.otto!.uid ? chat : undefined;
      }, 'the chat to be owned or offered on');
      if (accepted.status === 'fulfilled') {
        expect(settled).toMatchObject({ status: 'active', operatorId: team.ops.nora!.uid });
      } else {
        expect(settled).toMatchObject({ status: 'queued', offeredTo: [team.ops.otto!.uid] });
      }
      expect(settled.operatorId && settled.offeredTo.length).toBeFalsy();
    }
  });
});
