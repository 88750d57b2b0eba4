/**
 * CORS for browser clients, REST and WebChannel alike. Firestore's web SDK sends credentials, so
 * the Origin is echoed (never `*`); preflights get the requested headers back; WebChannel needs
 * X-HTTP-Session-Id exposed or the client cannot read the gsessionid the handshake hands out.
 */
import type http from 'node:http';

const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
const EXPOSED_HEADERS =
  'X-HTTP-Session-Id, X-Client-Wire-Protocol, Content-Type, Content-Length, Date';

/** Sets the CORS headers; returns true when the request was a preflight and has been answered. */
export function applyCors(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const origin = req.headers.origin;
  if (origin) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    res.setHeader('Vary', 'Origin');
  }
  if (req.method !== 'OPTIONS') return false;
  res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
  const requested = req.headers['access-control-request-headers'];
  if (requested) res.setHeader('Access-Control-Allow-Headers', requested);
  // Chrome's Private Network Access: a page on a public origin may call this local server.
  if (req.headers['access-control-request-private-network'] === 'true') {
    res.setHeader('Access-Control-Allow-Private-Network', 'true');
  }
  res.setHeader('Access-Control-Max-Age', '86400');
  res.writeHead(204);
  res.end();
  return true;
}
