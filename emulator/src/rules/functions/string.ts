/** rules.String methods. Sizes and indexes count code points, not UTF-16 units. */
import { fail } from '../errors.ts';
import type { RValue } from '../values.ts';
import { argString, type MethodTable } from './args.ts';
import { compileRe2, translateReplacement } from './regex.ts';

export function codePoints(s: string): string[] {
  return Array.from(s);
}

export const stringMethods: MethodTable<string> = {
  lower: { arity: 0, fn: (s) => s.toLowerCase() },
  upper: { arity: 0, fn: (s) => s.toUpperCase() },
  trim: { arity: 0, fn: (s) => s.trim() },
  size: { arity: 0, fn: (s) => BigInt(codePoints(s).length) },
  toUtf8: { arity: 0, fn: (s) => new Uint8Array(Buffer.from(s, 'utf8')) },
  matches: {
    arity: 1,
    fn: (s, [re]) => compileRe2(argString('matches', re), 'full').test(s),
  },
  replace: {
    arity: 2,
    fn: (s, [re, sub]) =>
      s.replace(
        compileRe2(argString('replace', re), 'global'),
        translateReplacement(argString('replace', sub)),
      ),
  },
  split: {
    arity: 1,
    fn: (s, [re]): RValue => s.split(compileRe2(argString('split', re), 'global')),
  },
};

export function indexString(s: string, i: bigint): string {
  const cps = codePoints(s);
  if (i < 0n || i >= BigInt(cps.length))
    fail(`String index ${i} out of range (size ${cps.length}).`);
  return cps[Number(i)]!;
}
