import { deleteDocument, listDocuments, patchDocument } from './documents.ts';

/**
 * Puts the seeded `demo` workspace back to a quiet state: every operator offline with no chats,
 * no chat queued or active, no visitor blocked (every suite's visitors share one address). Browser suites share that workspace, so each starts from here instead
 * of inheriting presence and chats from the suite before it.
 */
export async function quietDemoWorkspace() {
  const ws = 'workspaces/demo';
  const [presence, chats] = await Promise.all([
    listDocuments(`${ws}/presence`),
    listDocuments(`${ws}/chats`),
  ]);
  await Promise.all([
    // The waiting queue of chats closed below would otherwise still count ahead of a visitor.
    deleteDocument(`${ws}/summaries/queue`),
    deleteDocument(`${ws}/summaries/blocks`).catch(() => {}),
    ...presence.map(({ id }) =>
      patchDocument(`${ws}/presence/${id}`, {
        state: 'offline',
        lastSeen: new Date(0),
        activeChats: 0,
      }),
    ),
    ...chats
      .filter(({ data }) => data.status === 'queued' || data.status === 'active')
      .map(({ id }) =>
        // As closeChat does, a pending transfer goes too: it would still count for its addressee.
        patchDocument(
          `${ws}/chats/${id}`,
          { status: 'closed', offeredTo: [], closedAt: new Date() },
          ['transfer'],
        ),
      ),
  ]);
}
