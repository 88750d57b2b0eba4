/**
 * The routing summary and the presence board (ADR 006) as the triggers keep them: heartbeats
 * change neither, a state change reaches both, routing rules reach the routing summary, and
 * housekeeping turns presence whose heartbeats stopped offline (which a heartbeat undoes).
 */
import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweep } from '../../../functions/src/scheduled/sweep.ts';
import {
  admin,
  closeClients,
  makeWorkspace,
  queuedChat,
  read,
  routingSummarySettled,
  setPresence,
  type TestWorkspace,
} from './support.ts';

let team: TestWorkspace;
const uid = (key: string) => team.ops[key]!.uid;
const board = async () => (await read(team.ws, 'summaries/presence'))?.operators ?? {};
const routing = async () => read(team.ws, 'summaries/routing');

/** Polls until `check` passes (the triggers run after the write). */
async function eventually(check: () => Promise<void>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

beforeAll(async () => {
  team = await makeWorkspace({
    routingMode: 'departments',
    operators: [{ key: 'ada', role: 'admin' }, { key: 'nora' }, { key: 'otto', presence: 'away' }],
  });
  // The first routing call creates the summaries from the collections.
  await queuedChat(team.ws);
});

afterAll(closeClients);

describe('the summaries', () => {
  it('start from the collections: states on the board, capacity and load for routing', async () => {
    expect(await board()).toMatchObject({
      [uid('ada')]: { state: 'online' },
      [uid('nora')]: { state: 'online' },
      [uid('otto')]: { state: 'away' },
    });
    expect((await routing())?.operators).toMatchObject({
      [uid('nora')]: { active: true, maxChats: 5 },
    });
  });

  it('a heartbeat changes neither; a state change reaches both', async () => {
    const boardDoc = () => admin().db.doc(`workspaces/${team.ws}/summaries/presence`).get();
    const before = (await boardDoc()).updateTime!;
    await setPresence(team.ws, uid('nora'), { state: 'online' });
    // Give the heartbeat's trigger time to run: it must not have written.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect((await boardDoc()).updateTime!.isEqual(before)).toBe(true);

    await setPresence(team.ws, uid('nora'), { state: 'away' });
    await eventually(async () => expect((await board())[uid('nora')]?.state).toBe('away'));
    expect((await routing())?.presence[uid('nora')]).toMatchObject({ state: 'away' });
    await setPresence(team.ws, uid('nora'), { state: 'online' });
  });

  it('a load change reaches routing only', async () => {
    await setPresence(team.ws, uid('ada'), { activeChats: 2 });
    expect((await routing())?.presence[uid('ada')]).toMatchObject({ activeChats: 2 });
    await setPresence(team.ws, uid('ada'), { activeChats: 0 });
  });

  it('departments, URL routes and operators reach the routing summary', async () => {
    const root = admin().db.doc(`workspaces/${team.ws}`);
    await root
      .collection('departments')
      .doc('sales')
      .set({
        name: 'Sales',
        operatorIds: [uid('nora')],
      });
    await root
      .collection('urlRoutes')
      .doc('help')
      .set({
        pattern: 'shop.example.com/help*',
        operatorIds: [uid('ada')],
      });
    await root.collection('operators').doc(uid('otto')).update({ maxChats: 9 });
    await eventually(async () => {
      const summary = await routing();
      expect(summary?.departments.sales).toEqual({ name: 'Sales', operatorIds: [uid('nora')] });
      expect(summary?.urlRoutes.help).toEqual({
        pattern: 'shop.example.com/help*',
        operatorIds: [uid('ada')],
      });
      expect(summary?.operators[uid('otto')]).toEqual({ active: true, maxChats: 9 });
    });
    // Routing follows: the department's chat rings Nora alone.
    const { chatId } = await queuedChat(team.ws, { departmentId: 'sales' });
    expect((await read(team.ws, `chats/${chatId}`))?.offeredTo).toEqual([uid('nora')]);

    await root.collection('departments').doc('sales').delete();
    await eventually(async () => expect((await routing())?.departments.sales).toBeUndefined());
  });

  it('housekeeping turns presence whose heartbeats stopped offline; a heartbeat brings it back', async () => {
    // A heartbeat that will be 100 s old when housekeeping looks (it runs with its own clock).
    await admin()
      .db.doc(`workspaces/${team.ws}/presence/${uid('ada')}`)
      .update({ lastSeen: Timestamp.now() });
    await routingSummarySettled(team.ws, uid('ada'));
    const report = await sweep(new Date(Date.now() + 100_000), team.ws);
    expect(report.stalePresence).toBeGreaterThanOrEqual(1);
    expect((await read(team.ws, `presence/${uid('ada')}`))?.state).toBe('offline');
    await eventually(async () => expect((await board())[uid('ada')]?.state).toBe('offline'));

    await setPresence(team.ws, uid('ada'), { state: 'online' });
    await eventually(async () => expect((await board())[uid('ada')]?.state).toBe('online'));
  });
});
