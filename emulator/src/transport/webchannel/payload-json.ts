/**
 * The text of a back-channel payload, exactly as `asciiJson` writes it, computed faster for the
 * fan-out case: a commit hands the same stored Document object to every listener it concerns, and
 * stored documents are deep-frozen (core/stored-document.ts), so a frozen object's text is
 * computed once and reused; so is the text of a recent string (keys, a commit's readTime and
 * resumeToken). With 200 listeners on one collection that is one serialization per change
 * instead of 200. The result is built as one flat string: the session keeps it until the client
 * acknowledges it, and a rope of small pieces would be many objects for the collector to trace.
 */
import { asciiJson } from './framing.ts';

/** Texts kept for recent values; forgotten all at once when full, so memory stays bounded. */
const MAX_CACHED = 4096;
const frozenTexts = new Map<object, string>();
const frozenPayloads = new Map<object, string>();
const stringTexts = new Map<string, string>();

export function payloadJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
}

/**
 * The text of a numbered back-channel array's payload (`[response]`). The usual payload is one
 * shared (frozen) listen response: its text is kept, so every session buffering that response
 * until the client acknowledges it holds the same string instead of its own copy.
 */
export function payloadArrayJson(payload: unknown[]): string {
  const only = payload.length === 1 ? payload[0] : undefined;
  if (typeof only !== 'object' || only === null || !Object.isFrozen(only)) {
    return payloadJson(payload);
  }
  let text = frozenPayloads.get(only);
  if (text === undefined) {
    text = `[${frozenJson(only)}]`;
    if (frozenPayloads.size >= MAX_CACHED) frozenPayloads.clear();
    frozenPayloads.set(only, text);
  }
  return text;
}

function write(value: unknown, parts: string[]): void {
  if (typeof value === 'string') {
    parts.push(stringJson(value));
  } else if (typeof value !== 'object' || value === null) {
    parts.push(asciiJson(value));
  } else if (Object.isFrozen(value)) {
    parts.push(frozenJson(value));
  } else if (Array.isArray(value)) {
    writeArray(value, parts);
  } else if (isPlainObject(value)) {
    writeObject(value as Record<string, unknown>, parts);
  } else {
    // Anything with its own JSON form (toJSON, a class instance) is left to JSON.stringify.
    parts.push(asciiJson(value));
  }
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && !('toJSON' in value);
}

function writeArray(items: unknown[], parts: string[]): void {
  parts.push('[');
  for (let i = 0; i < items.length; i++) {
    if (i > 0) parts.push(',');
    const item = items[i];
    // JSON.stringify writes null for what JSON cannot hold inside an array.
    if (omitted(item)) parts.push('null');
    else write(item, parts);
  }
  parts.push(']');
}

function writeObject(object: Record<string, unknown>, parts: string[]): void {
  parts.push('{');
  let first = true;
  for (const key of Object.keys(object)) {
    const member = object[key];
    if (omitted(member)) continue;
    if (!first) parts.push(',');
    parts.push(stringJson(key), ':');
    write(member, parts);
    first = false;
  }
  parts.push('}');
}

function frozenJson(value: object): string {
  let text = frozenTexts.get(value);
  if (text === undefined) {
    text = asciiJson(value);
    if (frozenTexts.size >= MAX_CACHED) frozenTexts.clear();
    frozenTexts.set(value, text);
  }
  return text;
}

function stringJson(value: string): string {
  if (value.length > 256) return asciiJson(value);
  let text = stringTexts.get(value);
  if (text === undefined) {
    text = asciiJson(value);
    if (stringTexts.size >= MAX_CACHED) stringTexts.clear();
    stringTexts.set(value, text);
  }
  return text;
}

/** Values JSON.stringify leaves out of an object. */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
