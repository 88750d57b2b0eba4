/** Request bodies and JSON answers for the HTTP/1.1 side. */
import type http from 'node:http';
import { type RpcStatus, restErrorBody } from '../errors.ts';

/** Firestore accepts 10 MiB requests; a little headroom for JSON's overhead. */
export const MAX_BODY_BYTES = 11 * 1024 * 1024;

export type BodyResult = { ok: true; text: string } | { ok: false; bytes: number };

/** Reads the whole body; past the limit it keeps draining (so the client sees our answer) but stores nothing. */
export function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= limit) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () =>
      resolve(
        bytes <= limit
          ? { ok: true, text: Buffer.concat(chunks).toString('utf8') }
          : { ok: false, bytes },
      ),
    );
    req.on('error', reject);
  });
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendText(
  res: http.ServerResponse,
  status: number,
  text: string,
  contentType = 'text/plain; charset=utf-8',
): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendRpcError(res: http.ServerResponse, status: RpcStatus): void {
  const body = restErrorBody(status);
  sendJson(res, body.error.code, body);
}
