/**
 * The viewer's first History page as last read, kept in the extension's local database so that
 * History paints at once when opened again while the server's answer is on its way (as the
 * console paints its chats from cache). Only the unfiltered first page: that is what opening
 * History shows; a filter always reads from the server.
 */
import type { HistoryViewer } from '../domain/history.ts';
import type { ChatHistoryDoc } from './collections/chat-history.ts';
import { localDb } from './local-db.ts';

export interface HistoryPageCache {
  read(): Promise<ChatHistoryDoc[] | undefined>;
  save(rows: ChatHistoryDoc[]): Promise<void>;
}

/** The cache of `viewer` in workspace `workspaceId`; a failing local database reads as empty. */
export function localHistoryCache(workspaceId: string, viewer: HistoryViewer): HistoryPageCache {
  const key = `${viewer.uid}|${workspaceId}|${viewer.role}`;
  return {
    read: () =>
      localDb()
        .historyPages.get(key)
        .then((row) => row?.rows)
        .catch(() => undefined),
    save: (rows) =>
      localDb()
        .historyPages.put({ key, rows, savedAt: Date.now() })
        .then(() => undefined)
        .catch(() => undefined),
  };
}
