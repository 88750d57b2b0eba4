import type { CannedResponseDoc } from './collections/canned-responses.ts';
import { localDb } from './local-db.ts';

export interface CachedCanned {
  id: string;
  shortcut: string;
  text: string;
}

/** The cached canned responses of a workspace, for an autocomplete that is ready at once. */
export async function cachedCanned(workspaceId: string): Promise<CachedCanned[]> {
  const rows = await localDb().cannedResponses.where('workspaceId').equals(workspaceId).toArray();
  return rows
    .map(({ id, shortcut, text }) => ({ id, shortcut, text }))
    .sort((a, b) => a.shortcut.localeCompare(b.shortcut));
}

/** Replaces the workspace's cache with what the server just sent. */
export async function replaceCachedCanned(
  workspaceId: string,
  responses: readonly Pick<CannedResponseDoc, 'id' | 'shortcut' | 'text' | 'updatedAt'>[],
): Promise<void> {
  const db = localDb();
  await db.transaction('rw', db.cannedResponses, async () => {
    await db.cannedResponses.where('workspaceId').equals(workspaceId).delete();
    await db.cannedResponses.bulkPut(
      responses.map((r) => ({
        key: `${workspaceId}/${r.id}`,
        workspaceId,
        id: r.id,
        shortcut: r.shortcut,
        text: r.text,
        updatedAt: r.updatedAt.getTime(),
      })),
    );
  });
}
