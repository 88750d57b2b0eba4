/**
 * The HTTP/1.1 side of the port: CORS first, then WebChannel (browser Listen/Write streams), the
 * control endpoints and REST. One debug line per request; a failing handler answers 500 and the
 * server keeps serving.
 */
import http from 'node:http';
import type { EmulatorCore } from '../../core/api.ts';
import { handleControl, isControlPath } from '../control.ts';
import { handleRest, isRestPath } from '../rest/handler.ts';
import { handleWebChannel } from '../webchannel/index.ts';
import { readBody, sendJson } from './body.ts';
import { applyCors } from './cors.ts';

export type RequestLog = (line: string) => void;

export function createHttpServer(core: EmulatorCore, log: RequestLog): http.Server {
  const server = http.createServer((req, res) => {
    const started = Date.now();
    const finished = (outcome: string) =>
      log(`HTTP ${req.method} ${req.url} -> ${outcome} ${Date.now() - started}ms`);
    route(core, req, res).then(finished, (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) {
        sendJson(res, 500, { error: { code: 500, message, status: 'INTERNAL' } });
      } else res.destroy();
      finished(`500 ${message}`);
    });
  });
  // Long-polling WebChannel requests and big commits must not be cut off by Node's defaults.
  server.requestTimeout = 0;
  server.timeout = 0;
  return server;
}

async function route(
  core: EmulatorCore,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<string> {
  if (applyCors(req, res)) return '204 preflight';
  // WebChannel owns its responses from here, sometimes for long (held back channels).
  if (handleWebChannel(core, req, res)) return 'WebChannel';
  const url = new URL(req.url ?? '/', 'http://emulator.invalid');
  if (isRestPath(url.pathname)) return handleRest(core, req, res, url);
  if (isControlPath(url.pathname)) return handleControl(core, req, res, url.pathname);
  await readBody(req);
  sendJson(res, 404, {
    error: { code: 404, message: `Not found: ${req.method} ${url.pathname}`, status: 'NOT_FOUND' },
  });
  return '404';
}
