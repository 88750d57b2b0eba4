/**
 * The waiting queue (ADR 008), through the Functions emulator and the triggers: a chat waits
 * when everyone who may take it is online but full, the visitor reads their position (rules
 * included), and the longest-waiting chat of a pool is offered when a slot frees or an operator
 * comes online; leaving, missing or being taken by an admin takes a chat out of the queue.
 */
import { doc, getDoc } from 'firebase/firestore';
import { afterAll, describe, expect, it } from 'vitest';
import { sweep } from '../../../functions/src/scheduled/sweep.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { queueTicket } from '../../../utils/domain/queue.ts';
import { eventually } from '../../support/wait.ts';
import {
  closeClients,
  makeWorkspace,
  queuedChat,
  read,
  routingSummarySettled,
  setPresence,
  signedIn,
} from './support.ts';

afterAll(closeClients);

const chatOf = (ws: string, chatId: string) => read(ws, `chats/${chatId}`);
const entries = async (ws: string) =>
  ((await read(ws, 'summaries/queue'))?.entries ?? {}) as Record<string, unknown>;
const places = async (ws: string) => (await read(ws, 'summaries/queuePlaces'))?.places;

/** Nora is online with her one slot taken; Ada, the admin, is off-line. */
const busyTeam = (extra: Parameters<typeof makeWorkspace>[0]['operators'] = []) =>
  makeWorkspace({
    queueTimeoutSeconds: 60,
    operators: [
      { key: 'ada', role: 'admin', presence: 'offline' },
      { key: 'nora', maxChats: 1, activeChats: 1 },
      ...extra,
    ],
  });

describe('the waiting queue', () => {
  it('queues a chat when everyone online is full, and the visitor reads their position', async () => {
    const team = await busyTeam();
    const first = await queuedChat(team.ws, { visitorName: 'Vera' });
    const second = await queuedChat(team.ws, { visitorName: 'Walt' });
    for (const { chatId } of [first, second]) {
      expect(await chatOf(team.ws, chatId)).toMatchObject({ status: 'queued', offeredTo: [] });
    }
    // The visitor's own client, through the rules: the places board, their place in it by ticket.
    const snapshot = await getDoc(doc(second.visitor.db, paths.queuePlaces(team.ws)));
    expect(snapshot.get('places')).toEqual({
      [queueTicket(first.chatId)]: 1,
      [queueTicket(second.chatId)]: 2,
    });
    // The queue itself (chat ids, arrival times) is the functions' alone.
    await expect(getDoc(doc(second.visitor.db, paths.queueSummary(team.ws)))).rejects.toMatchObject(
      {
        code: 'permission-denied',
      },
    );
  });

  it('offers the longest-waiting chat when a slot frees, FIFO', async () => {
    const team = await makeWorkspace({
      queueTimeoutSeconds: 60,
      operators: [
        { key: 'ada', role: 'admin', presence: 'offline' },
        { key: 'nora', maxChats: 1 },
      ],
    });
    const nora = await signedIn(team.ops.nora);
    // Nora's one chat: a real one she accepted before the others came.
    const { chatId: current } = await queuedChat(team.ws);
    await nora.call('acceptChat', { workspaceId: team.ws, chatId: current });
    await routingSummarySettled(team.ws, team.ops.nora!.uid);
    const waiting: string[] = [];
    for (const name of ['Vera', 'Walt', 'Xena'])
      waiting.push((await queuedChat(team.ws, { visitorName: name })).chatId);
    await nora.call('closeChat', { workspaceId: team.ws, chatId: current });
    const offered = await eventually(async () => {
      const chat = await chatOf(team.ws, waiting[0]!);
      return chat?.offeredTo?.length ? chat : undefined;
    }, 'the first waiting chat to be offered');
    expect(offered.offeredTo).toEqual([team.ops.nora!.uid]);
    expect(Object.keys(await entries(team.ws)).sort()).toEqual(waiting.slice(1).sort());
    // Everyone behind moved up a place.
    expect(await places(team.ws)).toEqual({
      [queueTicket(waiting[1]!)]: 1,
      [queueTicket(waiting[2]!)]: 2,
    });
    expect((await chatOf(team.ws, waiting[1]!))?.offeredTo).toEqual([]);
    // She takes it and closes it: the next in line follows.
    await nora.call('acceptChat', { workspaceId: team.ws, chatId: waiting[0]! });
    await nora.call('closeChat', { workspaceId: team.ws, chatId: waiting[0]! });
    await eventually(async () => {
      const chat = await chatOf(team.ws, waiting[1]!);
      return chat?.offeredTo?.length ? chat : undefined;
    }, 'the second waiting chat to be offered');
    expect((await chatOf(team.ws, waiting[2]!))?.offeredTo).toEqual([]);
    expect((await read(team.ws, 'summaries/queue'))?.recentWaits).toHaveLength(2);
    expect((await read(team.ws, 'summaries/queuePlaces'))?.secondsPerPlace).toEqual(
      expect.any(Number),
    );
  });

  it('offers a waiting chat to an operator who comes online', async () => {
    const team = await busyTeam([{ key: 'otto', presence: 'offline' }]);
    const { chatId } = await queuedChat(team.ws);
    expect((await chatOf(team.ws, chatId))?.offeredTo).toEqual([]);
    await setPresence(team.ws, team.ops.otto!.uid, { state: 'online' });
    const offered = await eventually(async () => {
      const chat = await chatOf(team.ws, chatId);
      return chat?.offeredTo?.length ? chat : undefined;
    }, 'the waiting chat to be offered to Otto');
    expect(offered.offeredTo).toEqual([team.ops.otto!.uid]);
    expect(await entries(team.ws)).toEqual({});
  });

  it('keeps a department’s chat for its own members (FIFO per pool)', async () => {
    const team = await makeWorkspace({
      routingMode: 'departments',
      operators: [
        { key: 'nora', maxChats: 1, activeChats: 1 },
        { key: 'otto', presence: 'offline' },
      ],
      departments: [
        { id: 'sales', name: 'Sales', members: ['nora'] },
        { id: 'support', name: 'Support', members: ['otto'] },
      ],
    });
    const { chatId } = await queuedChat(team.ws, { departmentId: 'sales' });
    expect(await read(team.ws, 'summaries/queue')).toMatchObject({
      entries: { [chatId]: { pool: 'department:sales', places: 1 } },
    });
    await setPresence(team.ws, team.ops.otto!.uid, { state: 'online' });
    // Otto came online, but the chat is Sales': it keeps waiting for Nora.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await chatOf(team.ws, chatId))?.offeredTo).toEqual([]);
  });

  it('takes a chat out of the queue when the visitor leaves, an admin takes it, or it is missed', async () => {
    const team = await busyTeam();
    const left = await queuedChat(team.ws);
    const taken = await queuedChat(team.ws);
    const missed = await queuedChat(team.ws, { visitorName: 'Mia' });
    await left.visitor.call('closeChat', { workspaceId: team.ws, chatId: left.chatId });
    await setPresence(team.ws, team.ops.ada!.uid, { state: 'away' });
    const ada = await signedIn(team.ops.ada);
    await ada.call('acceptChat', { workspaceId: team.ws, chatId: taken.chatId });
    expect(Object.keys(await entries(team.ws))).toEqual([missed.chatId]);
    expect(await places(team.ws)).toEqual({ [queueTicket(missed.chatId)]: 1 });
    await sweep(new Date(Date.now() + 61_000), team.ws);
    expect(await chatOf(team.ws, missed.chatId)).toMatchObject({ status: 'missed' });
    expect(await entries(team.ws)).toEqual({});
    expect(await places(team.ws)).toEqual({});
    // Nobody is online at all: the widget is told to show the off-line form, no queue.
    await setPresence(team.ws, team.ops.nora!.uid, { state: 'offline' });
    const visitor = await signedIn();
    expect(
      await visitor.call('startChat', {
        workspaceId: team.ws,
        visitorName: 'Olly',
        pageUrl: 'http://shop.example.com/',
      }),
    ).toEqual({ offline: true });
  });
});
