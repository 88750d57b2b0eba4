import { describe, expect, it } from 'vitest';
import type { Operator, WithId } from '../../../utils/domain/model.ts';
import { pickRecipients } from './recipients.ts';

const op = (id: string, role: 'admin' | 'normal', active = true): WithId<Operator> => ({
  id,
  role,
  active,
  displayName: id,
  maxChats: 5,
  createdAt: new Date(0),
});
const emails: Record<string, string> = Object.fromEntries(
  ['ada', 'nora', 'otto', 'bea'].map((id) => [id, `${id}@parley.test`]),
);
const team = [
  op('ada', 'admin'),
  op('nora', 'normal'),
  op('otto', 'normal', false),
  op('bea', 'admin'),
];

describe('pickRecipients', () => {
  it('mails the chosen active operators', () => {
    expect(pickRecipients(['nora', 'otto'], team, emails)).toEqual(['nora@parley.test']);
  });
  it('falls back to the active admins when nobody usable is chosen', () => {
    expect(pickRecipients([], team, emails)).toEqual(['ada@parley.test', 'bea@parley.test']);
    expect(pickRecipients(['otto', 'gone'], team, emails)).toEqual([
      'ada@parley.test',
      'bea@parley.test',
    ]);
  });
  it('never lists an address twice', () => {
    const twin = op('nora2', 'normal');
    const withTwin = { ...emails, nora2: 'nora@parley.test' };
    expect(pickRecipients(['nora', 'nora2'], [...team, twin], withTwin)).toEqual([
      'nora@parley.test',
    ]);
  });
});
