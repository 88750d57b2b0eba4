import type { Chat, ChatMessage } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const chatConverter = modelConverter<Chat>(() => ({ offeredTo: [] }));
export const chatMessageConverter = modelConverter<ChatMessage>();

export const chatsCol = (ws: string) =>
  db().collection(paths.chats(ws)).withConverter(chatConverter);
export const chatRef = (ws: string, chatId: string) =>
  db().doc(paths.chat(ws, chatId)).withConverter(chatConverter);
export const chatMessagesCol = (ws: string, chatId: string) =>
  db().collection(paths.chatMessages(ws, chatId)).withConverter(chatMessageConverter);
