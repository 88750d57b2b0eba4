import type http from 'node:http';
import type { EmulatorCore } from '../../core/api.ts';

/** The two WebChannel endpoints the web SDK opens (Listen and Write streams). */
const CHANNEL_PATH = /^\/google\.firestore\.v1\.Firestore\/(Listen|Write)\/channel$/;

/** True when `url` is one of the WebChannel endpoints (the server routes by this). */
export function isWebChannelPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0] ?? '';
  return CHANNEL_PATH.test(path);
}

/**
 * Serves the web SDK's WebChannel transport (Listen and Write streams) on the shared HTTP port.
 * Returns true when it took the request (it then owns the response), false otherwise.
 * Work in progress: the full implementation follows in this folder.
 */
export function handleWebChannel(
  core: EmulatorCore,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): boolean {
  void core;
  if (!isWebChannelPath(req.url)) return false;
  res.writeHead(503, { 'Content-Type': 'text/plain' });
  res.end('WebChannel transport not ready yet');
  return true;
}
