import { describe, expect, it } from 'vitest';
import { allowConditions, describeCondition, unevaluatedConditions } from './rules-coverage.ts';

const RULES = `rules_version = '2';
service cloud.firestore {
  match /databases/{database}/documents {
    // allow read: if commented;
    match /a/{id} {
      allow get: if request.auth != null;
      allow create, delete: if false;
      match /b/{sub} {
        allow list: if request.auth.uid == id
          && sub != 'x';
      }
    }
  }
}`;

describe('allowConditions', () => {
  it('finds each allow with its position, methods and enclosing matches, ignoring comments', () => {
    const found = allowConditions(RULES);
    expect(found.map((c) => [c.line, c.column, c.methods, c.match, c.text])).toEqual([
      [6, 21, 'get', '/a/{id}', 'request.auth != null'],
      [7, 32, 'create, delete', '/a/{id}', 'false'],
      [9, 24, 'list', '/a/{id}/b/{sub}', "request.auth.uid == id && sub != 'x'"],
    ]);
    expect(describeCondition(found[0]!)).toBe(
      'firestore.rules:6 /a/{id} allow get: if request.auth != null',
    );
  });
});

describe('unevaluatedConditions', () => {
  const evaluatedAt = (line: number, column: number) => ({
    sourcePosition: { line, column },
    values: [{ count: 1 }],
  });

  it('counts a condition evaluated when an expression inside it took a value in any report', () => {
    const reports = [
      { report: [evaluatedAt(6, 21)] },
      // A value on the second line of the list condition, nested in a never-evaluated parent.
      { report: [{ sourcePosition: { line: 9, column: 24 }, children: [evaluatedAt(10, 14)] }] },
    ];
    expect(unevaluatedConditions(RULES, reports)).toEqual([]);
  });

  it('names the conditions nothing evaluated, never the constant ones', () => {
    const reports = [{ report: [evaluatedAt(6, 21), { sourcePosition: { line: 9, column: 24 } }] }];
    expect(unevaluatedConditions(RULES, reports).map((c) => c.line)).toEqual([9]);
  });
});
