import { describe, expect, it } from 'vitest';
import { matchRestRoute } from './routes.ts';

const DB = 'projects/p/databases/(default)';

describe('matchRestRoute', () => {
  it('routes database verbs', () => {
    expect(matchRestRoute('POST', `/v1/${DB}/documents:commit`)).toEqual({
      rpc: 'Commit',
      fromPath: { database: DB },
      body: 'request',
    });
    expect(matchRestRoute('POST', `/v1/${DB}/documents:batchGet`)?.rpc).toBe('BatchGetDocuments');
    expect(matchRestRoute('POST', `/v1/${DB}/documents:batchWrite`)?.rpc).toBe('BatchWrite');
    expect(matchRestRoute('POST', `/v1/${DB}/documents/a/b:commit`)).toBeNull();
  });

  it('routes parent verbs at the root and under a document', () => {
    expect(matchRestRoute('POST', `/v1/${DB}/documents:runQuery`)?.fromPath).toEqual({
      parent: `${DB}/documents`,
    });
    expect(matchRestRoute('POST', `/v1/${DB}/documents/rooms/r1:runAggregationQuery`)).toEqual({
      rpc: 'RunAggregationQuery',
      fromPath: { parent: `${DB}/documents/rooms/r1` },
      body: 'request',
    });
    expect(matchRestRoute('POST', `/v1/${DB}/documents/rooms:runQuery`)).toBeNull();
  });

  it('tells documents from collections by segment count', () => {
    expect(matchRestRoute('GET', `/v1/${DB}/documents/rooms/r1`)).toEqual({
      rpc: 'GetDocument',
      fromPath: { name: `${DB}/documents/rooms/r1` },
      body: 'none',
    });
    expect(matchRestRoute('GET', `/v1/${DB}/documents/rooms/r1/messages`)).toEqual({
      rpc: 'ListDocuments',
      fromPath: { parent: `${DB}/documents/rooms/r1`, collectionId: 'messages' },
      body: 'none',
    });
    expect(matchRestRoute('POST', `/v1/${DB}/documents/rooms`)).toEqual({
      rpc: 'CreateDocument',
      fromPath: { parent: `${DB}/documents`, collectionId: 'rooms' },
      body: 'document',
    });
    expect(matchRestRoute('PATCH', `/v1/${DB}/documents/rooms/r1`)?.fromPath).toEqual({
      document: { name: `${DB}/documents/rooms/r1` },
    });
    expect(matchRestRoute('DELETE', `/v1/${DB}/documents/rooms/r1`)?.rpc).toBe('DeleteDocument');
    expect(matchRestRoute('PUT', `/v1/${DB}/documents/rooms/r1`)).toBeNull();
  });

  it('decodes percent-encoded ids, a colon inside an id included', () => {
    expect(matchRestRoute('GET', `/v1/${DB}/documents/rooms/a%3Ab%20c`)?.fromPath).toEqual({
      name: `${DB}/documents/rooms/a:b c`,
    });
  });

  it('rejects what is not a Firestore resource', () => {
    expect(matchRestRoute('GET', '/v1/projects/p')).toBeNull();
    expect(matchRestRoute('GET', `/v1/${DB}/documents/rooms//r1`)).toBeNull();
    expect(matchRestRoute('GET', '/v2/x')).toBeNull();
    expect(() => matchRestRoute('GET', `/v1/${DB}/documents/rooms/%E0%A4%A`)).toThrow(URIError);
  });
});
