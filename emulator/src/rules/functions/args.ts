/** Argument checking shared by the standard library: wrong arity or type is an evaluation error. */
import { fail } from '../errors.ts';
import { describeType, RMap, RSet, type RValue } from '../values.ts';

export type Builtin<Self> = (self: Self, args: RValue[]) => RValue;

/** A method or global: how many arguments it takes and what it does. */
export interface BuiltinSpec<Self> {
  arity: number | readonly [number, number];
  fn: Builtin<Self>;
}

export type MethodTable<Self> = Record<string, BuiltinSpec<Self>>;

export function checkArity(name: string, spec: BuiltinSpec<never>, args: RValue[]): void {
  const [min, max] = typeof spec.arity === 'number' ? [spec.arity, spec.arity] : spec.arity;
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    fail(`Function ${name}() expects ${expected} argument(s), got ${args.length}.`);
  }
}

function wrongType(name: string, expected: string, v: RValue): never {
  return fail(`Function ${name}() expects ${expected}, got ${describeType(v)}.`);
}

export function argString(name: string, v: RValue | undefined): string {
  if (typeof v !== 'string') return wrongType(name, 'a string', v ?? null);
  return v;
}

export function argInt(name: string, v: RValue | undefined): bigint {
  if (typeof v !== 'bigint') return wrongType(name, 'an int', v ?? null);
  return v;
}

export function argNumber(name: string, v: RValue | undefined): bigint | number {
  if (typeof v !== 'bigint' && typeof v !== 'number') return wrongType(name, 'a number', v ?? null);
  return v;
}

export function argList(name: string, v: RValue | undefined): RValue[] {
  if (!Array.isArray(v)) return wrongType(name, 'a list', v ?? null);
  return v;
}

export function argMap(name: string, v: RValue | undefined): RMap {
  if (!(v instanceof RMap)) return wrongType(name, 'a map', v ?? null);
  return v;
}

/** Lists and sets are interchangeable as arguments of hasAll/hasAny/hasOnly/union... */
export function argItems(name: string, v: RValue | undefined): RValue[] {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return v.items;
  return wrongType(name, 'a list or set', v ?? null);
}

export function argBytesOrString(name: string, v: RValue | undefined): Uint8Array {
  if (typeof v === 'string') return new Uint8Array(Buffer.from(v, 'utf8'));
  if (v instanceof Uint8Array) return v;
  return wrongType(name, 'bytes or a string', v ?? null);
}
