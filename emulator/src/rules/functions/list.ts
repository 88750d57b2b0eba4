/** rules.List methods. */
import { fail } from '../errors.ts';
import { describeType, RSet, type RValue, valuesEqual } from '../values.ts';
import { argItems, argList, argString, type MethodTable } from './args.ts';

const includes = (items: RValue[], v: RValue) => items.some((x) => valuesEqual(x, v));

export const listMethods: MethodTable<RValue[]> = {
  size: { arity: 0, fn: (l) => BigInt(l.length) },
  concat: { arity: 1, fn: (l, [other]) => [...l, ...argList('concat', other)] },
  hasAll: { arity: 1, fn: (l, [other]) => argItems('hasAll', other).every((x) => includes(l, x)) },
  hasAny: { arity: 1, fn: (l, [other]) => argItems('hasAny', other).some((x) => includes(l, x)) },
  hasOnly: {
    arity: 1,
    fn: (l, [other]) => {
      const allowed = argItems('hasOnly', other);
      return l.every((x) => includes(allowed, x));
    },
  },
  join: {
    arity: 1,
    fn: (l, [sep]) => {
      const separator = argString('join', sep);
      return l
        .map((x) => {
          if (typeof x !== 'string')
            fail(`join() needs a list of strings, found ${describeType(x)}.`);
          return x;
        })
        .join(separator);
    },
  },
  removeAll: {
    arity: 1,
    fn: (l, [other]) => {
      const removed = argItems('removeAll', other);
      return l.filter((x) => !includes(removed, x));
    },
  },
  toSet: { arity: 0, fn: (l) => new RSet(l) },
};

export function indexList(l: RValue[], i: bigint): RValue {
  if (i < 0n || i >= BigInt(l.length)) fail(`List index ${i} out of range (size ${l.length}).`);
  return l[Number(i)]!;
}
