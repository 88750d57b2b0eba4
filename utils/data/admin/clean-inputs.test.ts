import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { cleanCanned } from './canned-responses.ts';
import { cleanDepartment } from './departments.ts';
import { cleanUrlRoute } from './url-routes.ts';

const known = new Set(['ada', 'nora']);

describe('cleanDepartment', () => {
  const existing = [{ id: 'sales', name: 'Sales', operatorIds: ['nora'] }];

  it('trims the name and de-duplicates the operators', () => {
    expect(
      cleanDepartment({ name: '  Returns ', operatorIds: ['ada', 'ada'] }, existing, known),
    ).toEqual({
      name: 'Returns',
      operatorIds: ['ada'],
    });
  });

  it('refuses a name another department has (any case), but not its own', () => {
    expect(() => cleanDepartment({ name: 'sales', operatorIds: ['ada'] }, existing, known)).toThrow(
      'There is already a department called "Sales".',
    );
    expect(
      cleanDepartment({ name: 'SALES', operatorIds: ['ada'] }, existing, known, 'sales').name,
    ).toBe('SALES');
  });

  it('needs a name and at least one existing operator', () => {
    expect(() => cleanDepartment({ name: ' ', operatorIds: ['ada'] }, [], known)).toThrow(
      InputError,
    );
    expect(() => cleanDepartment({ name: 'X', operatorIds: [] }, [], known)).toThrow(
      'The department needs at least one operator.',
    );
    expect(() => cleanDepartment({ name: 'X', operatorIds: ['ghost'] }, [], known)).toThrow(
      /don't exist any more/,
    );
  });
});

describe('cleanUrlRoute', () => {
  const existing = [{ id: 'r1', pattern: 'Shop.example/help', operatorIds: ['nora'] }];

  it('keeps a valid pattern with its operators', () => {
    expect(
      cleanUrlRoute({ pattern: ' shop.example/pricing ', operatorIds: ['ada'] }, existing, known),
    ).toEqual({
      pattern: 'shop.example/pricing',
      operatorIds: ['ada'],
    });
  });

  it('refuses a bad address, a duplicate rule and an empty operator list', () => {
    expect(() => cleanUrlRoute({ pattern: '*', operatorIds: ['ada'] }, [], known)).toThrow(
      /must name something/,
    );
    expect(() =>
      cleanUrlRoute({ pattern: 'shop.example/HELP', operatorIds: ['ada'] }, existing, known),
    ).toThrow(/already has a routing rule/);
    expect(
      cleanUrlRoute({ pattern: 'shop.example/help', operatorIds: ['ada'] }, existing, known, 'r1')
        .pattern,
    ).toBe('shop.example/help');
    expect(() => cleanUrlRoute({ pattern: 'shop.example', operatorIds: [] }, [], known)).toThrow(
      'The routing rule needs at least one operator.',
    );
  });
});

describe('cleanCanned', () => {
  const existing = [{ id: 'hello', shortcut: 'hello' }];

  it('drops a leading slash and trailing blank space', () => {
    expect(cleanCanned({ shortcut: '/bye', text: 'Bye %VISITOR%  \n\n' }, existing)).toEqual({
      shortcut: 'bye',
      text: 'Bye %VISITOR%',
    });
  });

  it('refuses duplicates, built-in commands and empty text', () => {
    expect(() => cleanCanned({ shortcut: 'Hello', text: 'x' }, existing)).toThrow(/already used/);
    expect(() => cleanCanned({ shortcut: 'T', text: 'x' }, existing)).toThrow(/built-in command/);
    expect(() => cleanCanned({ shortcut: 'ok', text: '  ' }, existing)).toThrow(
      'The canned response is required.',
    );
  });
});
