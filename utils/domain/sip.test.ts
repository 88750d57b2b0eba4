import { describe, expect, it } from 'vitest';
import {
  chatIdOf,
  chatOfferText,
  chatSipUser,
  isSipCommand,
  parseSipChatText,
  REGISTRATION_MAX_S,
  registrationExpiry,
  sipUsernameBase,
  uniqueSipUsername,
  workspaceFromSipDomain,
  workspaceSipDomain,
} from './sip.ts';

describe('SIP user names', () => {
  it('come from the email, else the name, readable and safe', () => {
    expect(sipUsernameBase('Nora', 'nora@parley.test')).toBe('nora');
    expect(sipUsernameBase('Zoë Ångström', '')).toBe('zoe-angstrom');
    expect(sipUsernameBase('', 'J.Smith+chat@x.test')).toBe('j.smith-chat');
    expect(sipUsernameBase('🙂', '...@x')).toBe('operator');
  });

  it('are unique in the workspace', () => {
    expect(uniqueSipUsername('nora', new Set())).toBe('nora');
    expect(uniqueSipUsername('nora', new Set(['nora', 'nora-2']))).toBe('nora-3');
  });
});

describe('SIP domains and chat addresses', () => {
  it('give each workspace its own domain and find the workspace back', () => {
    const domain = workspaceSipDomain('demo', 'chat.parley.test');
    expect(domain).toBe('demo.chat.parley.test');
    expect(workspaceFromSipDomain('DEMO.chat.parley.test', 'chat.parley.test')).toBe('demo');
    expect(workspaceFromSipDomain('chat.parley.test', 'chat.parley.test')).toBeNull();
    expect(workspaceFromSipDomain('demo.evil.test', 'chat.parley.test')).toBeNull();
    expect(workspaceFromSipDomain('a.b.chat.parley.test', 'chat.parley.test')).toBeNull();
  });

  it('address each chat as chat-<id>', () => {
    expect(chatSipUser('AbC123xyz')).toBe('chat-AbC123xyz');
    expect(chatIdOf('chat-AbC123xyz')).toBe('AbC123xyz');
    expect(chatIdOf('nora')).toBeNull();
    expect(chatIdOf('chat-../x')).toBeNull();
  });
});

describe('registration expiry (RFC 3261 §10.3)', () => {
  it('removes at 0, refuses too brief, shortens too long, defaults when absent', () => {
    expect(registrationExpiry(0)).toEqual({ kind: 'remove' });
    expect(registrationExpiry(10)).toEqual({ kind: 'too-brief', minSeconds: 60 });
    expect(registrationExpiry(86_400)).toEqual({ kind: 'grant', seconds: REGISTRATION_MAX_S });
    expect(registrationExpiry(300)).toEqual({ kind: 'grant', seconds: 300 });
    expect(registrationExpiry(undefined)).toEqual({ kind: 'grant', seconds: 600 });
  });
});

describe('what a SIP client line means', () => {
  it('accepts with /a or "accept", closes with /close, else the composer decides', () => {
    expect(parseSipChatText(' Accept ')).toEqual({ kind: 'accept' });
    expect(parseSipChatText('/a')).toEqual({ kind: 'accept' });
    expect(parseSipChatText('/close')).toEqual({ kind: 'close' });
    expect(parseSipChatText('I accept your terms')).toEqual({
      kind: 'composer',
      raw: 'I accept your terms',
    });
    expect(isSipCommand('/t Otto')).toBe(true);
    expect(isSipCommand('hello')).toBe(false);
  });

  it('offers say how to accept', () => {
    expect(chatOfferText({ visitorName: 'Vera', pageUrl: 'http://shop/' })).toBe(
      'New chat from Vera on http://shop/.\nReply /a or "accept" to take it.',
    );
  });
});
