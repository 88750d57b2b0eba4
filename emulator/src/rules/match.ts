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

function bindSegment(name: string, seg: RequestSegment): RValue | Lazy {
  return seg === ANY_ID ? unknownVariable(name) : (seg as string);
}

/** Every way `pattern` can consume path[start..end): its end and bindings. */
function matchPattern(
  pattern: readonly PatternSegment[],
  path: readonly RequestSegment[],
  start: number,
  version: '1' | '2',
): { end: number; bindings: Bindings }[] {
  const restAt = pattern.findIndex((seg) => seg.kind === 'rest');
  // Fixed-length patterns (the common case) match at most one way: no backtracking needed.
  if (restAt < 0) {
    if (start + pattern.length > path.length) return [];
    const bindings: Bindings = new Map();
    for (let i = 0; i < pattern.length; i++) {
      const seg = pattern[i]!;
      const here = path[start + i]!;
      if (seg.kind === 'literal') {
        if (here !== seg.text) return [];
      } else {
        if (here === ANY_DEPTH) return [];
        bindings.set(seg.name, bindSegment(seg.name, here));
      }
    }
    return [{ end: start + pattern.length, bindings }];
  }
  // One recursive wildcard: fixed segments before it, then try every length for it, then the
  // fixed segments after it.
  const before = matchPattern(pattern.slice(0, restAt), path, start, version);
  if (before.length === 0) return [];
  const { bindings: head, end: restStart } = before[0]!;
  const rest = pattern[restAt] as Extract<PatternSegment, { kind: 'rest' }>;
  const after = pattern.slice(restAt + 1);
  const results: { end: number; bindings: Bindings }[] = [];
  const minimum = version === '2' ? 0 : 1;
  for (let restEnd = restStart + minimum; restEnd <= path.length; restEnd++) {
    for (const tail of matchPattern(after, path, restEnd, version)) {
      const taken = path.slice(restStart, restEnd);
      const bindings: Bindings = new Map(head);
      bindings.set(
        rest.name,
        taken.every((t) => typeof t === 'string')
          ? new RPath(taken as string[])
          : unknownVariable(rest.name),
      );
      for (const [k, v] of tail.bindings) bindings.set(k, v);
      results.push({ end: tail.end, bindings });
    }
  }
  return results;
}

/** Chains of blocks (outermost first, excluding the service root) that apply to `path`. */
export function matchingChains(
  root: MatchBlock,
  path: readonly RequestSegment[],
  version: '1' | '2',
): MatchedBlock[][] {
  const found: MatchedBlock[][] = [];
  const walk = (block: MatchBlock, start: number, chain: MatchedBlock[]) => {
    for (const child of block.matches) {
      for (const { end, bindings } of matchPattern(child.pattern, path, start, version)) {
        const next = [...chain, { block: child, bindings }];
        if (end === path.length) found.push(next);
        walk(child, end, next);
      }
    }
  };
  walk(root, 0, []);
  return found;
}
