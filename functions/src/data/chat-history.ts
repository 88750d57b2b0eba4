import type { ChatHistoryEntry } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const chatHistoryConverter = modelConverter<ChatHistoryEntry>(() => ({ rating: 'none' }));

export const chatHistoryCol = (ws: string) =>
  db().collection(paths.chatHistory(ws)).withConverter(chatHistoryConverter);
export const chatHistoryEntryRef = (ws: string, id: string) =>
  db().doc(paths.chatHistoryEntry(ws, id)).withConverter(chatHistoryConverter);
