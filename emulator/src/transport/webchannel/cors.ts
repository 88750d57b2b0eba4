/**
 * CORS for the WebChannel endpoints. The SDK's XHRs send credentials, so the request's Origin is
 * echoed (never `*`) with Allow-Credentials; X-HTTP-Session-Id must be exposed or the client
 * cannot read the gsessionid the handshake hands out.
 */
import type http from 'node:http';

export function applyCors(req: http.IncomingMessage, res: http.ServerResponse): void {
  const origin = req.headers.origin;
  if (!origin) return;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Expose-Headers', 'X-HTTP-Session-Id, X-Client-Wire-Protocol');
  res.setHeader('Vary', 'Origin');
}

/** Answers an OPTIONS preflight: any method the channel uses, whatever headers were asked for. */
export function answerPreflight(req: http.IncomingMessage, res: http.ServerResponse): void {
  applyCors(req, res);
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  const asked = req.headers['access-control-request-headers'];
  if (asked) res.setHeader('Access-Control-Allow-Headers', asked);
  if (req.headers['access-control-request-private-network'] === 'true') {
    res.setHeader('Access-Control-Allow-Private-Network', 'true');
  }
  res.setHeader('Access-Control-Max-Age', '3600');
  res.writeHead(204);
  res.end();
}
