import { describe, expect, it } from 'vitest';
import { RulesCompileError } from './errors.ts';
import { Lexer, type Token } from './lexer.ts';

function tokens(source: string): Token[] {
  const lex = new Lexer(source);
  const out: Token[] = [];
  for (let t = lex.scan(0); t.type !== 'eof'; t = lex.scan(t.end)) out.push(t);
  return out;
}

function value(source: string) {
  const [t] = tokens(source);
  return t?.value;
}

function lexError(source: string): RulesCompileError {
  try {
    tokens(source);
  } catch (e) {
    if (e instanceof RulesCompileError) return e;
    throw e;
  }
  throw new Error('expected a lexing error');
}

describe('lexer', () => {
  it('splits identifiers, operators and punctuation', () => {
    expect(tokens('a.b(c) <= d && !e || f != g').map((t) => t.text)).toEqual([
      'a',
      '.',
      'b',
      '(',
      'c',
      ')',
      '<=',
      'd',
      '&&',
      '!',
      'e',
      '||',
      'f',
      '!=',
      'g',
    ]);
  });

  it('skips // and /* */ comments and tracks 1-based positions', () => {
    const ts = tokens('// line\n  /* block\n */ x');
    expect(ts).toHaveLength(1);
    expect(ts[0]!.pos).toMatchObject({ line: 3, column: 5 });
  });

  it('reads ints, hex ints and floats with exponents', () => {
    expect(value('42')).toBe(42n);
    expect(value('0x1F')).toBe(31n);
    expect(value('1.5')).toBe(1.5);
    expect(value('1e3')).toBe(1000);
    expect(value('2.5E-1')).toBe(0.25);
    expect(tokens('1.5')[0]!.type).toBe('float');
    expect(tokens('7')[0]!.type).toBe('int');
  });

  it('reads single, double and triple quoted strings with escapes', () => {
    expect(value(`'it\\'s'`)).toBe("it's");
    expect(value(`"a\\n\\t\\"b"`)).toBe('a\n\t"b');
    expect(value(`'\\x41\\u00e9\\U0001F600\\101'`)).toBe('Aé😀A');
    expect(value(`'''multi\nline'''`)).toBe('multi\nline');
  });

  it('keeps raw strings verbatim', () => {
    expect(value(`r'\\d+\\.'`)).toBe('\\d+\\.');
    expect(value(`R"a\\nb"`)).toBe('a\\nb');
  });

  it('reads bytes literals as UTF-8 with byte escapes', () => {
    expect(value(`b'*'`)).toEqual(new Uint8Array([42]));
    expect(value(`b'\\x2A\\052'`)).toEqual(new Uint8Array([42, 42]));
    expect(value(`b'€'`)).toEqual(new Uint8Array([0xe2, 0x82, 0xac]));
  });

  it('reports unterminated strings and comments and stray characters with positions', () => {
    expect(lexError("x = 'abc").message).toMatch(/Unterminated string/);
    expect(lexError("x = 'abc").pos).toMatchObject({ line: 1, column: 5 });
    expect(lexError('/* never closed').message).toMatch(/Unterminated block comment/);
    expect(lexError('a\n  #').pos).toMatchObject({ line: 2, column: 3 });
    expect(lexError("'\\q'").message).toMatch(/Invalid escape/);
  });
});
