import { describe, expect, it } from 'vitest';
import {
  type ComposerContext,
  parseComposerInput,
  resolveComposerInput,
  suggestCompletions,
} from './slash-commands.ts';
import { resolveTransferTarget, type TransferCandidate } from './transfer-target.ts';

describe('parseComposerInput', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['   \n ', { kind: 'empty' }],
    ['hello', { kind: 'message', text: 'hello' }],
    ['/t Otto', { kind: 'transfer', name: 'Otto' }],
    ['  /T    otto  ', { kind: 'transfer', name: 'otto' }],
    ['/t\tJosé   María', { kind: 'transfer', name: 'José María' }],
    ['/t 李雷', { kind: 'transfer', name: '李雷' }],
    ['/a', { kind: 'accept-transfer' }],
    [' /A ', { kind: 'accept-transfer' }],
    ['/hello', { kind: 'canned', shortcut: 'hello' }],
    ['/Hello ', { kind: 'canned', shortcut: 'Hello' }],
    ['/totto', { kind: 'canned', shortcut: 'totto' }],
    ['/退货', { kind: 'canned', shortcut: '退货' }],
    ['//t is how you transfer', { kind: 'message', text: '/t is how you transfer' }],
    ['/t Otto\nplease take this', { kind: 'message', text: '/t Otto\nplease take this' }],
  ])('%j -> %j', (input, expected) => {
    expect(parseComposerInput(input)).toEqual(expected);
  });
  it.each([
    ['/', /after "\/"/],
    ['/t', /name after \/t/],
    ['/t   ', /name after \/t/],
    ['/a Otto', /\/a takes nothing/],
    ['/hello there', /sent on its own/],
  ])('%j is an error', (input, message) => {
    const intent = parseComposerInput(input);
    expect(intent.kind).toBe('error');
    if (intent.kind === 'error') expect(intent.message).toMatch(message);
  });
});

const team: TransferCandidate[] = [
  { uid: 'ada', displayName: 'Ada Lovelace', email: 'ada@parley.test', presence: 'online' },
  { uid: 'nora', displayName: 'Nora', email: 'nora@parley.test', presence: 'online' },
  { uid: 'otto', displayName: 'Otto', email: 'otto@parley.test', presence: 'away' },
  { uid: 'off', displayName: 'Olaf', presence: 'offline' },
  { uid: 'zoe', displayName: 'Zoë', presence: 'online' },
  { uid: 'li', displayName: '李雷', presence: 'online' },
  { uid: 'alex1', displayName: 'Alex', email: 'alex.a@parley.test', presence: 'online' },
  { uid: 'alex2', displayName: 'Alex', email: 'alex.b@parley.test', presence: 'online' },
  { uid: 'gone', displayName: 'Gus', active: false, presence: 'online' },
];

describe('resolveTransferTarget', () => {
  it.each([
    ['Otto', 'otto'], // away still receives transfers
    ['OTTO', 'otto'],
    ['  otto ', 'otto'],
    ['ada lovelace', 'ada'],
    ['lovelace', 'ada'], // a word prefix
    ['ada l', 'ada'],
    ['ZOË', 'zoe'],
    ['zoe\u0308', 'zoe'],
    ['李雷', 'li'],
    ['alex.b@parley.test', 'alex2'],
    ['OTTO@Parley.test', 'otto'],
    ['ot', 'otto'],
  ])('%j -> %s', (name, uid) => {
    const result = resolveTransferTarget(name, team, 'nora');
    expect(result.ok && result.operator.uid).toBe(uid);
  });
  it.each([
    ['Bob', 'unknown', /No operator is called "Bob"/],
    ['Zoe', 'unknown', /No operator is called "Zoe"/], // accents are significant
    ['Nora', 'self', /yourself/],
    ['Olaf', 'offline', /Olaf is offline/],
    ['Gus', 'inactive', /deactivated/],
    ['Alex', 'ambiguous', /Alex <alex.a@parley.test>, Alex <alex.b@parley.test>/],
    ['o', 'ambiguous', /Several operators match "o": Otto, Olaf/],
  ])('%j -> %s', (name, reason, message) => {
    const result = resolveTransferTarget(name, team, 'nora');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(reason);
    expect(result.message).toMatch(message);
  });
  it('prefers the other operator when my own name matches too', () => {
    const result = resolveTransferTarget('Alex', team, 'alex1');
    expect(result.ok && result.operator.uid).toBe('alex2');
  });
  it('prefers an exact name over prefixes of longer names', () => {
    const ops: TransferCandidate[] = [
      { uid: 'a', displayName: 'Ann', presence: 'online' },
      { uid: 'b', displayName: 'Anna', presence: 'online' },
    ];
    const result = resolveTransferTarget('ann', ops, 'x');
    expect(result.ok && result.operator.uid).toBe('a');
  });
});

describe('resolveComposerInput', () => {
  const context: ComposerContext = {
    canned: [{ shortcut: 'hello', text: 'Hello %VISITOR%, I am %OPERATOR%.' }],
    operators: team,
    selfUid: 'nora',
    selfName: 'Nora',
    visitorName: 'Zoë',
  };
  it('sends plain text unchanged', () => {
    expect(resolveComposerInput('hi there', context)).toEqual({ kind: 'send', text: 'hi there' });
  });
  it('expands a canned response with the sender as %OPERATOR%', () => {
    expect(resolveComposerInput('/HELLO', context)).toEqual({
      kind: 'send',
      text: 'Hello Zoë, I am Nora.',
      cannedShortcut: 'hello',
    });
  });
  it('reports an unknown shortcut', () => {
    expect(resolveComposerInput('/nope', context)).toEqual({
      kind: 'error',
      message: 'There is no canned response "/nope". Type "/" to see the list.',
      details: { reason: 'unknown-canned', shortcut: 'nope' },
    });
  });
  it('resolves a transfer or explains why not', () => {
    expect(resolveComposerInput('/t otto', context)).toMatchObject({
      kind: 'transfer',
      operator: { uid: 'otto' },
    });
    expect(resolveComposerInput('/t olaf', context)).toMatchObject({ kind: 'error' });
  });
  it('passes /a and nothing through', () => {
    expect(resolveComposerInput('/a', context)).toEqual({ kind: 'accept-transfer' });
    expect(resolveComposerInput('  ', context)).toEqual({ kind: 'none' });
  });
});

describe('suggestCompletions', () => {
  const canned = [
    { shortcut: 'thanks', text: 'Thank you, %VISITOR%!' },
    { shortcut: 'hello', text: 'Hello!' },
    { shortcut: 'athome', text: 'We are at home.' },
    { shortcut: 'tracking', text: 'x'.repeat(100) },
  ];
  const labels = (input: string) =>
    suggestCompletions(input, { canned, operators: team, selfUid: 'nora' }).map((s) => s.label);

  it('lists commands first, then shortcuts, for a bare slash', () => {
    expect(labels('/')).toEqual([
      '/t OperatorName',
      '/a',
      '/athome',
      '/hello',
      '/thanks',
      '/tracking',
    ]);
  });
  it('filters by prefix, commands first, prefix matches before substring matches', () => {
    expect(labels('/t')).toEqual(['/t OperatorName', '/thanks', '/tracking', '/athome']);
    expect(labels('/TH')).toEqual(['/thanks', '/athome']);
    expect(labels('/h')).toEqual(['/hello', '/athome', '/thanks']);
  });
  it('inserts "/t " for the transfer command and the shortcut for canned responses', () => {
    const [transfer, , first] = suggestCompletions('/', { canned });
    expect(transfer?.insert).toBe('/t ');
    expect(first?.insert).toBe('/athome');
  });
  it('shortens long canned previews', () => {
    const tracking = suggestCompletions('/tr', { canned })[0];
    expect(tracking?.detail).toHaveLength(80);
  });
  it('suggests operators after "/t ", online first, never myself or inactive accounts', () => {
    expect(labels('/t ')).toEqual(['Ada Lovelace', 'Alex', 'Alex', 'Zoë', '李雷', 'Otto', 'Olaf']);
    expect(labels('/t o')).toEqual(['Otto', 'Olaf']);
    const olaf = suggestCompletions('/t ol', { canned, operators: team, selfUid: 'nora' })[0];
    expect(olaf).toMatchObject({ insert: '/t Olaf', detail: "offline: can't take transfers" });
  });
  it('offers nothing for text, escapes, and shortcuts followed by more words', () => {
    expect(labels('hello')).toEqual([]);
    expect(labels('//t')).toEqual([]);
    expect(labels('/hello there')).toEqual([]);
  });
  it('respects the limit', () => {
    expect(suggestCompletions('/', { canned, limit: 3 })).toHaveLength(3);
  });
});
