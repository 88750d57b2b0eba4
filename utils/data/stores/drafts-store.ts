import { type Signal, signal } from '@preact/signals';
import type { ConversationKey } from '../conversation-key.ts';
import { loadDraft, saveDraft } from '../drafts.ts';

const SAVE_DELAY_MS = 300;

/**
 * Each conversation's half-typed message: in memory for instant tab switching, persisted to
 * IndexedDB shortly after each keystroke so a closed panel or a crash loses nothing.
 */
export class DraftsStore {
  readonly #drafts = new Map<ConversationKey, Signal<string>>();
  readonly #timers = new Map<ConversationKey, ReturnType<typeof setTimeout>>();
  /** conversations typed into in this page (their stored draft must not overwrite the typing) */
  readonly #typed = new Set<ConversationKey>();

  constructor(readonly uid: string) {}

  /** The draft's signal; filled from IndexedDB unless typed into first. */
  draft(key: ConversationKey): Signal<string> {
    let draft = this.#drafts.get(key);
    if (!draft) {
      const created = signal('');
      draft = created;
      this.#drafts.set(key, created);
      void loadDraft(this.uid, key).then((text) => {
        if (!this.#typed.has(key) && text) created.value = text;
      });
    }
    return draft;
  }

  set(key: ConversationKey, text: string): void {
    this.#typed.add(key);
    this.draft(key).value = text;
    clearTimeout(this.#timers.get(key));
    this.#timers.set(
      key,
      setTimeout(() => {
        this.#timers.delete(key);
        void saveDraft(this.uid, key, text);
      }, SAVE_DELAY_MS),
    );
  }

  /** Writes pending drafts now (the page is going away). */
  async flush(): Promise<void> {
    const pending = [...this.#timers.keys()];
    for (const key of pending) clearTimeout(this.#timers.get(key));
    this.#timers.clear();
    await Promise.all(pending.map((key) => saveDraft(this.uid, key, this.draft(key).value)));
  }
}
