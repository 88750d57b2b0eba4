/**
 * Fault: the mail server is down when an off-line message arrives (issue 16). The stack's SMTP
 * sink refuses the workspace's recipient with 421 "Service not available", what a server that
 * can't take mail answers, while the other suites' mail goes on (tests/support/mail-sink.ts).
 * The visitor's message goes through the real callable; the retries are the housekeeping sweep
 * (functions/src/scheduled/sweep.ts) run at the times it becomes due, as the every-minute
 * schedule would run it; what the inbox shows is read through the rules as the Control Panel
 * reads it. Nobody presses Retry delivery.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweep } from '../../../functions/src/scheduled/sweep.ts';
import { readOfflinePage } from '../../../utils/data/collections/offline-messages.ts';
import type { DeliveryStatus } from '../../../utils/domain/model.ts';
import { mailOutage } from '../../support/mail-sink.ts';
import {
  admin,
  closeClients,
  mailTo,
  makeWorkspace,
  PAGE,
  signedIn,
  type TestWorkspace,
  useSmtpSink,
} from './support.ts';

let team: TestWorkspace;
beforeAll(async () => {
  admin();
  useSmtpSink();
  team = await makeWorkspace({
    operators: [{ key: 'ada', role: 'admin', presence: 'offline' }],
    offlineRecipients: ['ada'],
  });
});
afterAll(async () => {
  await mailOutage(team.ops.ada!.email, false);
  await closeClients();
});

describe('an off-line message while the mail server is down', () => {
  it('is kept, retried with backoff, shown as retrying, and delivered once when the server is back', async () => {
    const to = team.ops.ada!.email;
    const ada = await signedIn(team.ops.ada);
    /** The message as the inbox lists it, filtered by one delivery status. */
    const inInbox = async (id: string, status: DeliveryStatus) =>
      (await readOfflinePage(ada.db, team.ws, status, null)).rows.find((row) => row.id === id);

    await mailOutage(to, true);
    const visitor = await signedIn();
    const submitted = Date.now();
    const { id } = await visitor.call('submitOfflineMessage', {
      workspaceId: team.ws,
      name: 'Vera Visitor',
      email: 'vera@example.com',
      message: 'Is the shop open on Sunday?',
      pageUrl: PAGE,
    });

    // The first attempt, inside the callable, was refused: kept, retrying in a minute.
    const first = (await inInbox(id, 'pending'))!;
    expect(first.delivery).toMatchObject({ status: 'pending', attempts: 1, to: [to] });
    expect(first.delivery.lastError).toMatch(/421/);
    const firstRetry = first.delivery.nextAttemptAt!;
    expect(firstRetry.getTime() - submitted).toBeGreaterThanOrEqual(55_000);
    expect(firstRetry.getTime() - submitted).toBeLessThan(2 * 60_000);

    // Housekeeping when it is due, the server still down: the second attempt, two minutes more.
    expect(await sweep(firstRetry, team.ws)).toMatchObject({ mailSent: 0, mailFailed: 1 });
    const second = (await inInbox(id, 'pending'))!;
    expect(second.delivery).toMatchObject({ status: 'pending', attempts: 2 });
    expect(second.delivery.lastError).toMatch(/421/);
    const secondRetry = second.delivery.nextAttemptAt!;
    expect(secondRetry.getTime() - firstRetry.getTime()).toBe(2 * 60_000);
    // Not due yet: left alone.
    expect(await sweep(new Date(secondRetry.getTime() - 1_000), team.ws)).toMatchObject({
      mailSent: 0,
      mailFailed: 0,
    });

    // The server is back. Two housekeeping runs meet at the due time: one sends, once.
    await mailOutage(to, false);
    const runs = await Promise.all([sweep(secondRetry, team.ws), sweep(secondRetry, team.ws)]);
    expect(runs.map((run) => run.mailSent).sort()).toEqual([0, 1]);
    expect(runs.map((run) => run.mailFailed)).toEqual([0, 0]);
    const sent = (await inInbox(id, 'sent'))!;
    expect(sent.delivery).toMatchObject({ status: 'sent', attempts: 3, to: [to] });
    expect(sent.delivery.sentAt).toBeInstanceOf(Date);
    expect(sent.delivery.lastError).toBeUndefined();
    expect(sent.delivery.nextAttemptAt).toBeUndefined();
    expect(await inInbox(id, 'pending')).toBeUndefined();

    // Later runs leave it alone, and exactly one mail reached the recipient.
    expect(await sweep(new Date(secondRetry.getTime() + 60 * 60_000), team.ws)).toMatchObject({
      mailSent: 0,
      mailFailed: 0,
    });
    const mails = await mailTo(to);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('Is the shop open on Sunday?');
  });
});
