/**
 * Which `match` blocks apply to a request path. Patterns are matched segment by segment with
 * backtracking, so `{name=**}` may sit anywhere (rules_version '2': zero or more segments;
 * version '1': one or more). Nested blocks continue from where their parent stopped; a block
 * applies when the concatenated pattern consumes the whole path.
 *
 * List queries match a path whose last segment is ANY_ID (the query may return any document id)
 * and, for collection-group queries, an ANY_DEPTH marker standing for unknown parent segments.
 * ANY_ID matches only `{var}` / `{var=**}`; ANY_DEPTH only `{var=**}`. Variables bound to an
 * unknown part are errors when read.
 */
import type { MatchBlock, PatternSegment } from './ast.ts';
import { Lazy } from './env.ts';
import { fail } from './errors.ts';
import { RPath, type RValue } from './values.ts';

export const ANY_ID = Symbol('any document id');
export const ANY_DEPTH = Symbol('any parent path');
export type RequestSegment = string | typeof ANY_ID | typeof ANY_DEPTH;

export type Bindings = Map<string, RValue | Lazy>;

/** A matched block and the variables its own pattern bound. */
export interface MatchedBlock {
  block: MatchBlock;
  bindings: Bindings;
}

function unknownVariable(name: string): Lazy {
  return new Lazy(() =>
    fail(`Variable ${name} is not known for a query: it may match any document in the collection.`),
  );
}

/** Every way `pattern` can consume path[start..end): yields end and bindings. */
function* matchPattern(
  pattern: readonly PatternSegment[],
  path: readonly RequestSegment[],
  start: number,
  version: '1' | '2',
): Generator<{ end: number; bindings: Bindings }> {
  function* go(
    pi: number,
    si: number,
    bound: Bindings,
  ): Generator<{ end: number; bindings: Bindings }> {
    if (pi === pattern.length) {
      yield { end: si, bindings: bound };
      return;
    }
    const seg = pattern[pi]!;
    const here = path[si];
    if (seg.kind === 'literal') {
      if (here === seg.text) yield* go(pi + 1, si + 1, bound);
      return;
    }
    if (seg.kind === 'var') {
      if (here === undefined || here === ANY_DEPTH) return;
      const next = new Map(bound);
      next.set(seg.name, here === ANY_ID ? unknownVariable(seg.name) : here);
      yield* go(pi + 1, si + 1, next);
      return;
    }
    const minimum = version === '2' ? 0 : 1;
    for (let end = si + minimum; end <= path.length; end++) {
      const taken = path.slice(si, end);
      const next = new Map(bound);
      next.set(
        seg.name,
        taken.every((t) => typeof t === 'string')
          ? new RPath(taken as string[])
          : unknownVariable(seg.name),
      );
      yield* go(pi + 1, end, next);
    }
  }
  yield* go(0, start, new Map());
}

/** Chains of blocks (outermost first, excluding the service root) that apply to `path`. */
export function* matchingChains(
  root: MatchBlock,
  path: readonly RequestSegment[],
  version: '1' | '2',
): Generator<MatchedBlock[]> {
  function* walk(
    block: MatchBlock,
    start: number,
    chain: MatchedBlock[],
  ): Generator<MatchedBlock[]> {
    for (const child of block.matches) {
      for (const { end, bindings } of matchPattern(child.pattern, path, start, version)) {
        const next = [...chain, { block: child, bindings }];
        if (end === path.length) yield next;
        yield* walk(child, end, next);
      }
    }
  }
  yield* walk(root, 0, []);
}
