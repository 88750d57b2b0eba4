/**
 * What the backend refuses in a query's filter before running it: unknown operators, empty
 * composites, disjunction lists over their limits, non-reference values for __name__.
 */
import type { Filter, Value } from './api.ts';
import { FirestoreError } from './api.ts';
import { isKeyField, parseFieldPath } from './field-paths.ts';

const FIELD_OPS = new Set([
  'LESS_THAN',
  'LESS_THAN_OR_EQUAL',
  'GREATER_THAN',
  'GREATER_THAN_OR_EQUAL',
  'EQUAL',
  'NOT_EQUAL',
  'ARRAY_CONTAINS',
  'IN',
  'ARRAY_CONTAINS_ANY',
  'NOT_IN',
]);
const UNARY_OPS = new Set(['IS_NAN', 'IS_NULL', 'IS_NOT_NAN', 'IS_NOT_NULL']);
const LIST_LIMITS: Record<string, number> = { IN: 30, ARRAY_CONTAINS_ANY: 30, NOT_IN: 10 };

function invalid(message: string): FirestoreError {
  return new FirestoreError('INVALID_ARGUMENT', message);
}

function checkKeyValue(v: Value, op: string): void {
  if (!('referenceValue' in v)) {
    throw invalid(`A filter on __name__ with ${op} must compare against document references`);
  }
}

function checkFieldFilter(f: Extract<Filter, { fieldFilter: unknown }>['fieldFilter']): void {
  if (!f?.field?.fieldPath) throw invalid('A field filter needs a field');
  parseFieldPath(f.field.fieldPath);
  if (!FIELD_OPS.has(f.op)) throw invalid(`Unknown field filter operator: ${String(f.op)}`);
  if (!f.value || typeof f.value !== 'object')
    throw invalid(`Filter on ${f.field.fieldPath} has no value`);
  const limit = LIST_LIMITS[f.op];
  if (limit !== undefined) {
    if (!('arrayValue' in f.value)) throw invalid(`A filter with ${f.op} requires an array value`);
    const values = f.value.arrayValue.values ?? [];
    if (values.length === 0) throw invalid(`A filter with ${f.op} needs at least one value`);
    if (values.length > limit) {
      throw invalid(
        `A filter with ${f.op} supports at most ${limit} values (got ${values.length})`,
      );
    }
    if (isKeyField(f.field.fieldPath)) for (const v of values) checkKeyValue(v, f.op);
  } else if (isKeyField(f.field.fieldPath)) {
    if (f.op === 'ARRAY_CONTAINS') throw invalid('ARRAY_CONTAINS cannot be used on __name__');
    checkKeyValue(f.value, f.op);
  }
}

/** INVALID_ARGUMENT when the filter is malformed. */
export function validateFilter(filter: Filter | undefined): void {
  if (filter === undefined) return;
  if (!filter || typeof filter !== 'object') throw invalid('Invalid filter');
  if ('compositeFilter' in filter) {
    const { op, filters } = filter.compositeFilter ?? {};
    if (op !== 'AND' && op !== 'OR')
      throw invalid(`Unknown composite filter operator: ${String(op)}`);
    if (!filters?.length) throw invalid('A composite filter needs at least one filter');
    for (const f of filters) validateFilter(f);
    return;
  }
  if ('fieldFilter' in filter) {
    checkFieldFilter(filter.fieldFilter);
    return;
  }
  if ('unaryFilter' in filter) {
    const u = filter.unaryFilter;
    if (!u?.field?.fieldPath) throw invalid('A unary filter needs a field');
    if (!UNARY_OPS.has(u.op)) throw invalid(`Unknown unary filter operator: ${String(u.op)}`);
    return;
  }
  throw invalid(`Unknown filter: ${JSON.stringify(filter)}`);
}
