import path from 'node:path';
import { serveDemoSite } from '../../widget/demo/serve.ts';
import { type FirebaseEmulators, startFirebaseEmulators } from './firebase-emulators.ts';
import { FUNCTIONS_PARALLEL, warmCallables } from './functions-warmup.ts';
import { assertPortFree, freePorts } from './ports.ts';
import { every } from './schedules.ts';
import { type SmtpSink, startSmtpSink } from './smtp-sink.ts';
import { resolveFirestoreToolchain } from './toolchain/index.ts';

export const PROJECT_ID = 'demo-parley';

export interface StackPorts {
  firestore: number;
  auth: number;
  functions: number;
  hub: number;
  logging: number;
  /** firebase-tools' own: Firestore's websocket (for its UI), Eventarc and Cloud Tasks emulators */
  firestoreWebsocket: number;
  eventarc: number;
  tasks: number;
  smtp: number;
  smtpApi: number;
  demoSite: number;
}

/** The fixed addresses of `npm start` (docs/architecture.md, "Local stack"). */
export const DEFAULT_PORTS: StackPorts = {
  firestore: 8080,
  auth: 9099,
  functions: 5001,
  hub: 4400,
  logging: 4500,
  firestoreWebsocket: 9150,
  eventarc: 9299,
  tasks: 9499,
  smtp: 2525,
  smtpApi: 8025,
  demoSite: 5173,
};

/** The housekeeping function's schedule in production (functions/src/scheduled/schedules.ts). */
export const HOUSEKEEPING_EVERY_MS = 60_000;

/** What a running stack offers; tests receive it through `inject('stack')`. */
export interface StackInfo {
  projectId: string;
  host: string;
  ports: StackPorts;
  /** host:port, the form FIRESTORE_EMULATOR_HOST and friends take */
  firestoreHost: string;
  /** Which Java and emulator jar run Firestore, for summaries. */
  firestoreToolchain: string;
  /** How often this stack fires the housekeeping function. */
  housekeepingEveryMs: number;
  authHost: string;
  functionsHost: string;
  smtp: { host: string; port: number; messagesUrl: string };
  demoSiteUrl: string;
}

export interface RunningStack {
  info: StackInfo;
  stop(): Promise<void>;
}

interface StartOptions {
  rootDir: string;
  /** Folder for this run's generated config, logs and (with persist) data. */
  runDir: string;
  /** From resolvePorts(). */
  ports: StackPorts;
  /** Keep Firestore data and Auth accounts in runDir/data across restarts (export on stop). */
  persist: boolean;
  /** How often the stack fires housekeeping (default: every minute, as in production). */
  housekeepingEveryMs?: number;
  /** More environment for the functions (the cost benchmark's PARLEY_METER_FILE). */
  functionsEnv?: Record<string, string>;
  log: (piece: string, line: string) => void;
}

/** Checks fixed ports are free (clear error naming the port) or picks free ones. */
export async function resolvePorts(ports: StackPorts | 'free'): Promise<StackPorts> {
  if (ports !== 'free') {
    for (const [service, port] of Object.entries(ports)) await assertPortFree(port, service);
    return ports;
  }
  const keys = Object.keys(DEFAULT_PORTS);
  const picked = await freePorts(keys.length);
  return Object.fromEntries(keys.map((key, i) => [key, picked[i]])) as unknown as StackPorts;
}

/**
 * Starts every piece of the local stack (docs/architecture.md, "Local stack"): Google's Firestore
 * emulator with firebase-tools' Auth and Functions emulators, the SMTP sink and the demo website.
 * `npm start` uses it with the fixed ports, the test runs with free ones.
 */
export async function startStack(options: StartOptions): Promise<RunningStack> {
  const host = '127.0.0.1';
  const { ports } = options;
  const stops: { piece: string; stop: () => Promise<void> }[] = [];
  const stopAll = async () => {
    for (const { piece, stop } of stops.reverse()) {
      const started = Date.now();
      await stop().catch((error: Error) =>
        options.log('stack', `stopping ${piece}: ${error.message}`),
      );
      options.log('stack', `stopped ${piece} in ${Date.now() - started} ms`);
    }
  };

  try {
    const toolchain = resolveFirestoreToolchain(
      path.join(options.rootDir, '.parley', 'toolchain'),
      {
        allowDownload: true,
      },
    );
    options.log('stack', `Firestore emulator: ${toolchain.description}`);
    const firestoreHost = `${host}:${ports.firestore}`;

    const sink: SmtpSink = await startSmtpSink({
      host,
      smtpPort: ports.smtp,
      httpPort: ports.smtpApi,
      mailDir: path.join(options.runDir, 'mail'),
    });
    stops.push({ piece: 'smtp sink', stop: () => sink.close() });

    const emulators: FirebaseEmulators = await startFirebaseEmulators({
      rootDir: options.rootDir,
      runDir: path.join(options.runDir, 'firebase'),
      projectId: PROJECT_ID,
      host,
      firestorePort: ports.firestore,
      authPort: ports.auth,
      functionsPort: ports.functions,
      hubPort: ports.hub,
      loggingPort: ports.logging,
      firestoreWebsocketPort: ports.firestoreWebsocket,
      eventarcPort: ports.eventarc,
      tasksPort: ports.tasks,
      persistDir: options.persist ? path.join(options.runDir, 'data') : undefined,
      env: {
        ...toolchain.env,
        SMTP_HOST: host,
        SMTP_PORT: String(sink.smtpPort),
        SMTP_SECURE: 'false',
        SMTP_FROM: 'Parley <no-reply@parley.test>',
        FUNCTIONS_EMULATOR_PARALLEL: String(FUNCTIONS_PARALLEL),
        ...options.functionsEnv,
      },
      onLog: (line) => options.log('firebase', line),
    });
    stops.push({ piece: 'firebase emulators', stop: () => emulators.stop() });
    const warmMs = await warmCallables({
      functionsHost: `${host}:${ports.functions}`,
      authHost: `${host}:${ports.auth}`,
      projectId: PROJECT_ID,
    });
    options.log('stack', `callables warmed in ${warmMs} ms`);

    // Production's Cloud Scheduler runs housekeeping every minute; so does the local stack.
    const housekeepingEveryMs = options.housekeepingEveryMs ?? HOUSEKEEPING_EVERY_MS;
    const housekeeping = every(
      { functionsHost: `${host}:${ports.functions}`, projectId: PROJECT_ID },
      'housekeeping',
      housekeepingEveryMs,
      (line) => options.log('schedule', line),
    );
    stops.push({ piece: 'housekeeping schedule', stop: () => housekeeping.stop() });

    const site = await serveDemoSite({
      host,
      port: ports.demoSite,
      widgetDist: path.join(options.rootDir, 'widget/dist'),
      firebase: {
        projectId: PROJECT_ID,
        authHost: `${host}:${ports.auth}`,
        firestoreHost,
        functionsHost: `${host}:${ports.functions}`,
      },
    });
    stops.push({ piece: 'demo site', stop: () => site.close() });

    return {
      info: {
        projectId: PROJECT_ID,
        host,
        ports,
        firestoreHost,
        firestoreToolchain: toolchain.description,
        housekeepingEveryMs,
        authHost: `${host}:${ports.auth}`,
        functionsHost: `${host}:${ports.functions}`,
        smtp: { host, port: sink.smtpPort, messagesUrl: sink.messagesUrl },
        demoSiteUrl: site.url,
      },
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
