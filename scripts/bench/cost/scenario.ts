/**
 * One team size of the cost benchmark on a running stack: the team's consoles come online, sit
 * idle, visitors open the widget, then chat; every phase is counted on its own (meter.ts).
 */
import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import type { OfferMode } from '../../../utils/domain/offers.ts';
import type { StackInfo } from '../../stack/stack.ts';
import {
  byListener,
  byRule,
  type ClientMeter,
  functionTallies,
  listenerErrors,
  minus,
  sum,
  type Tally,
} from './meter.ts';
import { OperatorClient } from './operator-client.ts';
import { makeTeam, waitForOnline } from './team.ts';
import { Traffic } from './traffic.ts';
import { VisitorClient } from './visitor-client.ts';

export interface ScenarioParams {
  operators: number;
  visitors: number;
  chatSeconds: number;
  idleSeconds: number;
  messageEverySeconds: number;
  widgetOpens: number;
  /** The workspace's offer mode (ADR 008). */
  offerMode: OfferMode;
}

export interface ScenarioResult {
  params: ScenarioParams;
  consoleStartReads: number;
  /** The consoles' own reads while idle (what could grow with the team: presence fan-out). */
  idleConsoleReadsPerOperatorHour: number;
  /** Consoles plus the functions (housekeeping shared by the workspaces it sweeps). */
  idleReadsPerOperatorHour: number;
  /** Reads per chat by listener and by function, for the README's breakdown. */
  breakdown: string;
  /** All reads of the idle phase by listener and function. */
  idleBreakdown: string;
  widgetOpen: Tally;
  chatStart: Tally;
  perMessage: Tally;
  clientPerMessage: Tally;
  /** The rules' reads per delivered message, billed on top of perMessage (rules-reads.ts). */
  rulesPerMessage: number;
  /** The rules' reads per chat by kind of request. */
  rulesBreakdown: string;
  chats: number;
  delivery: ReturnType<Traffic['report']>;
  offerReaders: { average: number; max: number };
  acceptCalls: number;
  acceptLost: number;
  /** Listeners the server ended with an error (they deliver nothing more). */
  listenerErrors: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runScenario(
  stack: StackInfo,
  admin: { db: Firestore; auth: Auth },
  meterFile: string,
  params: ScenarioParams,
): Promise<ScenarioResult> {
  const ws = `cost-${params.operators}-${params.offerMode}-${Date.now().toString(36)}`;
  const traffic = new Traffic();
  const accounts = await makeTeam(admin.db, admin.auth, ws, params.operators, params.offerMode);
  const operators = accounts.map((account) => new OperatorClient(stack, ws, account, traffic));
  const clients = () => sum(operators.map((o) => o.meter.tally));
  const fn = (name?: string) => {
    const all = functionTallies(meterFile);
    return name ? (all.get(name) ?? { reads: 0, writes: 0 }) : sum(all.values());
  };
  // Function counts land in the file within 100 ms of the work; triggers a little later.
  const settle = () => sleep(3_000);

  for (let i = 0; i < operators.length; i += 10)
    await Promise.all(operators.slice(i, i + 10).map((o) => o.start()));
  await waitForOnline(admin.db, ws, operators.length);
  // Idle begins once every console has been told that everyone is online: on a loaded machine
  // the start's board changes (one per operator, each to every console) arrive long after they
  // were written, and were counted as idle reads before.
  for (
    let waited = 0;
    waited < 180_000 && operators.some((o) => o.boardOnline < operators.length);
    waited += 500
  )
    await sleep(500);
  await settle();
  const consoleStartReads = clients().reads / operators.length;

  // Idle: everyone online, nothing happens but heartbeats and housekeeping. Housekeeping sweeps
  // every workspace of the stack; this team's share is one workspace's.
  const workspaces = (await admin.db.collection('workspaces').get()).size;
  const idleFrom = {
    clients: clients(),
    fn: fn(),
    housekeeping: fn('housekeeping'),
    byListener: byListener(operators.map((o) => o.meter)),
    byFunction: functionTallies(meterFile),
  };
  await sleep(params.idleSeconds * 1000);
  const hours = params.idleSeconds / 3600;
  const idleClients = minus(clients(), idleFrom.clients).reads;
  const housekeeping = minus(fn('housekeeping'), idleFrom.housekeeping).reads;
  const otherFunctions = minus(fn(), idleFrom.fn).reads - housekeeping;
  const idleConsoleReadsPerOperatorHour = idleClients / operators.length / hours;
  const idleReadsPerOperatorHour =
    (idleClients + otherFunctions + housekeeping / workspaces) / operators.length / hours;
  const idleBreakdown = describeReads(
    byListener(operators.map((o) => o.meter)),
    idleFrom.byListener,
    functionTallies(meterFile),
    idleFrom.byFunction,
    (n) => n.toFixed(0),
  );

  // Opening the widget: widgetStatus alone.
  const openFrom = fn('widgetStatus');
  const lookers = Array.from(
    { length: params.widgetOpens },
    (_, i) => new VisitorClient(stack, ws, 10_000 + i, traffic),
  );
  for (const v of lookers) if (!(await v.open())) throw new Error('the widget says unavailable');
  await settle();
  const opened = minus(fn('widgetStatus'), openFrom);
  await Promise.all(lookers.map((v) => v.end()));

  // Chatting: visitors arrive over the first tenth of the time, then write every few seconds.
  const chatFrom = {
    clients: clients(),
    fn: fn(),
    start: fn('startChat'),
    housekeeping: fn('housekeeping'),
    byFunction: functionTallies(meterFile),
    byListener: byListener(operators.map((o) => o.meter)),
    rules: rulesOf(operators),
    byRule: byRule(operators.map((o) => o.meter)),
  };
  const visitors = Array.from(
    { length: params.visitors },
    (_, i) => new VisitorClient(stack, ws, i, traffic),
  );
  const arrival = (params.chatSeconds * 1000) / 10 / Math.max(1, params.visitors);
  const endAt = Date.now() + params.chatSeconds * 1000;
  await Promise.all(
    visitors.map(async (v, i) => {
      await sleep(i * arrival);
      if (!(await v.open())) throw new Error('the widget says unavailable');
      if (!(await v.startChat())) throw new Error('startChat answered offline');
      await sleep(Math.random() * params.messageEverySeconds * 1000);
      while (Date.now() < endAt) {
        await v.send().catch(() => {});
        await sleep(params.messageEverySeconds * 1000);
      }
    }),
  );
  // The last answers are written and arrive (up to 60 s on a loaded machine), then everyone
  // says goodbye.
  for (let waited = 0; waited < 60_000 && !traffic.settled(5_000); waited += 500) await sleep(500);
  await Promise.all(visitors.map((v) => v.end()));
  await settle();
  const chats = visitors.filter((v) => v.chatId).length;
  const delivery = traffic.report();
  const chatClients = minus(
    sum([clients(), ...visitors.map((v) => v.meter.tally)]),
    chatFrom.clients,
  );
  // Housekeeping sweeps every workspace of the stack; this workspace's share is one of them.
  const chatHousekeeping = minus(fn('housekeeping'), chatFrom.housekeeping);
  const chatFunctions = minus(minus(fn(), chatFrom.fn), chatHousekeeping);
  const share = (t: Tally): Tally => ({
    reads: t.reads / workspaces,
    writes: t.writes / workspaces,
  });
  const chatTotal = sum([chatClients, chatFunctions, share(chatHousekeeping)]);
  const per = (t: Tally, n: number): Tally => ({ reads: t.reads / n, writes: t.writes / n });
  const readers = new Map<string, number>();
  for (const o of operators)
    for (const chatId of o.offersSeen) readers.set(chatId, (readers.get(chatId) ?? 0) + 1);
  const counts = [...readers.values()];
  const breakdown = describeReads(
    byListener([...operators, ...visitors].map((c) => c.meter)),
    chatFrom.byListener,
    functionTallies(meterFile),
    chatFrom.byFunction,
    (n) => (n / Math.max(1, chats)).toFixed(1),
  );

  const everyone = [...operators, ...visitors];
  const rulesReads = rulesOf(everyone) - chatFrom.rules;
  const rulesBreakdown = describeReads(
    byRule(everyone.map((c) => c.meter)),
    chatFrom.byRule,
    new Map(),
    new Map(),
    (n) => (n / Math.max(1, chats)).toFixed(1),
  );

  await Promise.all(operators.map((o) => o.stop()));
  return {
    params,
    consoleStartReads,
    idleConsoleReadsPerOperatorHour,
    idleReadsPerOperatorHour,
    breakdown,
    idleBreakdown,
    widgetOpen: per(opened, params.widgetOpens),
    chatStart: per(minus(fn('startChat'), chatFrom.start), chats),
    perMessage: per(chatTotal, delivery.delivered),
    clientPerMessage: per(chatClients, delivery.delivered),
    rulesPerMessage: rulesReads / Math.max(1, delivery.delivered),
    rulesBreakdown,
    chats,
    delivery,
    offerReaders: {
      average: counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length),
      max: Math.max(0, ...counts),
    },
    listenerErrors: listenerErrors([...operators, ...visitors].map((c) => c.meter)),
    acceptCalls: operators.reduce((n, o) => n + o.acceptCalls, 0),
    acceptLost: operators.reduce((n, o) => n + o.acceptLost, 0),
  };
}

const rulesOf = (clients: { meter: ClientMeter }[]) =>
  clients.reduce((n, c) => n + c.meter.rulesReads, 0);

/** "label reads, …" for the reads since `from`, listeners first, then functions; zeros left out. */
function describeReads(
  listeners: Map<string, number>,
  listenersFrom: Map<string, number>,
  functions: Map<string, Tally>,
  functionsFrom: Map<string, Tally>,
  format: (reads: number) => string,
): string {
  const rows = [
    ...[...listeners].map(([label, reads]) => [label, reads - (listenersFrom.get(label) ?? 0)]),
    ...[...functions].map(([name, t]) => [name, t.reads - (functionsFrom.get(name)?.reads ?? 0)]),
  ] as [string, number][];
  return (
    rows
      .filter(([, reads]) => reads > 0)
      .map(([label, reads]) => `${label} ${format(reads)}`)
      .join(', ') || 'none'
  );
}
