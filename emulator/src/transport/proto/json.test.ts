import { describe, expect, it } from 'vitest';
import {
  decodeRequest,
  decodeToJson,
  encodeFromJson,
  enumsToNumbers,
  normalizeJson,
  normalizeRequest,
} from './json.ts';
import { firestoreRoot } from './schema.ts';

const type = (name: string) => firestoreRoot.lookupType(`google.firestore.v1.${name}`);

describe('proto3 JSON conversion', () => {
  it('round-trips every value type through binary protobuf', () => {
    const doc = {
      name: 'projects/p/databases/(default)/documents/a/b',
      fields: {
        n: { nullValue: null },
        f: { booleanValue: false },
        zero: { integerValue: '0' },
        big: { integerValue: '-9223372036854775808' },
        nan: { doubleValue: 'NaN' },
        inf: { doubleValue: '-Infinity' },
        d: { doubleValue: 1.5 },
        t: { timestampValue: '2024-01-02T03:04:05.123456789Z' },
        b: { bytesValue: 'AAEC/w==' },
        s: { stringValue: '' },
        g: { geoPointValue: { latitude: 1, longitude: -2.5 } },
        a: { arrayValue: { values: [{ integerValue: '1' }, { stringValue: 'x' }] } },
        emptyArray: { arrayValue: {} },
        m: { mapValue: { fields: { k: { booleanValue: true } } } },
        r: { referenceValue: 'projects/p/databases/(default)/documents/x/y' },
      },
      createTime: '2024-01-01T00:00:00.000001Z',
      updateTime: '2024-01-01T00:00:00Z',
    };
    expect(decodeToJson(type('Document'), encodeFromJson(type('Document'), doc))).toEqual(doc);
  });

  it('normalizes numeric enums, int32 strings and Int32Value wrappers', () => {
    const request = {
      parent: 'projects/p/databases/d/documents',
      structuredQuery: {
        from: [{ collectionId: 'c' }],
        where: { fieldFilter: { field: { fieldPath: 'x' }, op: 5, value: { integerValue: 1 } } },
        orderBy: [{ field: { fieldPath: 'x' }, direction: 2 }],
        offset: '2',
        limit: 3,
      },
      newTransaction: { readWrite: {} },
    };
    expect(normalizeJson(type('RunQueryRequest'), request)).toEqual({
      parent: 'projects/p/databases/d/documents',
      structuredQuery: {
        from: [{ collectionId: 'c' }],
        where: {
          fieldFilter: { field: { fieldPath: 'x' }, op: 'EQUAL', value: { integerValue: '1' } },
        },
        orderBy: [{ field: { fieldPath: 'x' }, direction: 'DESCENDING' }],
        offset: 2,
        limit: 3,
      },
      newTransaction: { readWrite: {} },
    });
  });

  it('turns enum names into numbers for enum-encoding=int, leaving NullValue alone', () => {
    const response = {
      targetChange: { targetChangeType: 'CURRENT', targetIds: [1] },
    };
    expect(enumsToNumbers(type('ListenResponse'), response)).toEqual({
      targetChange: { targetChangeType: 3, targetIds: [1] },
    });
    const write = {
      update: { name: 'n', fields: { a: { nullValue: null } } },
      updateTransforms: [{ fieldPath: 'a', setToServerValue: 'REQUEST_TIME' }],
    };
    expect(enumsToNumbers(type('Write'), write)).toEqual({
      update: { name: 'n', fields: { a: { nullValue: null } } },
      updateTransforms: [{ fieldPath: 'a', setToServerValue: 1 }],
    });
  });

  it('rejects JSON that does not fit the type', () => {
    expect(() => normalizeJson(type('CommitRequest'), { writes: 5 })).toThrow();
    expect(() => decodeToJson(type('CommitRequest'), Uint8Array.from([0x0a, 0xff]))).toThrow();
  });

  it('spells out empty lists of present messages in requests (transform-only updates, empty masks)', () => {
    const commit = {
      database: 'projects/p/databases/d',
      writes: [
        {
          update: { name: 'projects/p/databases/d/documents/c/a' },
          updateMask: { fieldPaths: [] },
          updateTransforms: [{ fieldPath: 'n', increment: { integerValue: '1' } }],
        },
      ],
    };
    const decoded = decodeRequest(
      type('CommitRequest'),
      encodeFromJson(type('CommitRequest'), commit),
    );
    expect(decoded.writes).toEqual([
      {
        update: { name: 'projects/p/databases/d/documents/c/a' },
        updateMask: { fieldPaths: [] },
        updateTransforms: [{ fieldPath: 'n', increment: { integerValue: '1' } }],
      },
    ]);
    expect(normalizeRequest(type('BatchGetDocumentsRequest'), { mask: {} })).toEqual({
      documents: [],
      mask: { fieldPaths: [] },
    });
  });
});
