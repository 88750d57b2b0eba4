import { effect, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Firestore } from 'firebase/firestore';
import { t } from '../../i18n.ts';
import { type CachedCanned, cachedCanned, replaceCachedCanned } from '../canned-cache.ts';
import { cannedResponsesCollection } from '../collections/canned-responses.ts';
import { LiveList } from '../live.ts';

/**
 * Keeps `target` equal to the workspace's canned responses: the IndexedDB copy at once (so the
 * autocomplete works before the network answers, or without it), then the live collection,
 * which also refreshes the copy. Returns the stop function and the binding's error.
 */
export function bindCannedResponses(
  db: Firestore,
  workspaceId: string,
  target: Signal<CachedCanned[]>,
): { stop: () => void; error: ReadonlySignal<string | null> } {
  const live = new LiveList(t('liveTheCannedResponses'), () =>
    cannedResponsesCollection(db, workspaceId),
  );
  void cachedCanned(workspaceId).then((cached) => {
    if (live.status.peek() !== 'ready') target.value = cached;
  });
  const release = live.retain();
  const stopCopy = effect(() => {
    if (live.status.value !== 'ready') return;
    const docs = live.items.value;
    target.value = docs
      .map(({ id, shortcut, text }) => ({ id, shortcut, text }))
      .sort((a, b) => a.shortcut.localeCompare(b.shortcut));
    void replaceCachedCanned(workspaceId, docs).catch(() => {});
  });
  const stop = () => {
    release();
    stopCopy();
  };
  return { stop, error: live.error };
}
