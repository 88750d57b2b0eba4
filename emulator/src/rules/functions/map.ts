/** rules.Map and rules.MapDiff methods. */
import { fail } from '../errors.ts';
import {
  compareStrings,
  describeType,
  RMap,
  RMapDiff,
  RSet,
  type RValue,
  valuesEqual,
} from '../values.ts';
import { argMap, type MethodTable } from './args.ts';

/** Keys in code-point order: Firestore stores map fields sorted, so keys() lists compare stably. */
function sortedKeys(m: RMap): string[] {
  return [...m.entries.keys()].sort(compareStrings);
}

export const mapMethods: MethodTable<RMap> = {
  size: { arity: 0, fn: (m) => BigInt(m.size) },
  keys: { arity: 0, fn: (m) => sortedKeys(m) },
  values: { arity: 0, fn: (m) => sortedKeys(m).map((k) => m.get(k)!) },
  diff: { arity: 1, fn: (m, [other]) => new RMapDiff(m, argMap('diff', other)) },
  get: {
    arity: 2,
    // The key may be a list of keys: a path into nested maps.
    fn: (m, [key, fallback]) => {
      const keys = Array.isArray(key) ? key : [key];
      let cur: RValue = m;
      for (const k of keys) {
        if (typeof k !== 'string')
          fail(`Map.get() keys are strings, got ${describeType(k ?? null)}.`);
        if (!(cur instanceof RMap) || !cur.has(k)) return fallback ?? null;
        cur = cur.get(k)!;
      }
      return cur;
    },
  },
};

export function mapField(m: RMap, key: string): RValue {
  const v = m.get(key);
  if (v === undefined) fail(`Property ${key} is undefined on object.`);
  return v;
}

/** In a.diff(b): "added" keys are in a and not b; "removed" keys are in b and not a. */
function diffKeys(d: RMapDiff) {
  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const [k, v] of d.left.entries) {
    const w = d.right.get(k);
    if (w === undefined) added.push(k);
    else if (valuesEqual(v, w)) unchanged.push(k);
    else changed.push(k);
  }
  for (const k of d.right.entries.keys()) if (!d.left.has(k)) removed.push(k);
  return { added, removed, changed, unchanged };
}

export const mapDiffMethods: MethodTable<RMapDiff> = {
  addedKeys: { arity: 0, fn: (d) => new RSet(diffKeys(d).added) },
  removedKeys: { arity: 0, fn: (d) => new RSet(diffKeys(d).removed) },
  changedKeys: { arity: 0, fn: (d) => new RSet(diffKeys(d).changed) },
  unchangedKeys: { arity: 0, fn: (d) => new RSet(diffKeys(d).unchanged) },
  affectedKeys: {
    arity: 0,
    fn: (d) => {
      const k = diffKeys(d);
      return new RSet([...k.added, ...k.removed, ...k.changed]);
    },
  },
};
