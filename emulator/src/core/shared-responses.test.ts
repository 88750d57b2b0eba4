import { describe, expect, it } from 'vitest';
import { sharedDocumentChange, sharedNoChange } from './shared-responses.ts';
import { freezeDocument } from './stored-document.ts';

const doc = freezeDocument({
  name: 'projects/p/databases/(default)/documents/c/d',
  fields: {},
  createTime: '2024-01-01T00:00:00.000000Z',
  updateTime: '2024-01-01T00:00:00.000000Z',
});

describe('shared listen responses', () => {
  it('gives every listener of one commit the same frozen documentChange per target id', () => {
    const commit = {};
    const response = sharedDocumentChange(commit, doc, 2);
    expect(response).toEqual({
      documentChange: { document: doc, targetIds: [2], removedTargetIds: [] },
    });
    expect(sharedDocumentChange(commit, doc, 2)).toBe(response);
    expect(sharedDocumentChange(commit, doc, 3)).not.toBe(response);
    expect(sharedDocumentChange({}, doc, 2)).not.toBe(response);
    expect(Object.isFrozen(response)).toBe(true);
    expect(Object.isFrozen((response as { documentChange: object }).documentChange)).toBe(true);
  });

  it('builds the global NO_CHANGE once per read time', () => {
    const response = sharedNoChange(1_700_000_000_000_001);
    expect(response).toEqual({
      targetChange: {
        targetChangeType: 'NO_CHANGE',
        targetIds: [],
        readTime: '2023-11-14T22:13:20.000001Z',
        resumeToken: Buffer.from('t1700000000000001').toString('base64'),
      },
    });
    expect(sharedNoChange(1_700_000_000_000_001)).toBe(response);
    expect(sharedNoChange(1_700_000_000_000_002)).not.toBe(response);
  });
});
