/**
 * Data the off-line inbox, reports and retention suites start from, written into the shared
 * `demo` workspace as the functions would have left it (through the emulator's REST API, as its
 * owner): an off-line message whose delivery failed, a missed chat's summary, a chat that ended
 * before History existed, and chats dated back so that retention applies to them.
 */
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { fireScheduled } from '../../scripts/stack/schedules.ts';
import { patchDocument } from './documents.ts';

const WS = 'workspaces/demo';
const DAY = 86_400_000;

/** An off-line message the mailer gave up on after 6 attempts; returns its id. */
export async function failedOfflineMessage(name: string, text: string): Promise<string> {
  const id = `offline-${randomUUID().slice(0, 8)}`;
  await patchDocument(`${WS}/offlineMessages/${id}`, {
    name,
    email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.test`,
    message: text,
    pageUrl: 'http://127.0.0.1:5173/help.html',
    createdAt: new Date(),
    delivery: {
      status: 'failed',
      to: ['gone@parley.test'],
      attempts: 6,
      lastError: 'connect ECONNREFUSED 10.0.0.1:587',
    },
  });
  return id;
}

/** The workspace summary of a chat nobody answered, as housekeeping writes it. */
export async function missedChatSummary(visitorName: string): Promise<string> {
  const chatId = `missed-${randomUUID().slice(0, 8)}`;
  const now = Date.now();
  await patchDocument(`${WS}/chatHistory/${chatId}`, {
    chatId,
    scope: '*',
    outcome: 'missed',
    visitor: { uid: `visitor-${chatId}`, name: visitorName },
    pageUrl: 'http://127.0.0.1:5173/pricing.html',
    operatorIds: [],
    operatorNames: [],
    createdAt: new Date(now - 200_000),
    closedAt: new Date(now),
    messageCount: 1,
    rating: 'none',
    words: [],
  });
  return chatId;
}

/** A closed chat with one message and no summary, as chats ended before History; its id. */
export async function chatBeforeHistory(visitorName: string, text: string): Promise<string> {
  const chatId = `old-${randomUUID().slice(0, 8)}`;
  const closedAt = new Date(Date.now() - 2 * DAY);
  const visitor = { uid: `visitor-${chatId}`, name: visitorName };
  await patchDocument(`${WS}/chats/${chatId}`, {
    visitor,
    pageUrl: 'http://127.0.0.1:5173/',
    status: 'closed',
    offeredTo: [],
    createdAt: new Date(closedAt.getTime() - 300_000),
    closedAt,
    lastMessageAt: closedAt,
  });
  await patchDocument(`${WS}/chats/${chatId}/messages/m1`, {
    from: { kind: 'visitor', ...visitor },
    text,
    sentAt: new Date(closedAt.getTime() - 200_000),
  });
  return chatId;
}

/** Dates an ended chat's summaries `days` back (the workspace's and its operators'). */
export async function endedDaysAgo(chatId: string, operatorUids: string[], days: number) {
  const closedAt = new Date(Date.now() - days * DAY);
  for (const id of [chatId, ...operatorUids.map((uid) => `${chatId}_${uid}`)])
    await patchDocument(`${WS}/chatHistory/${id}`, { closedAt });
}

/** Runs the housekeeping schedule now, as Cloud Scheduler would, and waits for it. */
export function runHousekeeping(): Promise<void> {
  const stack = inject('stack');
  return fireScheduled(
    { functionsHost: stack.functionsHost, projectId: stack.projectId },
    'housekeeping',
  );
}
