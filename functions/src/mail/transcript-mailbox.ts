import type { TranscriptMail } from '../../../utils/domain/model.ts';
import { chatMessagesCol, chatRef } from '../data/chats.ts';
import { transcriptMailRef, transcriptMailsCol } from '../data/transcript-mails.ts';
import { workspaceRef } from '../data/workspaces.ts';
import type { Mailbox } from './mailbox.ts';
import { offlineRecipients } from './recipients.ts';
import { composeTranscriptMail } from './transcript-mail.ts';

/** Transcripts visitors asked for, mailed to the address they gave; composed at sending time. */
export const transcriptMailbox: Mailbox<TranscriptMail> = {
  what: 'transcript',
  collection: transcriptMailsCol,
  ref: transcriptMailRef,
  undeliverable: () => null,
  async compose(ws, mail) {
    const [workspace, chat, messages, team] = await Promise.all([
      workspaceRef(ws).get(),
      chatRef(ws, mail.chatId).get(),
      chatMessagesCol(ws, mail.chatId).orderBy('sentAt').get(),
      offlineRecipients(ws),
    ]);
    const data = chat.data();
    if (!data) throw new Error('The chat no longer exists.');
    return composeTranscriptMail({
      workspaceName: workspace.data()?.name || ws,
      visitorName: data.visitor.name,
      replyTo: team[0],
      startedAt: data.createdAt,
      messages: messages.docs.map((d) => d.data()),
    });
  },
};
