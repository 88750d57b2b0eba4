import { browser } from 'wxt/browser';

const KEY = 'parley.notified';
const MAX = 500;

/**
 * What has been notified already, so a service worker restart (which replays every live query)
 * doesn't repeat notifications. Kept in storage.session: gone when the browser closes.
 */
export class NotifiedStore {
  #ids = new Set<string>();
  #loaded: Promise<void>;

  constructor() {
    const area = browser.storage.session ?? browser.storage.local;
    this.#loaded = area
      .get(KEY)
      .then((stored) => {
        for (const id of (stored[KEY] as string[] | undefined) ?? []) this.#ids.add(id);
      })
      .catch(() => {});
  }

  /** true the first time an id is seen (and remembers it). */
  async first(id: string): Promise<boolean> {
    await this.#loaded;
    if (this.#ids.has(id)) return false;
    this.#ids.add(id);
    const ids = [...this.#ids].slice(-MAX);
    const area = browser.storage.session ?? browser.storage.local;
    await area.set({ [KEY]: ids }).catch(() => {});
    return true;
  }
}
