import { FieldValue } from 'firebase-admin/firestore';
import type { EmailTranscriptResponse } from '../../../utils/domain/callables.ts';
import { TRANSCRIPT_MAIL_LIMIT } from '../../../utils/domain/rate-limit.ts';
import { WIDGET_APP_CHECK } from '../app-check.ts';
import { requireSignedIn } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { chatRef } from '../data/chats.ts';
import { transcriptMailsCol } from '../data/transcript-mails.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { attemptDelivery } from '../mail/delivery.ts';
import { SEND_LEASE_MS } from '../mail/retry-policy.ts';
import { MAIL_SECRETS } from '../mail/smtp-secret.ts';
import { transcriptMailbox } from '../mail/transcript-mailbox.ts';
import { consumeRateLimit } from '../rate-limit.ts';
import { validateEmailTranscriptRequest } from '../requests.ts';

/**
 * "Email me the transcript" after a chat: stored with a delivery log and mailed at once through
 * the off-line mail path (mail/delivery.ts), so a failed send is retried by the schedule.
 */
export const emailTranscript = callable(
  'emailTranscript',
  async (request): Promise<EmailTranscriptResponse> => {
    const uid = requireSignedIn(request);
    const { workspaceId: ws, chatId, email } = valid(validateEmailTranscriptRequest(request.data));
    const chat = (await chatRef(ws, chatId).get()).data();
    if (!chat) fail('not-found', 'That chat does not exist.', { reason: 'chat-missing' });
    if (chat.visitor.uid !== uid) {
      fail('permission-denied', 'Only the visitor of a chat can ask for its transcript.', {
        reason: 'transcript-not-yours',
      });
    }
    if (chat.status !== 'closed') {
      fail('failed-precondition', 'The transcript can be sent once the chat has ended.', {
        reason: 'transcript-before-end',
      });
    }
    await consumeRateLimit(ws, uid, 'transcriptMail', [TRANSCRIPT_MAIL_LIMIT], 'transcripts sent');

    const now = new Date();
    const ref = transcriptMailsCol(ws).doc();
    // Leased for the attempt below, so the schedule doesn't send it at the same time.
    const delivery = {
      status: 'pending' as const,
      to: [email],
      attempts: 0,
      nextAttemptAt: new Date(now.getTime() + SEND_LEASE_MS),
    };
    await ref.set({ id: ref.id, chatId, createdAt: FieldValue.serverTimestamp(), delivery });
    const outcome = await attemptDelivery(
      ws,
      transcriptMailbox,
      { id: ref.id, chatId, createdAt: now, delivery },
      now,
    );
    return { id: ref.id, delivery: outcome.status };
  },
  { ...MAIL_SECRETS, ...WIDGET_APP_CHECK },
);
