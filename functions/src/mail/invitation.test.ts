import { describe, expect, it } from 'vitest';
import { composeInvitationMail } from './invitation.ts';

describe('composeInvitationMail', () => {
  it('names the workspace and the inviter, carries the link and replies to the inviter', () => {
    const mail = composeInvitationMail({
      workspaceName: 'Acme\r\nShop',
      inviteeName: 'Paula',
      inviterName: 'Ada',
      inviterEmail: 'ada@acme.test',
      link: 'https://acme.web.app/account.html?mode=resetPassword&oobCode=x',
    });
    expect(mail.subject).toBe('Ada invited you to Acme Shop on Parley');
    expect(mail.text).toContain('Hello Paula,');
    expect(mail.text).toContain('https://acme.web.app/account.html?mode=resetPassword&oobCode=x');
    expect(mail.replyTo).toEqual({ name: 'Ada', address: 'ada@acme.test' });
  });
});
