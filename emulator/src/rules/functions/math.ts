/** The `math.` namespace. */
import { fail } from '../errors.ts';
import { checkInt } from '../values.ts';
import { argNumber, type MethodTable } from './args.ts';

function toInt(name: string, x: number): bigint {
  if (!Number.isFinite(x)) fail(`math.${name}(): cannot convert ${x} to an int.`);
  return checkInt(BigInt(x));
}

const rounding = (name: string, f: (x: number) => number) => ({
  arity: 1,
  fn: (_: null, [v]: unknown[]) => {
    const n = argNumber(`math.${name}`, v as never);
    return typeof n === 'bigint' ? n : toInt(name, f(n));
  },
});

export const mathNamespace: MethodTable<null> = {
  abs: {
    arity: 1,
    fn: (_, [v]) => {
      const n = argNumber('math.abs', v);
      return typeof n === 'bigint' ? checkInt(n < 0n ? -n : n) : Math.abs(n);
    },
  },
  ceil: rounding('ceil', Math.ceil),
  floor: rounding('floor', Math.floor),
  // Half away from zero.
  round: rounding('round', (x) => Math.sign(x) * Math.round(Math.abs(x))),
  sqrt: { arity: 1, fn: (_, [v]) => Math.sqrt(Number(argNumber('math.sqrt', v))) },
  pow: {
    arity: 2,
    fn: (_, [b, e]) => Number(argNumber('math.pow', b)) ** Number(argNumber('math.pow', e)),
  },
  isInfinite: {
    arity: 1,
    fn: (_, [v]) => {
      const n = argNumber('math.isInfinite', v);
      return (
        typeof n === 'number' && (n === Number.POSITIVE_INFINITY || n === Number.NEGATIVE_INFINITY)
      );
    },
  },
  isNaN: {
    arity: 1,
    fn: (_, [v]) => {
      const n = argNumber('math.isNaN', v);
      return typeof n === 'number' && Number.isNaN(n);
    },
  },
};
