/**
 * The Firestore emulator as a library: `startEmulator()` serves gRPC, REST, WebChannel and the
 * control endpoints on one port, backed by the core (documents, queries, listeners,
 * persistence) with the Security Rules engine plugged in.
 */

import type { EmulatorCore } from './core/api.ts';
import { createEmulatorCore } from './core/index.ts';
import { compileRules } from './rules/index.ts';
import { createGrpcServer } from './transport/grpc/service.ts';
import { createHttpServer } from './transport/http/router.ts';
import { watchRulesFile } from './transport/rules-file.ts';
import { listenOnOnePort } from './transport/server.ts';
import { closeWebChannelSessions } from './transport/webchannel/index.ts';

export * from './core/api.ts';

export interface EmulatorOptions {
  /** Default 127.0.0.1; a loopback host also answers on ::1 so `localhost` always works. */
  host?: string;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Where documents persist between runs; in memory only when absent. */
  dataDir?: string;
  /** Security Rules loaded for `projectId` and reloaded whenever the file changes. */
  rulesFile?: string;
  /** The project `rulesFile` applies to (default demo-parley). Other projects allow everything. */
  projectId?: string;
  /** Where status lines go (ready, rules reloaded or their issues). */
  log?: (line: string) => void;
  /** Also log one line per request. */
  debug?: boolean;
}

export interface RunningEmulator {
  host: string;
  port: number;
  core: EmulatorCore;
  /** Stops serving, flushes persistence. */
  close(): Promise<void>;
}

export const DEFAULT_PROJECT_ID = 'demo-parley';

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 8080;
  const projectId = options.projectId ?? DEFAULT_PROJECT_ID;
  const log = options.log ?? (() => {});
  const requestLog = options.debug ? log : () => {};

  // Without --debug the core gets no logger at all, so it does not even format its lines.
  const core = createEmulatorCore({
    dataDir: options.dataDir,
    compileRules,
    log: options.debug ? log : undefined,
  });
  let stopWatching = () => {};
  try {
    if (options.rulesFile) {
      stopWatching = await watchRulesFile(
        options.rulesFile,
        (source) => core.setRules(projectId, source),
        log,
      );
    }
    const server = await listenOnOnePort({
      host,
      port,
      grpcServer: createGrpcServer(core, requestLog),
      httpServer: createHttpServer(core, requestLog),
    });
    let closing: Promise<void> | null = null;
    return {
      host,
      port: server.port,
      core,
      close() {
        closing ??= (async () => {
          stopWatching();
          closeWebChannelSessions(core);
          await server.close();
          await core.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    stopWatching();
    await core.close();
    throw error;
  }
}
