/** Builders shared by the core's unit tests (proto3 JSON values and requests). */
import type { Caller, Database, Document, Filter, Value, Write } from './api.ts';
import { DELIVERY_INTERVAL_MS } from './listen-session.ts';

export const ROOT = 'projects/p/databases/(default)/documents';
export const owner: Caller = { kind: 'owner' };
export const user = (uid: string | null): Caller =>
  uid === null
    ? { kind: 'user', auth: null }
    : { kind: 'user', auth: { uid, token: { sub: uid } } };

export const v = {
  null: (): Value => ({ nullValue: null }),
  bool: (b: boolean): Value => ({ booleanValue: b }),
  int: (n: number | bigint | string): Value => ({ integerValue: String(n) }),
  double: (n: number): Value => ({ doubleValue: Number.isNaN(n) ? 'NaN' : n }),
  ts: (t: string): Value => ({ timestampValue: t }),
  str: (s: string): Value => ({ stringValue: s }),
  bytes: (b: number[]): Value => ({ bytesValue: Buffer.from(b).toString('base64') }),
  ref: (path: string): Value => ({ referenceValue: `${ROOT}/${path}` }),
  geo: (latitude: number, longitude: number): Value => ({ geoPointValue: { latitude, longitude } }),
  arr: (...values: Value[]): Value => ({ arrayValue: { values } }),
  map: (fields: Record<string, Value>): Value => ({ mapValue: { fields } }),
};

export const name = (path: string) => `${ROOT}/${path}`;

export function set(
  path: string,
  fields: Record<string, Value>,
  extra: Partial<Write> = {},
): Write {
  return { update: { name: name(path), fields }, ...extra };
}

export function del(path: string, extra: Partial<Write> = {}): Write {
  return { delete: name(path), ...extra };
}

export function field(
  path: string,
  op: Extract<Filter, { fieldFilter: unknown }>['fieldFilter']['op'],
  value: Value,
): Filter {
  return { fieldFilter: { field: { fieldPath: path }, op, value } };
}

export function unary(
  path: string,
  op: Extract<Filter, { unaryFilter: unknown }>['unaryFilter']['op'],
): Filter {
  return { unaryFilter: { field: { fieldPath: path }, op } };
}

export const and = (...filters: Filter[]): Filter => ({ compositeFilter: { op: 'AND', filters } });
export const or = (...filters: Filter[]): Filter => ({ compositeFilter: { op: 'OR', filters } });

/** Ids of a runQuery result's documents, in order. */
export function ids(results: { document?: Document }[]): string[] {
  return results.filter((r) => r.document).map((r) => r.document!.name.split('/').pop()!);
}

/** Seeds documents (owner commit); returns the commit time. */
export function seed(db: Database, docs: Record<string, Record<string, Value>>): string {
  return db.commit(
    Object.entries(docs).map(([path, fields]) => set(path, fields)),
    owner,
  ).commitTime;
}

/** Lets queued listen responses flush (they wait up to DELIVERY_INTERVAL_MS after the last). */
export const flush = () =>
  new Promise<void>((resolve) =>
    setTimeout(() => setImmediate(() => setImmediate(resolve)), DELIVERY_INTERVAL_MS + 1),
  );
