import { logger } from 'firebase-functions';
import { workspacesCol } from '../data/workspaces.ts';
import { sweepLapsedOffers } from '../offers.ts';
import { sweepExpiredTransfers } from './expired-transfers.ts';
import { retryDueMail } from './mail-retries.ts';
import { sweepMissedChats } from './missed-chats.ts';
import { purgeExpiredTranscripts } from './retention.ts';
import { sweepStalePresence } from './stale-presence.ts';

export interface SweepReport {
  workspaces: number;
  missedChats: number;
  lapsedOffers: number;
  expiredTransfers: number;
  stalePresence: number;
  mailSent: number;
  mailFailed: number;
  purgedChats: number;
  errors: number;
}

/**
 * The every-minute housekeeping, as a plain function (the schedule calls it; tests call it with
 * their own `now`): queued chats past the workspace's timeout become missed (and off-line messages
 * when the visitor left an email), one-at-a-time offers nobody moved on at their deadline move on,
 * lapsed transfers are withdrawn, due mail is (re)sent, transcripts past the workspace's
 * retention are purged (retention.ts), then
 * presence whose heartbeats stopped goes offline (one query for all workspaces). One workspace's
 * failure is logged and does not stop the others.
 */
export async function sweep(now = new Date(), onlyWorkspace?: string): Promise<SweepReport> {
  const report: SweepReport = {
    workspaces: 0,
    missedChats: 0,
    lapsedOffers: 0,
    expiredTransfers: 0,
    stalePresence: 0,
    mailSent: 0,
    mailFailed: 0,
    purgedChats: 0,
    errors: 0,
  };
  const workspaces = onlyWorkspace
    ? [await workspacesCol().doc(onlyWorkspace).get()]
    : (await workspacesCol().get()).docs;
  for (const snapshot of workspaces) {
    const workspace = snapshot.data();
    if (!workspace) continue;
    report.workspaces++;
    try {
      report.missedChats += await sweepMissedChats(snapshot.id, workspace, now);
      // A backstop: the waiting visitor's widget moves a lapsed offer on at its deadline.
      report.lapsedOffers += await sweepLapsedOffers(snapshot.id, now);
      report.expiredTransfers += await sweepExpiredTransfers(snapshot.id, workspace, now);
      const mail = await retryDueMail(snapshot.id, now);
      report.mailSent += mail.sent;
      report.mailFailed += mail.failed;
      report.purgedChats += await purgeExpiredTranscripts(snapshot.id, workspace, now);
    } catch (error) {
      report.errors++;
      logger.error('sweep failed for a workspace', { ws: snapshot.id, error });
    }
  }
  // After the chats, so a long list of stale presence never delays a visitor's timeout.
  try {
    report.stalePresence = await sweepStalePresence(now, onlyWorkspace);
  } catch (error) {
    report.errors++;
    logger.error('sweeping stale presence failed', { error });
  }
  return report;
}
