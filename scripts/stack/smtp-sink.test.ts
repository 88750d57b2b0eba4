import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpSink, startSmtpSink } from './smtp-sink.ts';

describe('SMTP sink', () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink({ smtpPort: 0, httpPort: 0 });
  });
  afterAll(() => sink.close());

  it('accepts a mail and lists it as JSON', async () => {
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: sink.smtpPort,
      secure: false,
      ignoreTLS: true,
    });
    await transport.sendMail({
      from: 'Parley <no-reply@parley.test>',
      to: ['ada@parley.test', 'nora@parley.test'],
      subject: 'Off-line message from Vera',
      text: 'Do you ship to Iceland?',
    });
    const listed = (await (await fetch(sink.messagesUrl)).json()) as SmtpSink['messages'];
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      envelope: { from: 'no-reply@parley.test', to: ['ada@parley.test', 'nora@parley.test'] },
      to: ['ada@parley.test', 'nora@parley.test'],
      subject: 'Off-line message from Vera',
    });
    expect(listed[0]?.text.trim()).toBe('Do you ship to Iceland?');
  });

  it('refuses an address during its outage (421) and takes its mail again afterwards', async () => {
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: sink.smtpPort,
      secure: false,
      ignoreTLS: true,
    });
    const outage = sink.messagesUrl.replace('/messages', '/outages/Nora%40parley.test');
    const mail = { from: 'no-reply@parley.test', to: 'nora@parley.test', text: 'Hello' };
    expect((await fetch(outage, { method: 'PUT' })).status).toBe(204);
    await expect(transport.sendMail(mail)).rejects.toMatchObject({ responseCode: 421 });
    await transport.sendMail({ ...mail, to: 'ada@parley.test' });
    expect((await fetch(outage, { method: 'DELETE' })).status).toBe(204);
    await transport.sendMail(mail);
    const listed = (await (await fetch(sink.messagesUrl)).json()) as SmtpSink['messages'];
    expect(listed.slice(-2).map((m) => m.envelope.to)).toEqual([
      ['ada@parley.test'],
      ['nora@parley.test'],
    ]);
  });

  it('empties the list on DELETE and answers unknown paths with 404', async () => {
    expect((await fetch(sink.messagesUrl, { method: 'DELETE' })).status).toBe(204);
    expect(await (await fetch(sink.messagesUrl)).json()).toEqual([]);
    expect((await fetch(sink.messagesUrl.replace('/messages', '/nope'))).status).toBe(404);
  });
});
