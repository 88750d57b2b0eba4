/**
 * RE2 patterns run on JS RegExp. The syntaxes mostly agree; the differences rules authors meet are
 * translated: `(?P<name>` groups, leading `(?i)`/`(?s)`/`(?m)` flags, `\A` and `\z` anchors, and
 * `\Q...\E` quoting. Patterns are cached because rules re-run them on every request.
 */
import { fail } from '../errors.ts';

const cache = new Map<string, RegExp>();

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function translate(pattern: string): { source: string; flags: string } {
  let source = pattern;
  let flags = '';
  const leading = /^\(\?([imsU]+)\)/.exec(source);
  if (leading) {
    for (const f of leading[1]!) if (f !== 'U' && !flags.includes(f)) flags += f;
    source = source.slice(leading[0].length);
  }
  source = source.replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_, lit: string) => escapeLiteral(lit));
  source = source.replace(/\(\?P</g, '(?<');
  source = source.replace(/\\A/g, '^').replace(/\\z/g, '$(?![\\s\\S])');
  return { source, flags };
}

/** `mode` full = the whole string must match (String.matches); global = find all (replace/split). */
export function compileRe2(pattern: string, mode: 'full' | 'global'): RegExp {
  const key = `${mode}:${pattern}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const { source, flags } = translate(pattern);
  const wrapped = mode === 'full' ? `^(?:${source})$` : source;
  const allFlags = flags + (mode === 'global' ? 'g' : '');
  let re: RegExp;
  try {
    re = new RegExp(wrapped, `${allFlags}u`);
  } catch {
    try {
      re = new RegExp(wrapped, allFlags);
    } catch (e) {
      return fail(`Invalid regular expression ${JSON.stringify(pattern)}: ${(e as Error).message}`);
    }
  }
  if (cache.size > 500) cache.clear();
  cache.set(key, re);
  return re;
}

/** RE2 replacement strings refer to groups as \1; JS uses $1 (and needs literal $ doubled). */
export function translateReplacement(sub: string): string {
  return sub
    .replace(/\$/g, '$$$$')
    .replace(/\\(\d)/g, '$$$1')
    .replace(/\\\\/g, '\\');
}
