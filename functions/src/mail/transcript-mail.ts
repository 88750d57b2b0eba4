import type { ChatMessage } from '../../../utils/domain/model.ts';
import { type ComposedMail, oneLine } from './compose.ts';

export interface TranscriptMailInput {
  workspaceName: string;
  visitorName: string;
  /** where a reply goes: the workspace's first off-line recipient, if any */
  replyTo?: string;
  startedAt: Date;
  messages: Pick<ChatMessage, 'from' | 'text' | 'sentAt'>[];
}

const time = (date: Date) => date.toISOString().slice(0, 16).replace('T', ' ');

/** The transcript a visitor asked for: plain text, one block per message, times in UTC. */
export function composeTranscriptMail(input: TranscriptMailInput): ComposedMail {
  const lines = [
    `Your chat with ${input.workspaceName} on ${time(input.startedAt)} (UTC)`,
    '',
    ...input.messages.map(
      (m) => `[${time(m.sentAt)}] ${m.from.kind === 'system' ? '—' : m.from.name}: ${m.text}`,
    ),
    '',
    '--',
    'You asked for this transcript in the chat window.',
  ];
  return {
    subject: `Your chat with ${oneLine(input.workspaceName, 60)}`,
    text: lines.join('\n'),
    ...(input.replyTo
      ? { replyTo: { name: oneLine(input.workspaceName, 80), address: input.replyTo } }
      : {}),
  };
}
