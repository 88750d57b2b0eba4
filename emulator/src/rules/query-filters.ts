/**
 * A list query's filter as constraints per field: the filter in disjunctive normal form (IN and
 * ARRAY_CONTAINS_ANY expanded to one disjunct per value), and for each disjunct what it says about
 * each field. See list-queries.ts for how rules read these.
 */
import type { Filter } from '../core/api.ts';
import { fail } from './errors.ts';
import { fromFirestoreValue } from './firestore-values.ts';
import { type RValue, valuesEqual } from './values.ts';

export type FieldOp =
  | 'EQUAL'
  | 'ARRAY_CONTAINS'
  | 'NOT_EQUAL'
  | 'LESS_THAN'
  | 'LESS_THAN_OR_EQUAL'
  | 'GREATER_THAN'
  | 'GREATER_THAN_OR_EQUAL'
  | 'EXISTS';

/** One atomic constraint of a conjunction. Field paths are dotted, segments unescaped. */
export interface Atom {
  field: string[];
  op: FieldOp;
  value: RValue;
}

/** Upper bound on disjuncts (Firestore itself caps DNF size far lower). */
const MAX_DISJUNCTS = 1000;

/** Splits a field path like a.b.`c.d` into segments. */
export function parseFieldPath(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '\\' && i + 1 < text.length) cur += text[++i];
      else if (c === '`') quoted = false;
      else cur += c;
    } else if (c === '`') quoted = true;
    else if (c === '.') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function cross(a: Atom[][], b: Atom[][]): Atom[][] {
  const out: Atom[][] = [];
  for (const x of a) for (const y of b) out.push([...x, ...y]);
  if (out.length > MAX_DISJUNCTS)
    fail('The query filter is too complex to check against the rules.');
  return out;
}

/** Disjunctive normal form of a filter: OR of ANDs of atoms. */
export function toDisjuncts(filter: Filter | undefined): Atom[][] {
  if (!filter) return [[]];
  if ('compositeFilter' in filter) {
    const parts = filter.compositeFilter.filters.map(toDisjuncts);
    if (filter.compositeFilter.op === 'OR') return parts.flat();
    return parts.reduce(cross, [[]]);
  }
  if ('unaryFilter' in filter) {
    const field = parseFieldPath(filter.unaryFilter.field.fieldPath);
    switch (filter.unaryFilter.op) {
      case 'IS_NULL':
        return [[{ field, op: 'EQUAL', value: null }]];
      case 'IS_NAN':
        return [[{ field, op: 'EQUAL', value: Number.NaN }]];
      case 'IS_NOT_NULL':
        return [[{ field, op: 'NOT_EQUAL', value: null }]];
      case 'IS_NOT_NAN':
        return [[{ field, op: 'NOT_EQUAL', value: Number.NaN }]];
    }
  }
  const { field: ref, op, value } = filter.fieldFilter;
  const field = parseFieldPath(ref.fieldPath);
  const v = fromFirestoreValue(value);
  const values = Array.isArray(v) ? v : [v];
  switch (op) {
    case 'IN':
      return values.map((x) => [{ field, op: 'EQUAL', value: x }]);
    case 'ARRAY_CONTAINS_ANY':
      return values.map((x) => [{ field, op: 'ARRAY_CONTAINS', value: x }]);
    case 'NOT_IN':
      return [values.map((x) => ({ field, op: 'NOT_EQUAL' as const, value: x }))];
    default:
      return [[{ field, op, value: v }]];
  }
}

export interface Bound {
  value: RValue;
  inclusive: boolean;
}

/** Everything one disjunct says about one field. */
export class FieldFacts {
  hasEq = false;
  eq: RValue = null;
  contains: RValue[] = [];
  notEq: RValue[] = [];
  lower?: Bound;
  upper?: Bound;
}

/** The constraints of one disjunct, by dotted field path. */
export class QueryConstraints {
  readonly facts = new Map<string, FieldFacts>();
  /** Two EQUALs that disagree: no document can match, so the disjunct passes vacuously. */
  impossible = false;

  constructor(atoms: Atom[], orderBy: string[][]) {
    for (const a of atoms) this.add(a);
    for (const f of orderBy) this.factsFor(f);
  }

  private factsFor(field: string[]): FieldFacts {
    const key = field.join('\u0000');
    const f = this.facts.get(key) ?? new FieldFacts();
    this.facts.set(key, f);
    return f;
  }

  private add(a: Atom): void {
    const f = this.factsFor(a.field);
    switch (a.op) {
      case 'EQUAL':
        if (f.hasEq && !valuesEqual(f.eq, a.value)) this.impossible = true;
        f.hasEq = true;
        f.eq = a.value;
        return;
      case 'ARRAY_CONTAINS':
        f.contains.push(a.value);
        return;
      case 'NOT_EQUAL':
        f.notEq.push(a.value);
        return;
      case 'LESS_THAN':
      case 'LESS_THAN_OR_EQUAL':
        f.upper = { value: a.value, inclusive: a.op === 'LESS_THAN_OR_EQUAL' };
        return;
      case 'GREATER_THAN':
      case 'GREATER_THAN_OR_EQUAL':
        f.lower = { value: a.value, inclusive: a.op === 'GREATER_THAN_OR_EQUAL' };
        return;
      case 'EXISTS':
        return;
    }
  }

  get(field: string[]): FieldFacts | undefined {
    return this.facts.get(field.join('\u0000'));
  }

  /** Whether any constrained field lies strictly below `prefix`. */
  hasBelow(prefix: string[]): boolean {
    const p = `${prefix.join('\u0000')}\u0000`;
    for (const k of this.facts.keys()) if (k.startsWith(p)) return true;
    return false;
  }
}
