/**
 * Firestore's REST API: the web SDK's five RPCs (text/plain JSON bodies) and everything
 * @google-cloud/firestore sends with preferRest (numeric enums). Server-streaming RPCs answer
 * with ONE JSON array, as both clients expect.
 */
import type http from 'node:http';
import { type EmulatorCore, FirestoreError } from '../../core/api.ts';
import { callerFromAuthorization } from '../caller.ts';
import { toRpcStatus } from '../errors.ts';
import { MAX_BODY_BYTES, readBody, sendJson, sendRpcError } from '../http/body.ts';
import { enumsToNumbers, type JsonObject, normalizeJson, normalizeRequest } from '../proto/json.ts';
import { methodSchema } from '../proto/schema.ts';
import { serverStreamingRpcs, unaryRpcs } from '../rpc/dispatch.ts';
import { applyQueryParams, wantsNumericEnums } from './query-params.ts';
import { matchRestRoute, type RestRoute } from './routes.ts';

export function isRestPath(pathname: string): boolean {
  return pathname.startsWith('/v1/');
}

/** Answers a /v1/ request; resolves to a short outcome for the request log. */
export async function handleRest(
  core: EmulatorCore,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
): Promise<string> {
  try {
    const rawPath = (req.url ?? '/').split('?')[0]!;
    const route = routeOf(req.method ?? 'GET', rawPath);
    if (!route) {
      await readBody(req);
      throw new FirestoreError('NOT_FOUND', `No such REST endpoint: ${req.method} ${rawPath}`);
    }
    const body = await readBody(req);
    if (!body.ok) {
      sendJson(res, 413, {
        error: {
          code: 413,
          message: `Request body of ${body.bytes} bytes exceeds the ${MAX_BODY_BYTES}-byte limit`,
          status: 'INVALID_ARGUMENT',
        },
      });
      return `413 body too large (${body.bytes} bytes)`;
    }
    const numericEnums = wantsNumericEnums(url.searchParams);
    const { requestType, responseType, responseStream } = methodSchema(route.rpc);
    const raw = buildRequest(route, parseBody(body.text));
    applyQueryParams(requestType, raw, url.searchParams);
    const request = validRequest(requestType, raw);
    const ctx = { core, caller: callerFromAuthorization(req.headers.authorization) };
    const out = (json: JsonObject) => {
      const canonical = normalizeJson(responseType, json);
      return numericEnums ? enumsToNumbers(responseType, canonical) : canonical;
    };

    const streaming = serverStreamingRpcs[route.rpc];
    if (responseStream) {
      if (!streaming)
        throw new FirestoreError('UNIMPLEMENTED', `${route.rpc} is not available over REST`);
      const responses = (await streaming(ctx, request)).map(out);
      sendJson(res, 200, responses);
      return `${route.rpc} OK (${responses.length} responses)`;
    }
    const unary = unaryRpcs[route.rpc];
    if (!unary)
      throw new FirestoreError('UNIMPLEMENTED', `${route.rpc} is not available over REST`);
    sendJson(res, 200, out(await unary(ctx, request)));
    return `${route.rpc} OK`;
  } catch (error) {
    const status = toRpcStatus(error);
    if (!res.headersSent) sendRpcError(res, status);
    return `${status.status} ${status.message}`;
  }
}

function routeOf(method: string, rawPath: string): RestRoute | null {
  try {
    return matchRestRoute(method, rawPath);
  } catch {
    throw new FirestoreError('INVALID_ARGUMENT', `Malformed percent-encoding in ${rawPath}`);
  }
}

function parseBody(text: string): JsonObject {
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new FirestoreError(
      'INVALID_ARGUMENT',
      `Invalid JSON payload: ${(error as Error).message}`,
    );
  }
  // google-gax sends `""` as the body of GET/DELETE requests.
  if (parsed === '' || parsed === null) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new FirestoreError('INVALID_ARGUMENT', 'Invalid JSON payload: expected an object');
  }
  return parsed as JsonObject;
}

function buildRequest(route: RestRoute, body: JsonObject): JsonObject {
  switch (route.body) {
    case 'request':
      return { ...body, ...route.fromPath };
    case 'document': {
      const fromPath = route.fromPath.document as JsonObject | undefined;
      return { ...route.fromPath, document: { ...body, ...fromPath } };
    }
    case 'none':
      return { ...route.fromPath };
  }
}

function validRequest(type: Parameters<typeof normalizeJson>[0], raw: JsonObject): JsonObject {
  try {
    return normalizeRequest(type, raw);
  } catch (error) {
    throw new FirestoreError(
      'INVALID_ARGUMENT',
      `Invalid ${type.name}: ${(error as Error).message}`,
    );
  }
}
