/**
 * count / sum / avg over a query's results. sum of ints stays an int unless it overflows int64
 * (then double); any double makes it a double; non-numbers are ignored; avg is a double, or
 * null when no value was numeric.
 */
import type { Aggregation, Document, Value } from './api.ts';
import { FirestoreError } from './api.ts';
import { fieldValue } from './filters.ts';
import { INT64_MAX, INT64_MIN, normalizeValue } from './normalize.ts';
import { doubleOf, isNumber } from './values.ts';

function numbersOf(docs: Document[], fieldPath: string): Value[] {
  const out: Value[] = [];
  for (const doc of docs) {
    const v = fieldValue(doc, fieldPath);
    if (isNumber(v)) out.push(v);
  }
  return out;
}

function sum(values: Value[]): Value {
  let intSum = 0n;
  let allInts = true;
  let doubleSum = 0;
  for (const v of values) {
    if ('integerValue' in v) {
      intSum += BigInt(v.integerValue);
    } else {
      allInts = false;
    }
    doubleSum += doubleOf(v);
  }
  if (allInts && intSum >= INT64_MIN && intSum <= INT64_MAX)
    return { integerValue: intSum.toString() };
  return normalizeValue({ doubleValue: doubleSum });
}

function avg(values: Value[]): Value {
  if (values.length === 0) return { nullValue: null };
  let total = 0;
  for (const v of values) total += doubleOf(v);
  return normalizeValue({ doubleValue: total / values.length });
}

function upTo(raw: string | number | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(typeof raw === 'object' ? (raw as { value?: unknown }).value : raw);
  if (!Number.isInteger(n) || n < 1)
    throw new FirestoreError('INVALID_ARGUMENT', 'count upTo must be positive');
  return n;
}

/** Aggregate fields keyed by alias (default aliases field_1, field_2, ... as the backend). */
export function aggregate(docs: Document[], aggregations: Aggregation[]): Record<string, Value> {
  if (aggregations.length === 0) {
    throw new FirestoreError('INVALID_ARGUMENT', 'At least one aggregation is required');
  }
  const out: Record<string, Value> = {};
  aggregations.forEach((a, i) => {
    const alias = a.alias || `field_${i + 1}`;
    if (alias in out)
      throw new FirestoreError('INVALID_ARGUMENT', `Duplicate aggregation alias: ${alias}`);
    if (a.count) {
      const limit = upTo(a.count.upTo);
      const count = limit === undefined ? docs.length : Math.min(limit, docs.length);
      out[alias] = { integerValue: String(count) };
    } else if (a.sum) {
      out[alias] = sum(numbersOf(docs, a.sum.field.fieldPath));
    } else if (a.avg) {
      out[alias] = avg(numbersOf(docs, a.avg.field.fieldPath));
    } else {
      throw new FirestoreError('INVALID_ARGUMENT', `Aggregation ${alias} has no operator`);
    }
  });
  return out;
}
