/** Global type conversions: bool() bytes() float() int() path() string(). */
import { fail } from '../errors.ts';
import { formatRfc3339 } from '../time.ts';
import { checkInt, describeType, RDuration, RPath, RTimestamp, type RValue } from '../values.ts';
import type { MethodTable } from './args.ts';
import { parsePath } from './path.ts';

function floatToString(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  return Number.isInteger(x) && Math.abs(x) < 1e21 ? x.toFixed(1) : String(x);
}

/** The conversion error, showing a string argument itself and any other by its type. */
function cannotConvert(fn: string, v: RValue | undefined): never {
  return fail(
    `${fn}() cannot convert ${typeof v === 'string' ? JSON.stringify(v) : describeType(v ?? null)}.`,
  );
}

export function toRulesString(v: RValue): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return v;
    case 'boolean':
    case 'bigint':
      return String(v);
    case 'number':
      return floatToString(v);
  }
  if (v instanceof RPath) return v.toString();
  if (v instanceof RTimestamp) return formatRfc3339(v.ns);
  if (v instanceof RDuration) return `${Number(v.ns) / 1e9}s`;
  if (v instanceof Uint8Array) return Buffer.from(v).toString('utf8');
  return cannotConvert('string', v);
}

export const conversions: MethodTable<null> = {
  bool: {
    arity: 1,
    fn: (_, [v]) => {
      if (typeof v === 'boolean') return v;
      if (v === 'true') return true;
      if (v === 'false') return false;
      return cannotConvert('bool', v);
    },
  },
  bytes: {
    arity: 1,
    fn: (_, [v]) => {
      if (v instanceof Uint8Array) return v;
      if (typeof v === 'string') return new Uint8Array(Buffer.from(v, 'utf8'));
      return cannotConvert('bytes', v);
    },
  },
  float: {
    arity: 1,
    fn: (_, [v]) => {
      if (typeof v === 'number') return v;
      if (typeof v === 'bigint') return Number(v);
      if (typeof v === 'string') {
        const t = v.trim();
        if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
        if (/^[+-]?(Infinity|inf)$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
        if (/^NaN$/i.test(t)) return Number.NaN;
      }
      return cannotConvert('float', v);
    },
  },
  int: {
    arity: 1,
    fn: (_, [v]) => {
      if (typeof v === 'bigint') return v;
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) fail(`int() cannot convert ${v}.`);
        return checkInt(BigInt(Math.trunc(v)));
      }
      if (typeof v === 'string' && /^[+-]?\d+$/.test(v.trim())) return checkInt(BigInt(v.trim()));
      return cannotConvert('int', v);
    },
  },
  path: {
    arity: 1,
    fn: (_, [v]) => {
      if (v instanceof RPath) return v;
      if (typeof v === 'string') return parsePath(v);
      return cannotConvert('path', v);
    },
  },
  string: { arity: 1, fn: (_, [v]) => toRulesString(v ?? null) },
};
