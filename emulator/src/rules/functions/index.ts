/**
 * The standard library in one place: which methods each type has, which `ns.fn` functions each
 * namespace has, and which plain global functions exist. The checker uses the same tables to
 * reject unknown names at compile time.
 */
import { fail } from '../errors.ts';
import {
  describeType,
  QueryDerived,
  RDuration,
  RLatLng,
  RMap,
  RMapDiff,
  RPath,
  RSet,
  RTimestamp,
  type RValue,
} from '../values.ts';
import { type BuiltinSpec, checkArity, type MethodTable } from './args.ts';
import { bytesMethods } from './bytes.ts';
import { conversions } from './conversions.ts';
import { durationMethods, durationNamespace } from './duration.ts';
import { hashingNamespace } from './hashing.ts';
import { latlngMethods, latlngNamespace } from './latlng.ts';
import { listMethods } from './list.ts';
import { mapDiffMethods, mapMethods } from './map.ts';
import { mathNamespace } from './math.ts';
import { pathMethods } from './path.ts';
import { setMethods } from './set.ts';
import { stringMethods } from './string.ts';
import { timestampMethods, timestampNamespace } from './timestamp.ts';

export const NAMESPACES: Record<string, MethodTable<null>> = {
  duration: durationNamespace,
  hashing: hashingNamespace,
  latlng: latlngNamespace,
  math: mathNamespace,
  timestamp: timestampNamespace,
};

/** Global functions that need no request context (get/exists & co. live in the evaluator). */
export const PURE_GLOBALS: MethodTable<null> = conversions;

/** Globals that read documents; their arity, for the checker. */
export const DOCUMENT_GLOBALS: Record<string, number> = {
  get: 1,
  exists: 1,
  getAfter: 1,
  existsAfter: 1,
};

export const GLOBAL_ARITY: Record<string, number> = {
  ...Object.fromEntries(Object.entries(PURE_GLOBALS).map(([k, v]) => [k, v.arity as number])),
  ...DOCUMENT_GLOBALS,
  debug: 1,
};

function methodTableFor(v: RValue): MethodTable<never> | null {
  if (typeof v === 'string') return stringMethods as MethodTable<never>;
  if (Array.isArray(v)) return listMethods as MethodTable<never>;
  if (v instanceof RMap) return mapMethods as MethodTable<never>;
  if (v instanceof RMapDiff) return mapDiffMethods as MethodTable<never>;
  if (v instanceof RSet) return setMethods as MethodTable<never>;
  if (v instanceof RTimestamp) return timestampMethods as MethodTable<never>;
  if (v instanceof RDuration) return durationMethods as MethodTable<never>;
  if (v instanceof RLatLng) return latlngMethods as MethodTable<never>;
  if (v instanceof Uint8Array) return bytesMethods as MethodTable<never>;
  if (v instanceof RPath) return pathMethods as MethodTable<never>;
  return null;
}

export function invoke<Self>(
  label: string,
  spec: BuiltinSpec<Self>,
  self: Self,
  args: RValue[],
): RValue {
  checkArity(label, spec as BuiltinSpec<never>, args);
  return spec.fn(self, args);
}

export function callMethod(receiver: RValue, name: string, args: RValue[]): RValue {
  if (receiver instanceof QueryDerived) return receiver.callMethod(name, args);
  if (receiver === null) fail(`Null value error: cannot call ${name}() on null.`);
  const table = methodTableFor(receiver);
  const spec = table && Object.hasOwn(table, name) ? table[name] : undefined;
  if (!spec) return fail(`Function not found error: Name: [${name}] on ${describeType(receiver)}.`);
  return invoke(name, spec, receiver as never, args);
}

export function callNamespace(ns: string, name: string, args: RValue[]): RValue {
  const table = NAMESPACES[ns];
  const spec = table && Object.hasOwn(table, name) ? table[name] : undefined;
  if (!spec) return fail(`Function not found error: Name: [${ns}.${name}].`);
  return invoke(`${ns}.${name}`, spec, null, args);
}
