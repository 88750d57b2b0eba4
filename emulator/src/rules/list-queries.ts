/**
 * "Rules are not filters": a list query is allowed only if every document it could return passes.
 * We do not look at stored data. Instead `resource` becomes a stand-in built from the query:
 *
 * - The filter is put in disjunctive normal form. `IN [a, b]` becomes two disjuncts (`== a`,
 *   `== b`) and `ARRAY_CONTAINS_ANY [a, b]` two (`array-contains a`, `array-contains b`). Every
 *   disjunct must pass on its own, so an OR query passes only if each branch does.
 * - Within a disjunct, an EQUAL constraint makes the field's value known exactly; ARRAY_CONTAINS
 *   makes the field a list known to contain the value (`x in f`, `f.hasAny([x])`, `f.hasAll([x])`
 *   are true); range filters decide orderings they imply (`f > 5` proves `f >= 0`); NOT_EQUAL /
 *   NOT_IN decide `f != v`. Fields with constraints, and orderBy fields, are known to exist.
 * - Anything else read from resource.data (unconstrained fields, size(), keys(), ...) is an error,
 *   so the allow fails: exactly the case where some stored document might not pass.
 *
 * This approximates Firestore's own reasoning; it is sound (never allows a query the constraints do
 * not justify) but may deny unusual rules that the real service proves in other ways.
 */

import type { StructuredQuery } from '../core/api.ts';
import { fail } from './errors.ts';
import { pathFromResourceName } from './firestore-values.ts';
import type { FieldFacts, QueryConstraints } from './query-filters.ts';
import { showValue } from './show.ts';
import {
  compareValues,
  describeType,
  isType,
  QueryDerived,
  RMap,
  RPath,
  RSet,
  type RValue,
  valuesEqual,
} from './values.ts';

function unconstrained(what: string): never {
  return fail(
    `${what} is not constrained by the query; rules are not filters, so a list query must ` +
      'constrain every field the rule reads (with ==, in, array-contains or a range).',
  );
}

/** `resource.data` (or a nested map inside it) as far as the query's constraints tell. */
export class QueryMap extends QueryDerived {
  constructor(
    private readonly constraints: QueryConstraints,
    private readonly prefix: string[],
  ) {
    super();
  }

  describe(): string {
    return `query-constrained map resource.data${this.prefix.map((p) => `.${p}`).join('')}`;
  }

  field(name: string): RValue {
    const path = [...this.prefix, name];
    const facts = this.constraints.get(path);
    if (facts?.hasEq) return facts.eq;
    if (facts) return new QueryField(path, facts);
    if (this.constraints.hasBelow(path)) return new QueryMap(this.constraints, path);
    return unconstrained(`resource.data.${path.join('.')}`);
  }

  contains(key: RValue): boolean {
    if (typeof key !== 'string') fail(`Map keys are strings, got ${describeType(key)}.`);
    const path = [...this.prefix, key];
    if (this.constraints.get(path) || this.constraints.hasBelow(path)) return true;
    return unconstrained(`Presence of resource.data.${path.join('.')}`);
  }

  isIn(): boolean {
    return unconstrained(this.describe());
  }

  equals(): boolean {
    return unconstrained(`The whole of ${this.describe()}`);
  }

  compareWith(): boolean {
    return unconstrained(this.describe());
  }

  callMethod(name: string, args: RValue[]): RValue {
    if (name === 'get' && args.length === 2) {
      const keys = Array.isArray(args[0]) ? args[0] : [args[0]!];
      let cur: RValue = this;
      for (const k of keys) {
        if (typeof k !== 'string') fail('Map.get() keys are strings.');
        if (!(cur instanceof QueryMap))
          return cur instanceof RMap ? (cur.get(k) ?? args[1]!) : args[1]!;
        cur = cur.field(k);
      }
      return cur;
    }
    return unconstrained(`${this.describe()}.${name}()`);
  }

  isType(typeName: string): boolean {
    return typeName === 'map';
  }
}

/** A field with constraints other than equality (array-contains, ranges, !=). */
export class QueryField extends QueryDerived {
  constructor(
    private readonly path: string[],
    private readonly facts: FieldFacts,
  ) {
    super();
  }

  describe(): string {
    return `query-constrained field resource.data.${this.path.join('.')}`;
  }

  private knownToContain(v: RValue): boolean {
    return this.facts.contains.some((c) => valuesEqual(c, v));
  }

  field(name: string): RValue {
    return unconstrained(`resource.data.${[...this.path, name].join('.')}`);
  }

  contains(v: RValue): boolean {
    if (this.knownToContain(v)) return true;
    return unconstrained(`Whether ${this.describe()} contains ${showValue(v)}`);
  }

  isIn(): boolean {
    return unconstrained(`The value of ${this.describe()}`);
  }

  equals(other: RValue): boolean {
    if (this.facts.notEq.some((n) => valuesEqual(n, other))) return false;
    if (other !== null && this.outsideBounds(other)) return false;
    return unconstrained(`Whether ${this.describe()} equals ${showValue(other)}`);
  }

  /** True when the range filters exclude `v`. */
  private outsideBounds(v: RValue): boolean {
    try {
      const { lower, upper } = this.facts;
      if (lower) {
        const c = compareValues(v, lower.value);
        if (c < 0 || (c === 0 && !lower.inclusive)) return true;
      }
      if (upper) {
        const c = compareValues(v, upper.value);
        if (c > 0 || (c === 0 && !upper.inclusive)) return true;
      }
    } catch {
      return false;
    }
    return false;
  }

  compareWith(op: '<' | '<=' | '>' | '>=', other: RValue): boolean {
    const { lower, upper } = this.facts;
    // field > other (or >=) holds for every document when the query's lower bound implies it.
    if ((op === '>' || op === '>=') && lower) {
      const c = compareValues(lower.value, other);
      if (c > 0 || (c === 0 && (op === '>=' || !lower.inclusive))) return true;
    }
    if ((op === '<' || op === '<=') && upper) {
      const c = compareValues(upper.value, other);
      if (c < 0 || (c === 0 && (op === '<=' || !upper.inclusive))) return true;
    }
    return unconstrained(`Whether ${this.describe()} ${op} ${showValue(other)}`);
  }

  callMethod(name: string, args: RValue[]): RValue {
    const items = args[0];
    const list = Array.isArray(items) ? items : items instanceof RSet ? items.items : null;
    if (name === 'hasAny' && list && list.some((x) => this.knownToContain(x))) return true;
    if (name === 'hasAll' && list && list.every((x) => this.knownToContain(x))) return true;
    return unconstrained(`${this.describe()}.${name}(${args.map((a) => showValue(a)).join(', ')})`);
  }

  isType(typeName: string): boolean {
    if (this.facts.contains.length > 0) return typeName === 'list';
    // Range filters only return values of the bound's type (Firestore orders by type first).
    const bound = this.facts.lower ?? this.facts.upper;
    if (bound) return isType(bound.value, typeName);
    return unconstrained(`The type of ${this.describe()}`);
  }
}

/** `resource` for one disjunct of a list query: {data, id, __name__}. */
export function queryResource(constraints: QueryConstraints, collection: RPath): RValue {
  const name = constraints.get(['__name__']);
  const entries = new Map<string, RValue>([['data', new QueryMap(constraints, [])]]);
  if (name?.hasEq && typeof name.eq !== 'bigint') {
    const p = name.eq instanceof RPath ? name.eq : pathFromResourceName(String(name.eq));
    entries.set('__name__', p);
    entries.set('id', p.segments[p.segments.length - 1] ?? '');
  }
  return new QueryResourceMap(entries, collection);
}

/** A resource whose id and name are unknown unless the query pins __name__. */
class QueryResourceMap extends QueryDerived {
  constructor(
    private readonly known: Map<string, RValue>,
    private readonly collection: RPath,
  ) {
    super();
  }
  describe(): string {
    return `a document the query on ${this.collection.toString()} may return`;
  }
  field(name: string): RValue {
    const v = this.known.get(name);
    if (v !== undefined) return v;
    if (name === 'id' || name === '__name__') return unconstrained(`resource.${name}`);
    return fail(`Property ${name} is undefined on object.`);
  }
  contains(key: RValue): boolean {
    return key === 'data' || key === 'id' || key === '__name__';
  }
  isIn(): boolean {
    return unconstrained('resource');
  }
  equals(other: RValue): boolean {
    // A query result is a document, never null.
    if (other === null) return false;
    return unconstrained('resource');
  }
  compareWith(): boolean {
    return unconstrained('resource');
  }
  callMethod(name: string): RValue {
    return unconstrained(`resource.${name}()`);
  }
  isType(typeName: string): boolean {
    return typeName === 'map';
  }
}

/** request.query: {limit, offset, orderBy}. orderBy maps field paths to 'ASC' / 'DESC'. */
export function requestQueryValue(q: StructuredQuery): RMap {
  const orderBy = new Map<string, RValue>();
  for (const o of q.orderBy ?? [])
    orderBy.set(o.field.fieldPath, o.direction === 'DESCENDING' ? 'DESC' : 'ASC');
  return RMap.of({
    limit: q.limit === undefined || q.limit === null ? null : BigInt(q.limit),
    offset: q.offset ? BigInt(q.offset) : 0n,
    orderBy: new RMap(orderBy),
  });
}
