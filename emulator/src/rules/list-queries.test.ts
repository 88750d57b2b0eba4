import { describe, expect, it } from 'vitest';
import type { Filter } from '../core/api.ts';
import { parseFieldPath, toDisjuncts } from './query-filters.ts';
import { compile, listRequest, lookupFrom, rulesFor, toValue } from './test-support.ts';

const alice = { uid: 'alice', token: {} };

const eq = (field: string, value: unknown): Filter => ({
  fieldFilter: { field: { fieldPath: field }, op: 'EQUAL', value: toValue(value) },
});
const op = (
  field: string,
  o: Extract<Filter, { fieldFilter: unknown }>['fieldFilter']['op'],
  value: unknown,
): Filter => ({
  fieldFilter: { field: { fieldPath: field }, op: o, value: toValue(value) },
});
const and = (...filters: Filter[]): Filter => ({ compositeFilter: { op: 'AND', filters } });
const or = (...filters: Filter[]): Filter => ({ compositeFilter: { op: 'OR', filters } });

function allowed(
  rule: string,
  where: Filter | undefined,
  extra: { limit?: number; auth?: typeof alice | null } = {},
) {
  const rules = compile(rulesFor(`    match /items/{id} { allow list: if ${rule}; }`));
  const decision = rules.evaluate(
    listRequest(
      'items',
      { where, limit: extra.limit },
      { auth: extra.auth === undefined ? alice : extra.auth },
    ),
  );
  return decision;
}

describe('filter to disjunctive normal form', () => {
  it('splits IN and ARRAY_CONTAINS_ANY into one disjunct per value and distributes AND over OR', () => {
    const d = toDisjuncts(
      and(op('a', 'IN', [1, 2]), or(eq('b', 'x'), op('c', 'ARRAY_CONTAINS_ANY', ['p', 'q']))),
    );
    expect(d).toHaveLength(6);
    expect(d[0]!.map((x) => `${x.field.join('.')} ${x.op}`)).toEqual(['a EQUAL', 'b EQUAL']);
    expect(toDisjuncts(undefined)).toEqual([[]]);
  });

  it('parses field paths with backquoted segments', () => {
    expect(parseFieldPath('a.b')).toEqual(['a', 'b']);
    expect(parseFieldPath('`a.b`.c')).toEqual(['a.b', 'c']);
  });
});

describe('rules are not filters: list queries', () => {
  it('EQUAL constraints make fields known', () => {
    const rule = 'resource.data.owner == request.auth.uid';
    expect(allowed(rule, eq('owner', 'alice')).allowed).toBe(true);
    expect(allowed(rule, eq('owner', 'bob')).allowed).toBe(false);
    expect(allowed(rule, and(and(eq('owner', 'alice'), eq('x', 1)), eq('y', 2))).allowed).toBe(
      true,
    );
  });

  it('denies a query that does not constrain a field the rule reads, saying why', () => {
    const d = allowed('resource.data.owner == request.auth.uid', undefined);
    expect(d.allowed).toBe(false);
    expect(d.reason).toMatch(/resource.data.owner is not constrained by the query/);
    expect(allowed('resource.data.owner == request.auth.uid', eq('other', 'alice')).allowed).toBe(
      false,
    );
  });

  it('IN constraints: `in` a superset list passes, anything wider fails', () => {
    const rule = "resource.data.status in ['open', 'pending']";
    expect(allowed(rule, op('status', 'IN', ['open'])).allowed).toBe(true);
    expect(allowed(rule, op('status', 'IN', ['open', 'pending'])).allowed).toBe(true);
    expect(allowed(rule, op('status', 'IN', ['open', 'closed'])).allowed).toBe(false);
    expect(allowed(rule, eq('status', 'open')).allowed).toBe(true);
  });

  it('ARRAY_CONTAINS: `x in field` and hasAny/hasAll([x]) are known true', () => {
    expect(
      allowed('request.auth.uid in resource.data.members', op('members', 'ARRAY_CONTAINS', 'alice'))
        .allowed,
    ).toBe(true);
    expect(
      allowed('request.auth.uid in resource.data.members', op('members', 'ARRAY_CONTAINS', 'bob'))
        .allowed,
    ).toBe(false);
    expect(
      allowed(
        'resource.data.members.hasAny([request.auth.uid])',
        op('members', 'ARRAY_CONTAINS', 'alice'),
      ).allowed,
    ).toBe(true);
    expect(
      allowed("resource.data.members.hasAll(['alice'])", op('members', 'ARRAY_CONTAINS', 'alice'))
        .allowed,
    ).toBe(true);
    expect(
      allowed('resource.data.members.size() > 0', op('members', 'ARRAY_CONTAINS', 'alice')).allowed,
    ).toBe(false);
    expect(
      allowed('resource.data.members is list', op('members', 'ARRAY_CONTAINS', 'alice')).allowed,
    ).toBe(true);
  });

  it('ARRAY_CONTAINS_ANY: every value must satisfy the rule', () => {
    const rule = "resource.data.tags.hasAny(['a', 'b'])";
    expect(allowed(rule, op('tags', 'ARRAY_CONTAINS_ANY', ['a'])).allowed).toBe(true);
    expect(allowed(rule, op('tags', 'ARRAY_CONTAINS_ANY', ['a', 'b'])).allowed).toBe(true);
    expect(allowed(rule, op('tags', 'ARRAY_CONTAINS_ANY', ['a', 'z'])).allowed).toBe(false);
  });

  it('OR queries pass only if every disjunct passes', () => {
    const both = "resource.data.owner == request.auth.uid || resource.data.visibility == 'public'";
    const q = or(eq('owner', 'alice'), eq('visibility', 'public'));
    expect(allowed(both, q).allowed).toBe(true);
    const d = allowed('resource.data.owner == request.auth.uid', q);
    expect(d.allowed).toBe(false);
    expect(d.reason).toMatch(/query disjunct 2 of 2: visibility == "public"/);
  });

  it('range constraints decide implied orderings', () => {
    expect(allowed('resource.data.age >= 18', op('age', 'GREATER_THAN', 21)).allowed).toBe(true);
    expect(allowed('resource.data.age >= 18', op('age', 'GREATER_THAN_OR_EQUAL', 18)).allowed).toBe(
      true,
    );
    expect(allowed('resource.data.age > 18', op('age', 'GREATER_THAN_OR_EQUAL', 18)).allowed).toBe(
      false,
    );
    expect(allowed('resource.data.age >= 18', op('age', 'GREATER_THAN', 10)).allowed).toBe(false);
    expect(allowed('resource.data.price < 100', op('price', 'LESS_THAN', 50.5)).allowed).toBe(true);
    expect(allowed('18 <= resource.data.age', op('age', 'GREATER_THAN', 21)).allowed).toBe(true);
  });

  it('NOT_EQUAL / NOT_IN decide inequality', () => {
    const rule = "resource.data.status != 'deleted'";
    expect(allowed(rule, op('status', 'NOT_EQUAL', 'deleted')).allowed).toBe(true);
    expect(allowed(rule, op('status', 'NOT_IN', ['deleted', 'spam'])).allowed).toBe(true);
    expect(allowed(rule, op('status', 'NOT_EQUAL', 'spam')).allowed).toBe(false);
  });

  it('unary filters: IS_NULL is an equality with null', () => {
    const where: Filter = { unaryFilter: { op: 'IS_NULL', field: { fieldPath: 'deletedAt' } } };
    expect(allowed('resource.data.deletedAt == null', where).allowed).toBe(true);
  });

  it('nested field paths and field presence', () => {
    expect(
      allowed('resource.data.meta.owner == request.auth.uid', eq('meta.owner', 'alice')).allowed,
    ).toBe(true);
    expect(allowed("'owner' in resource.data", eq('owner', 'x')).allowed).toBe(true);
    expect(allowed("resource.data.get('owner', '') == 'x'", eq('owner', 'x')).allowed).toBe(true);
    expect(allowed("resource.data.get('other', '') == ''", eq('owner', 'x')).allowed).toBe(false);
    expect(allowed('resource.data.keys().size() > 0', eq('owner', 'x')).allowed).toBe(false);
  });

  it('resource is a document, never null; its id is unknown', () => {
    expect(allowed('resource != null', undefined).allowed).toBe(true);
    expect(allowed("resource.id != 'x'", undefined).allowed).toBe(false);
  });

  it('request.query exposes limit, offset and orderBy', () => {
    expect(allowed('request.query.limit <= 50', undefined, { limit: 20 }).allowed).toBe(true);
    expect(allowed('request.query.limit <= 50', undefined, { limit: 100 }).allowed).toBe(false);
    expect(allowed('request.query.limit <= 50', undefined).allowed).toBe(false);
    const rules = compile(
      rulesFor(
        "    match /items/{id} { allow list: if request.query.offset == 0 && request.query.orderBy.createdAt == 'DESC'; }",
      ),
    );
    const q = listRequest(
      'items',
      { orderBy: [{ field: { fieldPath: 'createdAt' }, direction: 'DESCENDING' }] },
      { auth: alice },
    );
    expect(rules.evaluate(q).allowed).toBe(true);
  });

  it('get() can use constrained fields to find related documents', () => {
    const rules = compile(
      rulesFor(`    match /chats/{id} {
      allow list: if request.auth.uid in
        get(/databases/$(database)/documents/workspaces/$(resource.data.ws)).data.members;
    }`),
    );
    const lookup = lookupFrom({ before: { 'workspaces/w1': { members: ['alice'] } } });
    expect(
      rules.evaluate(listRequest('chats', { where: eq('ws', 'w1') }, { auth: alice, lookup }))
        .allowed,
    ).toBe(true);
    expect(
      rules.evaluate(listRequest('chats', { where: eq('ws', 'w2') }, { auth: alice, lookup }))
        .allowed,
    ).toBe(false);
    expect(rules.evaluate(listRequest('chats', {}, { auth: alice, lookup })).allowed).toBe(false);
  });
});

describe('list queries: document ids and collection groups', () => {
  it('a __name__ equality makes resource.id known', () => {
    const rules = compile(
      rulesFor(
        "    match /items/{id} { allow list: if resource.id == 'a1' && resource.__name__[4] == 'a1'; }",
      ),
    );
    const byName = (names: string[]) =>
      listRequest(
        'items',
        {
          where: {
            fieldFilter: {
              field: { fieldPath: '__name__' },
              op: names.length === 1 ? 'EQUAL' : 'IN',
              value:
                names.length === 1
                  ? {
                      referenceValue: `projects/demo/databases/(default)/documents/items/${names[0]}`,
                    }
                  : {
                      arrayValue: {
                        values: names.map((n) => ({
                          referenceValue: `projects/demo/databases/(default)/documents/items/${n}`,
                        })),
                      },
                    },
            },
          },
        },
        { auth: alice },
      );
    expect(rules.evaluate(byName(['a1'])).allowed).toBe(true);
    expect(rules.evaluate(byName(['a1', 'a2'])).allowed).toBe(false);
  });

  it('collection-group queries combine ** rules with constraints', () => {
    const rules = compile(
      rulesFor(
        '    match /{path=**}/messages/{m} { allow list: if resource.data.author == request.auth.uid; }',
      ),
    );
    const group = (where?: Filter) =>
      listRequest(
        'messages',
        { where, from: [{ collectionId: 'messages', allDescendants: true }] },
        { auth: alice },
      );
    expect(rules.evaluate(group(eq('author', 'alice'))).allowed).toBe(true);
    expect(rules.evaluate(group()).allowed).toBe(false);
  });
});
