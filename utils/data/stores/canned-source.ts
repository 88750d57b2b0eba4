import { effect, type Signal, signal } from '@preact/signals';
import type { Firestore } from 'firebase/firestore';
import { type CachedCanned, cachedCanned, replaceCachedCanned } from '../canned-cache.ts';
import { type CannedResponseDoc, cannedResponsesRef } from '../canned-responses.ts';
import { bindQuery } from './live.ts';

/**
 * Keeps `target` equal to the workspace's canned responses: the IndexedDB copy at once (so the
 * autocomplete works before the network answers, or without it), then the live collection,
 * which also refreshes the copy.
 */
export function bindCannedResponses(
  db: Firestore,
  workspaceId: string,
  target: Signal<CachedCanned[]>,
): () => void {
  let liveArrived = false;
  void cachedCanned(workspaceId).then((cached) => {
    if (!liveArrived) target.value = cached;
  });
  const live = signal<CannedResponseDoc[] | null>(null);
  const stopQuery = bindQuery(
    cannedResponsesRef(db, workspaceId),
    live as Signal<CannedResponseDoc[]>,
    {},
  );
  const stopCopy = effect(() => {
    const docs = live.value;
    if (docs === null) return;
    liveArrived = true;
    target.value = docs
      .map(({ id, shortcut, text }) => ({ id, shortcut, text }))
      .sort((a, b) => a.shortcut.localeCompare(b.shortcut));
    void replaceCachedCanned(workspaceId, docs).catch(() => {});
  });
  return () => {
    stopQuery();
    stopCopy();
  };
}
