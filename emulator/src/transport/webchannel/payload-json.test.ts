import { describe, expect, it } from 'vitest';
import { freezeDocument } from '../../core/stored-document.ts';
import { asciiJson } from './framing.ts';
import { payloadArrayJson, payloadJson } from './payload-json.ts';

const doc = () =>
  freezeDocument({
    name: 'projects/p/databases/(default)/documents/c/d',
    fields: { s: { stringValue: 'é 😀 "q" \\ \n' }, n: { integerValue: '1' } },
    createTime: '2024-01-01T00:00:00.000000Z',
    updateTime: '2024-01-01T00:00:00.000001Z',
  });

describe('payloadJson', () => {
  it('writes exactly what asciiJson writes', () => {
    const values: unknown[] = [
      null,
      true,
      0,
      -1.5,
      Number.NaN,
      'plain',
      'ünïcode 😀',
      [],
      {},
      [1, undefined, () => 1, Symbol('s'), 'x'],
      { a: undefined, b: () => 1, c: 1, 'quote"key': 'é' },
      { date: new Date(0), nested: { deep: [{ x: [null] }] } },
      { toJSON: () => 'custom' },
      Object.create(null),
      [{ documentChange: { document: doc(), targetIds: [2], removedTargetIds: [] } }],
      Object.freeze({ frozen: ['ü'] }),
      'x'.repeat(300),
    ];
    for (const value of values) expect(payloadJson(value)).toBe(asciiJson(value));
  });

  it('reuses the text of a frozen object', () => {
    const stored = doc();
    const first = payloadJson([{ document: stored }]);
    expect(payloadJson([{ document: stored }])).toBe(first);
    expect(first).toBe(asciiJson([{ document: stored }]));
  });

  it('shares the payload text of one frozen response', () => {
    const response = Object.freeze({ documentChange: { document: doc(), targetIds: [2] } });
    const text = payloadArrayJson([response]);
    expect(text).toBe(asciiJson([response]));
    expect(payloadArrayJson([response])).toBe(text);
    const plain = [{ targetChange: { targetChangeType: 'NO_CHANGE', targetIds: [] } }];
    expect(payloadArrayJson(plain)).toBe(asciiJson(plain));
  });
});
