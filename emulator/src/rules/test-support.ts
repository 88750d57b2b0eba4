/**
 * Helpers for this engine's unit tests: compile-or-throw, requests with sensible defaults, an
 * in-memory document store for get()/exists(), and a one-expression evaluator.
 */
import type { Fields, StructuredQuery, Value } from '../core/api.ts';
import type { CompiledRules, RulesRequest, RulesResource } from './api.ts';
import { Env } from './env.ts';
import { type EvalContext, evaluate } from './evaluator.ts';
import { compileRules } from './index.ts';
import { parseExpression } from './parser.ts';
import type { RValue } from './values.ts';

export const DB = '(default)';
export const DOC_PREFIX = `projects/demo/databases/${DB}/documents/`;

export function compile(source: string): CompiledRules {
  const result = compileRules(source);
  if (!result.ok) throw new Error(`rules did not compile: ${JSON.stringify(result.issues)}`);
  return result.rules;
}

/** Wraps match bodies in the usual service/database boilerplate. */
export function rulesFor(body: string): string {
  return `rules_version = '2';
service cloud.firestore {
  match /databases/{database}/documents {
${body}
  }
}`;
}

/** Plain JS to Firestore JSON: integers become integerValue, {__ts: iso} a timestamp, etc. */
export function toValue(v: unknown): Value {
  if (v === null || v === undefined) return { nullValue: null };
  if (typeof v === 'boolean') return { booleanValue: v };
  if (typeof v === 'bigint') return { integerValue: v.toString() };
  if (typeof v === 'number')
    return Number.isInteger(v) ? { integerValue: String(v) } : { doubleValue: v };
  if (typeof v === 'string') return { stringValue: v };
  if (Array.isArray(v)) return { arrayValue: { values: v.map(toValue) } };
  if (v instanceof Date) return { timestampValue: v.toISOString() };
  if (v instanceof Uint8Array) return { bytesValue: Buffer.from(v).toString('base64') };
  return { mapValue: { fields: toFields(v as Record<string, unknown>) } };
}

export function toFields(obj: Record<string, unknown>): Fields {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, toValue(v)]));
}

export function doc(path: string, data: Record<string, unknown>): RulesResource {
  return { name: DOC_PREFIX + path, fields: toFields(data) };
}

export interface Store {
  before?: Record<string, Record<string, unknown>>;
  after?: Record<string, Record<string, unknown>>;
}

export function lookupFrom(store: Store = {}, reads: string[] = []): RulesRequest['lookup'] {
  const find = (m: Record<string, Record<string, unknown>> | undefined, path: string) => {
    reads.push(path);
    const data = m?.[path];
    return data ? doc(path, data) : null;
  };
  return {
    get: (path) => find(store.before, path),
    getAfter: (path) => find(store.after ?? store.before, path),
  };
}

export function request(
  partial: Partial<RulesRequest> & Pick<RulesRequest, 'path' | 'method'>,
): RulesRequest {
  return {
    database: DB,
    auth: null,
    time: '2024-05-06T07:08:09.123456789Z',
    lookup: lookupFrom(),
    ...partial,
  };
}

export function listRequest(
  collectionPath: string,
  structuredQuery: Omit<StructuredQuery, 'from'> & { from?: StructuredQuery['from'] },
  extra: Partial<RulesRequest> = {},
): RulesRequest {
  const segs = collectionPath.split('/');
  const collectionId = segs.pop()!;
  const parent = `projects/demo/databases/${DB}/documents${segs.length ? `/${segs.join('/')}` : ''}`;
  return request({
    path: collectionPath,
    method: 'list',
    query: { parent, structuredQuery: { from: [{ collectionId }], ...structuredQuery } },
    ...extra,
  });
}

/** Evaluates one expression with the given variables (no request context). */
export function evalExpr(source: string, vars: Record<string, RValue> = {}): RValue {
  const env = new Env(null);
  for (const [k, v] of Object.entries(vars)) env.vars.set(k, v);
  const ctx: EvalContext = {
    depth: 0,
    docs: {
      read: () => {
        throw new Error('no documents in evalExpr');
      },
    },
  };
  return evaluate(parseExpression(source), env, ctx);
}
