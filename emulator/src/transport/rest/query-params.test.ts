import { describe, expect, it } from 'vitest';
import { firestoreRoot } from '../proto/schema.ts';
import { applyQueryParams, wantsNumericEnums } from './query-params.ts';

const type = (name: string) => firestoreRoot.lookupType(`google.firestore.v1.${name}`);

describe('applyQueryParams', () => {
  it('builds nested, repeated and typed fields from dotted parameters', () => {
    const request = {};
    applyQueryParams(
      type('UpdateDocumentRequest'),
      request,
      new URLSearchParams(
        'updateMask.fieldPaths=a&updateMask.fieldPaths=b.c&current_document.exists=true&mask.fieldPaths=a&$alt=json;enum-encoding=int&key=k&unknown=1',
      ),
    );
    expect(request).toEqual({
      updateMask: { fieldPaths: ['a', 'b.c'] },
      currentDocument: { exists: true },
      mask: { fieldPaths: ['a'] },
    });
  });

  it('types numbers, booleans and timestamps', () => {
    const request = {};
    applyQueryParams(
      type('ListDocumentsRequest'),
      request,
      new URLSearchParams(
        'pageSize=10&showMissing=true&readTime=2024-01-01T00:00:00Z&pageToken=abc',
      ),
    );
    expect(request).toEqual({
      pageSize: 10,
      showMissing: true,
      readTime: '2024-01-01T00:00:00Z',
      pageToken: 'abc',
    });
  });

  it('detects numeric enum encoding', () => {
    expect(wantsNumericEnums(new URLSearchParams('$alt=json%3Benum-encoding=int'))).toBe(true);
    expect(wantsNumericEnums(new URLSearchParams('$alt=json'))).toBe(false);
    expect(wantsNumericEnums(new URLSearchParams(''))).toBe(false);
  });
});
