/**
 * Arithmetic, comparison and membership operators. Integers are 64-bit (overflow is an error,
 * division truncates toward zero, division or modulo by zero is an error); floats are IEEE.
 * Mixed int/float arithmetic is accepted and yields a float: Firestore stores whole JS numbers as
 * integers, so real rules like `data.price * 1.1` depend on it.
 */
import type { BinaryOp } from './ast.ts';
import { fail } from './errors.ts';
import { checkTimestamp } from './functions/timestamp.ts';
import {
  checkInt,
  compareValues,
  describeType,
  INT_MIN,
  isNumber,
  QueryDerived,
  RDuration,
  RMap,
  RSet,
  RTimestamp,
  type RValue,
  valuesEqual,
} from './values.ts';

function unsupported(op: string, a: RValue, b: RValue): never {
  return fail(
    `Unsupported operation error. Received: ${describeType(a)} ${op} ${describeType(b)}.`,
  );
}

function arithmetic(
  op: '+' | '-' | '*' | '/' | '%',
  a: bigint | number,
  b: bigint | number,
): RValue {
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    switch (op) {
      case '+':
        return checkInt(a + b);
      case '-':
        return checkInt(a - b);
      case '*':
        return checkInt(a * b);
      case '/':
        if (b === 0n) fail('Integer division by zero.');
        if (a === INT_MIN && b === -1n) fail('Integer overflow.');
        return a / b;
      case '%':
        if (b === 0n) fail('Integer modulo by zero.');
        return a % b;
    }
  }
  const x = Number(a);
  const y = Number(b);
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return x / y;
    case '%':
      return x % y;
  }
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function plus(a: RValue, b: RValue): RValue {
  if (isNumber(a) && isNumber(b)) return arithmetic('+', a, b);
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (a instanceof Uint8Array && b instanceof Uint8Array) return concatBytes(a, b);
  if (a instanceof RTimestamp && b instanceof RDuration) return checkTimestamp(a.ns + b.ns);
  if (a instanceof RDuration && b instanceof RTimestamp) return checkTimestamp(a.ns + b.ns);
  if (a instanceof RDuration && b instanceof RDuration) return new RDuration(a.ns + b.ns);
  return unsupported('+', a, b);
}

function minus(a: RValue, b: RValue): RValue {
  if (isNumber(a) && isNumber(b)) return arithmetic('-', a, b);
  if (a instanceof RTimestamp && b instanceof RTimestamp) return new RDuration(a.ns - b.ns);
  if (a instanceof RTimestamp && b instanceof RDuration) return checkTimestamp(a.ns - b.ns);
  if (a instanceof RDuration && b instanceof RDuration) return new RDuration(a.ns - b.ns);
  return unsupported('-', a, b);
}

/** `a in b`: list/set membership or map key presence. */
export function membership(a: RValue, b: RValue): boolean {
  if (b instanceof QueryDerived) return b.contains(a);
  if (a instanceof QueryDerived && (Array.isArray(b) || b instanceof RSet)) return a.isIn(b);
  if (Array.isArray(b)) return b.some((x) => valuesEqual(x, a));
  if (b instanceof RSet) return b.has(a);
  if (b instanceof RMap) {
    if (typeof a !== 'string') fail(`Map keys are strings; 'in' received ${describeType(a)}.`);
    return b.has(a);
  }
  return unsupported('in', a, b);
}

/** Every binary operator except && and || (those need lazy evaluation; see evaluator.ts). */
export function applyBinary(op: Exclude<BinaryOp, '&&' | '||'>, a: RValue, b: RValue): RValue {
  switch (op) {
    case '==':
      return valuesEqual(a, b);
    case '!=':
      return !valuesEqual(a, b);
    case 'in':
      return membership(a, b);
  }
  if (a instanceof QueryDerived || b instanceof QueryDerived) return queryOperator(op, a, b);
  switch (op) {
    case '+':
      return plus(a, b);
    case '-':
      return minus(a, b);
    case '*':
    case '/':
    case '%':
      if (isNumber(a) && isNumber(b)) return arithmetic(op, a, b);
      return unsupported(op, a, b);
    case '<':
      return compareValues(a, b) < 0;
    case '<=':
      return compareValues(a, b) <= 0;
    case '>':
      return compareValues(a, b) > 0;
    case '>=':
      return compareValues(a, b) >= 0;
  }
}

const FLIPPED = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' } as const;

/** Operators with a query-derived operand: only orderings can be decided (by range filters). */
function queryOperator(op: string, a: RValue, b: RValue): RValue {
  if (op === '<' || op === '<=' || op === '>' || op === '>=') {
    if (a instanceof QueryDerived) return a.compareWith(op, b);
    if (b instanceof QueryDerived) return b.compareWith(FLIPPED[op], a);
  }
  return unsupported(op, a, b);
}

export function applyUnary(op: '!' | '-', v: RValue): RValue {
  if (op === '!') {
    if (typeof v !== 'boolean') fail(`Unsupported operation error. Received: !${describeType(v)}.`);
    return !v;
  }
  if (typeof v === 'bigint') return checkInt(-v);
  if (typeof v === 'number') return -v;
  if (v instanceof RDuration) return new RDuration(-v.ns);
  return fail(`Unsupported operation error. Received: -${describeType(v)}.`);
}
