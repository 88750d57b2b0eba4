/** rules.Duration methods and the `duration.` namespace. */
import { fail } from '../errors.ts';
import { NS_PER_SECOND } from '../time.ts';
import { RDuration } from '../values.ts';
import { argInt, argNumber, argString, type MethodTable } from './args.ts';

export const durationMethods: MethodTable<RDuration> = {
  // Both parts carry the sign of the duration (truncation toward zero).
  seconds: { arity: 0, fn: (d) => d.ns / NS_PER_SECOND },
  nanos: { arity: 0, fn: (d) => d.ns % NS_PER_SECOND },
};

const UNIT_NS: Record<string, bigint> = {
  w: 7n * 86_400n * NS_PER_SECOND,
  d: 86_400n * NS_PER_SECOND,
  h: 3_600n * NS_PER_SECOND,
  m: 60n * NS_PER_SECOND,
  s: NS_PER_SECOND,
  ms: 1_000_000n,
  ns: 1n,
};

export const durationNamespace: MethodTable<null> = {
  abs: {
    arity: 1,
    fn: (_, [d]) => {
      if (!(d instanceof RDuration)) fail('duration.abs() expects a duration.');
      return new RDuration(d.ns < 0n ? -d.ns : d.ns);
    },
  },
  time: {
    arity: 4,
    fn: (_, [h, m, s, ns]) =>
      new RDuration(
        argInt('duration.time', h) * UNIT_NS.h! +
          argInt('duration.time', m) * UNIT_NS.m! +
          argInt('duration.time', s) * NS_PER_SECOND +
          argInt('duration.time', ns),
      ),
  },
  value: {
    arity: 2,
    fn: (_, [magnitude, unit]) => {
      const u = argString('duration.value', unit);
      const scale = UNIT_NS[u];
      if (scale === undefined)
        fail(`duration.value(): unknown unit '${u}' (w, d, h, m, s, ms, ns).`);
      const mag = argNumber('duration.value', magnitude);
      if (typeof mag === 'bigint') return new RDuration(mag * scale);
      if (!Number.isFinite(mag)) fail('duration.value(): magnitude must be finite.');
      return new RDuration(BigInt(Math.round(mag * Number(scale))));
    },
  },
};
