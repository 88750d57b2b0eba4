import { describe, expect, it } from 'vitest';
import {
  fromFirestoreValue,
  fromJson,
  pathFromResourceName,
  resourceValue,
} from './firestore-values.ts';
import { compile, request, rulesFor } from './test-support.ts';
import { RLatLng, RMap, RPath, type RTimestamp } from './values.ts';

describe('Firestore JSON values to rules values', () => {
  it('keeps int and float apart, including special doubles', () => {
    expect(fromFirestoreValue({ integerValue: '-9223372036854775808' })).toBe(
      -9223372036854775808n,
    );
    expect(fromFirestoreValue({ doubleValue: 2 })).toBe(2);
    expect(fromFirestoreValue({ doubleValue: 'NaN' })).toBeNaN();
    expect(fromFirestoreValue({ doubleValue: '-Infinity' })).toBe(Number.NEGATIVE_INFINITY);
  });

  it('converts timestamps with nanoseconds, bytes, references and geo points', () => {
    const t = fromFirestoreValue({
      timestampValue: '1970-01-01T00:00:01.000000002Z',
    }) as RTimestamp;
    expect(t.ns).toBe(1_000_000_002n);
    expect(fromFirestoreValue({ bytesValue: 'AP8=' })).toEqual(new Uint8Array([0, 255]));
    const ref = fromFirestoreValue({
      referenceValue: 'projects/p/databases/(default)/documents/a/b',
    });
    expect(ref).toEqual(new RPath(['databases', '(default)', 'documents', 'a', 'b']));
    expect(fromFirestoreValue({ geoPointValue: { latitude: 1 } })).toEqual(new RLatLng(1, 0));
    expect(fromFirestoreValue({ nullValue: 'NULL_VALUE' })).toBe(null);
  });

  it('converts arrays and maps recursively, empty ones included', () => {
    expect(fromFirestoreValue({ arrayValue: {} })).toEqual([]);
    const m = fromFirestoreValue({
      mapValue: {
        fields: { a: { arrayValue: { values: [{ stringValue: 'x' }, { booleanValue: false }] } } },
      },
    }) as RMap;
    expect(m.get('a')).toEqual(['x', false]);
    expect((fromFirestoreValue({ mapValue: {} }) as RMap).size).toBe(0);
  });

  it('builds resources as {data, id, __name__}', () => {
    const r = resourceValue({ name: 'projects/p/databases/d/documents/c/id1', fields: {} });
    expect(r.get('id')).toBe('id1');
    expect(String(r.get('__name__'))).toBe('/databases/d/documents/c/id1');
    expect(pathFromResourceName('/databases/d/documents/x/y').segments).toEqual([
      'databases',
      'd',
      'documents',
      'x',
      'y',
    ]);
  });

  it('reads JSON claims with whole numbers as ints', () => {
    expect(fromJson({ a: 1, b: 1.5, c: [true, null] })).toEqual(
      RMap.of({ a: 1n, b: 1.5, c: [true, null] }),
    );
  });
});

describe('engine guards', () => {
  it('denies (rather than throws) when the request itself cannot be converted', () => {
    const rules = compile(rulesFor('    match /x/{id} { allow get: if true; }'));
    const d = rules.evaluate(request({ path: 'x/1', method: 'get', time: 'not a time' }));
    expect(d.allowed).toBe(false);
    expect(d.reason).toMatch(/Invalid timestamp/);
  });
});
