/** rules.Set methods. */
import { RSet, type RValue } from '../values.ts';
import { argItems, type MethodTable } from './args.ts';

export const setMethods: MethodTable<RSet> = {
  size: { arity: 0, fn: (s) => BigInt(s.items.length) },
  hasAll: { arity: 1, fn: (s, [other]) => argItems('hasAll', other).every((x) => s.has(x)) },
  hasAny: { arity: 1, fn: (s, [other]) => argItems('hasAny', other).some((x) => s.has(x)) },
  hasOnly: {
    arity: 1,
    fn: (s, [other]) => {
      const allowed = new RSet(argItems('hasOnly', other));
      return s.items.every((x) => allowed.has(x));
    },
  },
  union: {
    arity: 1,
    fn: (s, [other]): RValue => new RSet([...s.items, ...argItems('union', other)]),
  },
  intersection: {
    arity: 1,
    fn: (s, [other]) => {
      const o = new RSet(argItems('intersection', other));
      return new RSet(s.items.filter((x) => o.has(x)));
    },
  },
  difference: {
    arity: 1,
    fn: (s, [other]) => {
      const o = new RSet(argItems('difference', other));
      return new RSet(s.items.filter((x) => !o.has(x)));
    },
  },
};
