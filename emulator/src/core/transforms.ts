/**
 * Field transforms (server values). Each returns the field's new value, which is also the
 * transform result reported back to the client.
 */
import type { FieldTransform, Value } from './api.ts';
import { FirestoreError } from './api.ts';
import { INT64_MAX, INT64_MIN, normalizeValue } from './normalize.ts';
import {
  arrayContains,
  compareNumbers,
  doubleOf,
  isInteger,
  isNumber,
  valuesEqual,
} from './values.ts';

/** int64 addition clamped to the int64 range (as the backend and the mobile SDKs do). */
function saturatingAdd(a: bigint, b: bigint): bigint {
  const sum = a + b;
  if (sum > INT64_MAX) return INT64_MAX;
  if (sum < INT64_MIN) return INT64_MIN;
  return sum;
}

function requireNumber(operand: Value | undefined, kind: string): Value {
  if (!isNumber(operand)) {
    throw new FirestoreError('INVALID_ARGUMENT', `${kind} transform operand must be a number`);
  }
  return normalizeValue(operand);
}

function increment(current: Value | undefined, operand: Value): Value {
  if (!isNumber(current)) return operand;
  if (isInteger(current) && isInteger(operand)) {
    return {
      integerValue: saturatingAdd(
        BigInt(current.integerValue),
        BigInt(operand.integerValue),
      ).toString(),
    };
  }
  return normalizeValue({ doubleValue: doubleOf(current) + doubleOf(operand) });
}

function isZero(v: Value): boolean {
  return doubleOf(v) === 0;
}

/**
 * maximum/minimum: a non-number field takes the operand; NaN wins; equal values (3 and 3.0, or
 * any zeros) keep the stored value.
 */
function extremum(current: Value | undefined, operand: Value, wantMax: boolean): Value {
  if (!isNumber(current)) return operand;
  const a = doubleOf(current);
  const b = doubleOf(operand);
  if (Number.isNaN(a)) return current;
  if (Number.isNaN(b)) return operand;
  if (isZero(current) && isZero(operand)) return current;
  const c = compareNumbers(operand, current);
  if (c === 0) return current;
  return (wantMax ? c > 0 : c < 0) ? operand : current;
}

function arrayOf(v: Value | undefined): Value[] {
  return v && 'arrayValue' in v ? [...(v.arrayValue.values ?? [])] : [];
}

function appendMissing(current: Value | undefined, elements: Value[]): Value {
  const values = arrayOf(current);
  for (const e of elements) {
    if (!arrayContains(values, e)) values.push(e);
  }
  return { arrayValue: { values } };
}

function removeAll(current: Value | undefined, elements: Value[]): Value {
  const values = arrayOf(current).filter((v) => !elements.some((e) => valuesEqual(v, e)));
  return { arrayValue: { values } };
}

/** New value of a field after one transform. `requestTime` is the commit time (RFC 3339). */
export function applyTransform(
  current: Value | undefined,
  transform: FieldTransform,
  requestTime: string,
): Value {
  if (transform.setToServerValue !== undefined) {
    if (
      transform.setToServerValue !== 'REQUEST_TIME' &&
      (transform.setToServerValue as unknown) !== 1
    ) {
      throw new FirestoreError(
        'INVALID_ARGUMENT',
        `Unknown server value: ${transform.setToServerValue}`,
      );
    }
    return { timestampValue: requestTime };
  }
  if (transform.increment !== undefined) {
    return increment(current, requireNumber(transform.increment, 'increment'));
  }
  if (transform.maximum !== undefined) {
    return extremum(current, requireNumber(transform.maximum, 'maximum'), true);
  }
  if (transform.minimum !== undefined) {
    return extremum(current, requireNumber(transform.minimum, 'minimum'), false);
  }
  if (transform.appendMissingElements !== undefined) {
    return appendMissing(
      current,
      (transform.appendMissingElements.values ?? []).map(normalizeValue),
    );
  }
  if (transform.removeAllFromArray !== undefined) {
    return removeAll(current, (transform.removeAllFromArray.values ?? []).map(normalizeValue));
  }
  throw new FirestoreError(
    'INVALID_ARGUMENT',
    `Field transform on ${transform.fieldPath} has no operation`,
  );
}
