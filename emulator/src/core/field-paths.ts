/**
 * Field paths: dot-separated segments, where a segment that is not a simple identifier is
 * quoted in backticks (`a.b`, `` `x.y`.z ``, `` `with\`tick` ``). `__name__` is the document key.
 */
import type { Fields, Value } from './api.ts';
import { FirestoreError } from './api.ts';

export const KEY_FIELD = '__name__';
const SIMPLE = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

const parsed = new Map<string, readonly string[]>();
const MAX_CACHED = 10_000;

/**
 * Splits a field path string into its segments. Memoized: queries resolve the same few paths
 * for every document they compare.
 */
export function parseFieldPath(path: string): string[] {
  const known = parsed.get(path);
  if (known) return known as string[];
  const segments = Object.freeze(parseUncached(path));
  if (parsed.size >= MAX_CACHED) parsed.clear();
  parsed.set(path, segments);
  return segments as string[];
}

function parseUncached(path: string): string[] {
  if (typeof path !== 'string' || path === '') {
    throw new FirestoreError('INVALID_ARGUMENT', `Invalid field path: "${String(path)}"`);
  }
  const segments: string[] = [];
  let current = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < path.length; i++) {
    const c = path[i]!;
    if (quoted) {
      if (c === '\\' && i + 1 < path.length) {
        current += path[++i];
      } else if (c === '`') {
        quoted = false;
      } else {
        current += c;
      }
    } else if (c === '`') {
      quoted = true;
      wasQuoted = true;
    } else if (c === '.') {
      if (current === '' && !wasQuoted) {
        throw new FirestoreError('INVALID_ARGUMENT', `Invalid field path: "${path}"`);
      }
      segments.push(current);
      current = '';
      wasQuoted = false;
    } else {
      current += c;
    }
  }
  if (quoted || (current === '' && !wasQuoted)) {
    throw new FirestoreError('INVALID_ARGUMENT', `Invalid field path: "${path}"`);
  }
  segments.push(current);
  return segments;
}

/** Canonical string form: simple segments bare, others backtick-quoted. */
export function formatFieldPath(segments: string[]): string {
  return segments
    .map((s) => (SIMPLE.test(s) ? s : `\`${s.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``))
    .join('.');
}

/** Canonical form of a field path string (so `a`.b and a.b compare equal). */
export function canonicalFieldPath(path: string): string {
  return formatFieldPath(parseFieldPath(path));
}

export function isKeyField(path: string): boolean {
  return path === KEY_FIELD || path === `\`${KEY_FIELD}\``;
}

/** Value at a path, undefined when any segment is missing or crosses a non-map. */
export function getField(fields: Fields | undefined, segments: string[]): Value | undefined {
  let current: Fields | undefined = fields;
  for (let i = 0; i < segments.length; i++) {
    const v: Value | undefined = current?.[segments[i]!];
    if (v === undefined) return undefined;
    if (i === segments.length - 1) return v;
    if (!('mapValue' in v)) return undefined;
    current = v.mapValue.fields;
  }
  return undefined;
}

/** Sets a value at a path in place, replacing non-map intermediates with maps. */
export function setField(fields: Fields, segments: string[], value: Value): void {
  let current = fields;
  for (let i = 0; i < segments.length - 1; i++) {
    const key = segments[i]!;
    let next = current[key];
    if (!next || !('mapValue' in next)) {
      next = { mapValue: { fields: {} } };
      current[key] = next;
    }
    next.mapValue.fields ??= {};
    current = next.mapValue.fields;
  }
  current[segments[segments.length - 1]!] = value;
}

/** Deletes the value at a path in place (no-op when absent). */
export function deleteField(fields: Fields, segments: string[]): void {
  let current: Fields | undefined = fields;
  for (let i = 0; i < segments.length - 1; i++) {
    const next: Value | undefined = current?.[segments[i]!];
    if (!next || !('mapValue' in next)) return;
    current = next.mapValue.fields;
  }
  if (current) delete current[segments[segments.length - 1]!];
}

/** Deep copy of stored fields (values are plain JSON). */
export function cloneFields(fields: Fields | undefined): Fields {
  return fields ? structuredClone(fields) : {};
}

/** A copy holding only the given field paths (a read mask / projection). */
export function projectFields(fields: Fields | undefined, paths: string[]): Fields {
  const out: Fields = {};
  for (const path of paths) {
    if (isKeyField(path)) continue;
    const segments = parseFieldPath(path);
    const v = getField(fields, segments);
    if (v !== undefined) setField(out, segments, structuredClone(v));
  }
  return out;
}
