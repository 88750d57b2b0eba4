import { describe, expect, it } from 'vitest';
import { formatMessage, placeholdersUsed } from './i18n-format.ts';

describe('formatMessage', () => {
  const entry = {
    message: 'Saved: $NAME$ waits $SECONDS$ s, costs $$5',
    placeholders: { name: { content: '$1' }, seconds: { content: '$2' } },
  };
  it('fills placeholders from the substitutions in order, $$ being a dollar', () =>
    expect(formatMessage(entry, ['Queue', '180'])).toBe('Saved: Queue waits 180 s, costs $5'));
  it('leaves a missing substitution empty and an unknown placeholder as written', () => {
    expect(formatMessage(entry, ['Queue'])).toBe('Saved: Queue waits  s, costs $5');
    expect(formatMessage({ message: 'Hi $WHO$' }, ['x'])).toBe('Hi $WHO$');
  });
  it('lists the placeholders a message uses', () =>
    expect(placeholdersUsed(entry.message)).toEqual(['name', 'seconds']));
});
