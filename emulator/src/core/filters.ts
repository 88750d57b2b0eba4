/**
 * Filter evaluation against one document, following the backend (and the web SDK's local
 * query engine): comparisons only match values of the same type class, `!=`/not-in exclude
 * missing and null fields, every filter on a missing field fails.
 */
import type { Document, Filter, Value } from './api.ts';
import { FirestoreError } from './api.ts';
import { getField, isKeyField, parseFieldPath } from './field-paths.ts';
import { arrayContains, compareValues, isNaNValue, typeOrder } from './values.ts';

type FieldOp = Extract<Filter, { fieldFilter: unknown }>['fieldFilter']['op'];
type UnaryOp = Extract<Filter, { unaryFilter: unknown }>['unaryFilter']['op'];

const INEQUALITY_OPS = new Set<string>([
  'LESS_THAN',
  'LESS_THAN_OR_EQUAL',
  'GREATER_THAN',
  'GREATER_THAN_OR_EQUAL',
  'NOT_EQUAL',
  'NOT_IN',
  'IS_NOT_NAN',
  'IS_NOT_NULL',
]);

/** The value a filter or order sees for a field path; `__name__` is the document reference. */
export function fieldValue(doc: Document, path: string): Value | undefined {
  if (isKeyField(path)) return { referenceValue: doc.name };
  return getField(doc.fields, parseFieldPath(path));
}

function listOf(v: Value, op: string): Value[] {
  if (!('arrayValue' in v)) {
    throw new FirestoreError('INVALID_ARGUMENT', `A filter with ${op} requires an array value`);
  }
  return v.arrayValue.values ?? [];
}

function isNull(v: Value | undefined): boolean {
  return !!v && 'nullValue' in v;
}

function matchesField(op: FieldOp, other: Value | undefined, value: Value): boolean {
  if (other === undefined) return false;
  switch (op) {
    case 'NOT_EQUAL':
      return !isNull(other) && compareValues(other, value) !== 0;
    case 'ARRAY_CONTAINS':
      return 'arrayValue' in other && arrayContains(other.arrayValue.values, value);
    case 'ARRAY_CONTAINS_ANY': {
      const wanted = listOf(value, op);
      return (
        'arrayValue' in other &&
        (other.arrayValue.values ?? []).some((v) => arrayContains(wanted, v))
      );
    }
    case 'IN':
      return arrayContains(listOf(value, op), other);
    case 'NOT_IN': {
      const excluded = listOf(value, op);
      if (excluded.some(isNull)) return false;
      return !isNull(other) && !arrayContains(excluded, other);
    }
  }
  if (typeOrder(other) !== typeOrder(value)) return false;
  const c = compareValues(other, value);
  switch (op) {
    case 'LESS_THAN':
      return c < 0;
    case 'LESS_THAN_OR_EQUAL':
      return c <= 0;
    case 'GREATER_THAN':
      return c > 0;
    case 'GREATER_THAN_OR_EQUAL':
      return c >= 0;
    case 'EQUAL':
      return c === 0;
  }
  throw new FirestoreError('INVALID_ARGUMENT', `Unknown filter operator: ${String(op)}`);
}

function matchesUnary(op: UnaryOp, other: Value | undefined): boolean {
  if (other === undefined) return false;
  switch (op) {
    case 'IS_NAN':
      return isNaNValue(other);
    case 'IS_NULL':
      return isNull(other);
    case 'IS_NOT_NAN':
      return !isNull(other) && !isNaNValue(other);
    case 'IS_NOT_NULL':
      return !isNull(other);
  }
  throw new FirestoreError('INVALID_ARGUMENT', `Unknown unary operator: ${String(op)}`);
}

export function matchesFilter(filter: Filter, doc: Document): boolean {
  if ('compositeFilter' in filter) {
    const { op, filters } = filter.compositeFilter;
    if (op === 'OR') return (filters ?? []).some((f) => matchesFilter(f, doc));
    if (op === 'AND' || (op as unknown) === undefined)
      return (filters ?? []).every((f) => matchesFilter(f, doc));
    throw new FirestoreError('INVALID_ARGUMENT', `Unknown composite operator: ${String(op)}`);
  }
  if ('fieldFilter' in filter) {
    const { field, op, value } = filter.fieldFilter;
    return matchesField(op, fieldValue(doc, field.fieldPath), value);
  }
  if ('unaryFilter' in filter) {
    const { field, op } = filter.unaryFilter;
    return matchesUnary(op, fieldValue(doc, field.fieldPath));
  }
  throw new FirestoreError('INVALID_ARGUMENT', `Unknown filter: ${JSON.stringify(filter)}`);
}

/** Field paths (as sent) of every inequality filter, for the implicit orderBy. */
export function inequalityFields(filter: Filter | undefined, out: string[] = []): string[] {
  if (!filter) return out;
  if ('compositeFilter' in filter) {
    for (const f of filter.compositeFilter.filters ?? []) inequalityFields(f, out);
  } else if ('fieldFilter' in filter) {
    if (INEQUALITY_OPS.has(filter.fieldFilter.op)) out.push(filter.fieldFilter.field.fieldPath);
  } else if ('unaryFilter' in filter) {
    if (INEQUALITY_OPS.has(filter.unaryFilter.op)) out.push(filter.unaryFilter.field.fieldPath);
  }
  return out;
}
