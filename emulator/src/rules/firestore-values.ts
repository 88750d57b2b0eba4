/**
 * Conversion from Firestore's proto3 JSON values (what the core hands over) to rules values, and
 * the `{data, id, __name__}` resource maps that `resource`, `request.resource` and get() return.
 */
import type { Value } from '../core/api.ts';
import type { RulesResource } from './api.ts';
import { parseRfc3339 } from './time.ts';
import { RLatLng, RMap, RPath, RTimestamp, type RValue } from './values.ts';

export function fromFirestoreValue(v: Value): RValue {
  if ('nullValue' in v) return null;
  if ('booleanValue' in v) return v.booleanValue;
  if ('integerValue' in v) return BigInt(v.integerValue);
  if ('doubleValue' in v) return Number(v.doubleValue);
  if ('timestampValue' in v) return new RTimestamp(parseRfc3339(v.timestampValue));
  if ('stringValue' in v) return v.stringValue;
  if ('bytesValue' in v) return new Uint8Array(Buffer.from(v.bytesValue, 'base64'));
  if ('referenceValue' in v) return pathFromResourceName(v.referenceValue);
  if ('geoPointValue' in v)
    return new RLatLng(v.geoPointValue.latitude ?? 0, v.geoPointValue.longitude ?? 0);
  if ('arrayValue' in v) return (v.arrayValue.values ?? []).map(fromFirestoreValue);
  if ('mapValue' in v) return fromFirestoreFields(v.mapValue.fields ?? {});
  throw new Error(`Unknown Firestore value: ${JSON.stringify(v)}`);
}

export function fromFirestoreFields(fields: Record<string, Value>): RMap {
  const entries = new Map<string, RValue>();
  for (const [k, v] of Object.entries(fields)) entries.set(k, fromFirestoreValue(v));
  return new RMap(entries);
}

/** projects/p/databases/d/documents/a/b -> /databases/d/documents/a/b (what rules paths look like). */
export function pathFromResourceName(name: string): RPath {
  const segments = name.split('/').filter((s) => s !== '');
  const start = segments[0] === 'projects' ? 2 : 0;
  return new RPath(segments.slice(start));
}

/** The map rules see as `resource`: {data, id, __name__}. */
export function resourceValue(resource: RulesResource): RMap {
  const path = pathFromResourceName(resource.name);
  return RMap.of({
    data: fromFirestoreFields(resource.fields),
    id: path.segments[path.segments.length - 1] ?? '',
    __name__: path,
  });
}

/** JWT claims and other plain JSON: integral numbers become ints (exp, iat, auth_time). */
export function fromJson(v: unknown): RValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isSafeInteger(v) ? BigInt(v) : v;
  if (Array.isArray(v)) return v.map(fromJson);
  if (typeof v === 'object') {
    const entries = new Map<string, RValue>();
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) entries.set(k, fromJson(x));
    return new RMap(entries);
  }
  return String(v);
}
