import { describe, expect, it } from 'vitest';
import { expandCanned, findCanned, unknownVariables, validateShortcut } from './canned.ts';

describe('expandCanned', () => {
  const text = 'Hello %VISITOR%, I am %OPERATOR%.';
  it.each([
    ['both names', { visitorName: 'Zoë', operatorName: 'Nora' }, 'Hello Zoë, I am Nora.'],
    ['visitor missing', { operatorName: 'Nora' }, 'Hello there, I am Nora.'],
    ['visitor blank', { visitorName: '  ', operatorName: 'Nora' }, 'Hello there, I am Nora.'],
    ['operator missing', { visitorName: 'Zoë', operatorName: null }, 'Hello Zoë, I am our team.'],
    [
      'names normalized',
      { visitorName: ' José\n María ', operatorName: 'Nora' },
      'Hello José María, I am Nora.',
    ],
    ['RTL name', { visitorName: 'محمد', operatorName: 'Nora' }, 'Hello محمد, I am Nora.'],
  ])('%s', (_label, values, expected) => {
    expect(expandCanned(text, values)).toBe(expected);
  });
  it('replaces every occurrence and ignores the case of variable names', () => {
    expect(expandCanned('%visitor% %Visitor% %VISITOR%', { visitorName: 'A' })).toBe('A A A');
  });
  it('uses an inline fallback, then caller fallbacks, then defaults', () => {
    expect(expandCanned('Hi %VISITOR|friend%!', {})).toBe('Hi friend!');
    expect(expandCanned('Hi %VISITOR|friend%!', { visitorName: 'Zoë' })).toBe('Hi Zoë!');
    expect(expandCanned('Hi %VISITOR%!', {}, { VISITOR: 'guest' })).toBe('Hi guest!');
    expect(expandCanned('Hi %VISITOR| %!', {}, { VISITOR: 'guest' })).toBe('Hi guest!');
  });
  it('leaves unknown variables and lone percent signs alone', () => {
    expect(expandCanned('50% off, %COUPON% for %VISITOR%', { visitorName: 'Zoë' })).toBe(
      '50% off, %COUPON% for Zoë',
    );
  });
  it('does not re-expand variables that appear inside a name', () => {
    expect(
      expandCanned('%VISITOR% / %OPERATOR%', { visitorName: '%OPERATOR%', operatorName: 'N' }),
    ).toBe('%OPERATOR% / N');
  });
});

describe('unknownVariables', () => {
  it('lists %WORDS% that are not variables, once each', () => {
    expect(unknownVariables('%VISITOR% %VISTOR% %name% %VISTOR%')).toEqual(['%VISTOR%', '%name%']);
    expect(unknownVariables('Hello %OPERATOR|us%')).toEqual([]);
  });
});

describe('validateShortcut', () => {
  const existing = [
    { id: 'hello', shortcut: 'hello' },
    { id: 'bye', shortcut: 'Bye-Now' },
  ];
  it.each([
    ['thanks', 'thanks'],
    ['/thanks', 'thanks'],
    ['  wait_1 ', 'wait_1'],
    ['préstamo', 'préstamo'],
    ['退货', '退货'],
    ['x'.repeat(32), 'x'.repeat(32)],
  ])('%j is accepted as %j', (input, expected) => {
    expect(validateShortcut(input, existing)).toEqual({ ok: true, value: expected });
  });
  it.each([
    ['', /A shortcut is required/],
    ['/', /A shortcut is required/],
    [null, /A shortcut is required/],
    ['two words', /no spaces/],
    ['-dash', /starting with a letter or digit/],
    ['a%b', /letters, digits/],
    ['x'.repeat(33), /at most 32/],
    ['t', /built-in command/],
    ['T', /built-in command/],
    ['/a', /built-in command/],
    ['HELLO', /already used/],
    ['bye-now', /"\/Bye-Now" is already used/],
  ])('%j is refused', (input, message) => {
    const result = validateShortcut(input, existing);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
  it('lets a response keep its own shortcut when edited', () => {
    expect(validateShortcut('Hello', existing, 'hello')).toEqual({ ok: true, value: 'Hello' });
  });
});

describe('findCanned', () => {
  it('finds case-insensitively, with or without the slash', () => {
    const list = [{ shortcut: 'Hello' }, { shortcut: 'wait' }];
    expect(findCanned(list, 'hello')).toBe(list[0]);
    expect(findCanned(list, '/WAIT')).toBe(list[1]);
    expect(findCanned(list, 'nope')).toBeUndefined();
  });
});
