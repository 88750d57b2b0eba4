/** rules.Path methods and helpers. */
import { fail } from '../errors.ts';
import { describeType, RPath } from '../values.ts';
import { argMap, type MethodTable } from './args.ts';

export const pathMethods: MethodTable<RPath> = {
  // Replaces `{key}` / `$(key)` segments with the map's values (paths made with path('...')).
  bind: {
    arity: 1,
    fn: (p, [m]) => {
      const map = argMap('bind', m);
      return new RPath(
        p.segments.map((s) => {
          const key = /^\{(.+)\}$|^\$\((.+)\)$/.exec(s);
          const name = key?.[1] ?? key?.[2];
          if (name === undefined || !map.has(name)) return s;
          const v = map.get(name)!;
          if (typeof v !== 'string')
            fail(`Path.bind(): value for '${name}' must be a string, got ${describeType(v)}.`);
          return v;
        }),
      );
    },
  },
};

export function indexPath(p: RPath, i: bigint): string {
  if (i < 0n || i >= BigInt(p.segments.length))
    fail(`Path index ${i} out of range (size ${p.segments.length}).`);
  return p.segments[Number(i)]!;
}

/** path('a/b') and path('/a/b') both give /a/b. */
export function parsePath(text: string): RPath {
  return new RPath(text.split('/').filter((s) => s !== ''));
}
