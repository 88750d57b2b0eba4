/** Renders rules values for error messages, deny reasons and debug() output. */
import {
  RDuration,
  RLatLng,
  RMap,
  RMapDiff,
  RPath,
  RSet,
  RTimestamp,
  type RValue,
} from './values.ts';

/** Short rendering of a value for error messages and debug(). */
export function showValue(v: RValue, depth = 0): string {
  if (depth > 3) return '…';
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean':
      return String(v);
    case 'bigint':
      return v.toString();
    case 'number':
      return Number.isInteger(v) ? v.toFixed(1) : String(v);
    case 'string':
      return JSON.stringify(v);
  }
  if (v instanceof Uint8Array) return `b'${Buffer.from(v).toString('hex')}'`;
  if (Array.isArray(v)) return `[${v.map((x) => showValue(x, depth + 1)).join(', ')}]`;
  if (v instanceof RMap)
    return `{${[...v.entries].map(([k, x]) => `${JSON.stringify(k)}: ${showValue(x, depth + 1)}`).join(', ')}}`;
  if (v instanceof RSet) return `set([${v.items.map((x) => showValue(x, depth + 1)).join(', ')}])`;
  if (v instanceof RTimestamp) return `timestamp(${v.ns}ns)`;
  if (v instanceof RDuration) return `duration(${v.ns}ns)`;
  if (v instanceof RPath) return `path(${v.toString()})`;
  if (v instanceof RLatLng) return `latlng(${v.lat}, ${v.lng})`;
  if (v instanceof RMapDiff) return 'map_diff';
  return v.describe();
}
