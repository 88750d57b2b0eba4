import { describe, expect, it } from 'vitest';
import { composeOfflineMail } from './compose.ts';

const base = {
  workspaceName: 'Demo Shop',
  name: 'Vera Visitor',
  email: 'vera@example.com',
  message: 'Do you ship to Iceland?\nThanks!',
  pageUrl: 'http://127.0.0.1:5173/pricing',
};

describe('composeOfflineMail', () => {
  it('puts sender, page and message into the text and replies to the visitor', () => {
    const mail = composeOfflineMail({ ...base, departmentName: 'Sales' });
    expect(mail.subject).toBe('Off-line message from Vera Visitor (Demo Shop)');
    expect(mail.text).toContain('From: Vera Visitor <vera@example.com>');
    expect(mail.text).toContain('Department: Sales');
    expect(mail.text).toContain('Page: http://127.0.0.1:5173/pricing');
    expect(mail.text).toContain('Do you ship to Iceland?\nThanks!');
    expect(mail.replyTo).toEqual({ name: 'Vera Visitor', address: 'vera@example.com' });
  });
  it('keeps the subject on one short line', () => {
    const mail = composeOfflineMail({ ...base, name: `Eve\r\nBcc: x@y.z ${'a'.repeat(200)}` });
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject.length).toBeLessThan(170);
  });
  it('says when the message comes from a missed chat, and omits absent fields', () => {
    const mail = composeOfflineMail({ ...base, pageUrl: '', missedChat: true });
    expect(mail.subject).toMatch(/^Missed chat from/);
    expect(mail.text).not.toContain('Department:');
    expect(mail.text).not.toContain('Page:');
  });
});
