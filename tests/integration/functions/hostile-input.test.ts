/**
 * Hostile input at the functions: markup in an off-line message reaches the recipients as plain
 * text (no HTML part to render it), line breaks in a name cannot add mail headers or recipients,
 * and the widget's callables refuse wrong types, oversize fields and non-web page addresses with
 * a clear message instead of storing them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  admin,
  closeClients,
  expectError,
  mailTo,
  makeWorkspace,
  PAGE,
  signedIn,
  type TestWorkspace,
  useSmtpSink,
} from './support.ts';

afterAll(closeClients);

describe('hostile input at the functions', () => {
  let team: TestWorkspace;
  beforeAll(async () => {
    admin();
    useSmtpSink();
    team = await makeWorkspace({
      operators: [
        { key: 'ada', role: 'admin', presence: 'offline' },
        { key: 'nora', presence: 'offline' },
      ],
      offlineRecipients: ['nora'],
    });
  });

  it('mails markup as text and keeps a name with line breaks to one header', async () => {
    const visitor = await signedIn();
    const name = '<b>Eve</b>\r\nBcc: intruder@example.com';
    const message = '<script>alert(1)</script>\n<img src=x onerror=alert(2)>';
    await visitor.call('submitOfflineMessage', {
      workspaceId: team.ws,
      name,
      email: 'eve@example.com',
      message,
      pageUrl: PAGE,
    });
    const [mail] = await mailTo(team.ops.nora!.email);
    expect(mail).toBeDefined();
    expect(mail!.html).toBeNull();
    expect(mail!.text).toContain(message);
    expect(mail!.subject).toContain('<b>Eve</b>');
    expect(mail!.subject).not.toMatch(/[\r\n]/);
    expect(mail!.envelope.to).toEqual([team.ops.nora!.email]);
    expect(await mailTo('intruder@example.com', 1_000)).toEqual([]);
  });

  it('refuses wrong types, oversize fields and script addresses with a clear message', async () => {
    const visitor = await signedIn();
    const start = (fields: Record<string, unknown>) =>
      visitor.call('startChat', {
        workspaceId: team.ws,
        visitorName: 'Vera',
        pageUrl: PAGE,
        ...fields,
      });
    await expectError(start({ visitorName: { html: '<b>' } }), 'invalid-argument', /Your name/);
    await expectError(start({ visitorName: 'V'.repeat(81) }), 'invalid-argument', /at most 80/);
    await expectError(
      start({ pageUrl: 'javascript:alert(1)' }),
      'invalid-argument',
      /must start with http/,
    );
    await expectError(
      visitor.call('submitOfflineMessage', {
        workspaceId: team.ws,
        name: 'Vera',
        email: 'vera@example.com',
        message: ['not', 'text'],
        pageUrl: PAGE,
      }),
      'invalid-argument',
    );
  });
});
