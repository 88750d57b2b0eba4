import { describe, expect, it } from 'vitest';
import { collectionOf, lastSegment, PathResolver, parseResourceName } from './paths.ts';

const r = new PathResolver('p', '(default)');
const root = 'projects/p/databases/(default)/documents';

describe('resource names', () => {
  it('parses names into project, database and segments', () => {
    expect(parseResourceName(`${root}/a/b`)).toEqual({
      project: 'p',
      database: '(default)',
      segments: ['a', 'b'],
    });
    expect(parseResourceName(root).segments).toEqual([]);
  });

  it('resolves document and parent paths', () => {
    expect(r.documentPath(`${root}/users/alice`)).toBe('users/alice');
    expect(r.documentPath(`${root}/users/alice/posts/1`)).toBe('users/alice/posts/1');
    expect(r.parentPath(root)).toBe('');
    expect(r.parentPath(`${root}/users/alice`)).toBe('users/alice');
    expect(r.name('users/alice')).toBe(`${root}/users/alice`);
    expect(r.name('')).toBe(root);
  });

  it.each([
    [`${root}/users`, /odd number/],
    [`${root}`, /odd number/],
    [`${root}/users//x`, /empty path segment/],
    [`${root}/users/__x__`, /reserved/],
    [`${root}/__c__/x`, /reserved/],
    [`${root}/users/..`, /not a valid id/],
    ['projects/p/databases/other/documents/a/b', /does not belong/],
    ['projects/q/databases/(default)/documents/a/b', /does not belong/],
    ['nonsense', /Invalid resource name/],
    [`${root}/a/${'x'.repeat(1501)}`, /longer than 1500/],
  ])('rejects %s', (name, message) => {
    expect(() => r.documentPath(name)).toThrow(message);
    try {
      r.documentPath(name);
    } catch (e) {
      expect((e as { status: string }).status).toBe('INVALID_ARGUMENT');
    }
  });

  it('rejects a collection as a parent', () => {
    expect(() => r.parentPath(`${root}/users`)).toThrow(/documents root or a document/);
  });

  it('splits paths', () => {
    expect(collectionOf('a/b/c/d')).toBe('a/b/c');
    expect(collectionOf('a/b')).toBe('a');
    expect(lastSegment('a/b/c/d')).toBe('d');
  });
});
