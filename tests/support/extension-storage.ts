/**
 * What an extension page keeps locally (IndexedDB `parley-console`, browser.storage), read and
 * arranged from inside the page, for the sign-out suites.
 */
import type { Page } from 'puppeteer-core';

/** Rows per table of the extension's IndexedDB `parley-console`, as the page sees it. */
export function localRows(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('parley-console');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => {
              counts[name] = request.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

export const storedKeys = (page: Page) =>
  page.evaluate(async () => {
    // The extension page's own storage API (puppeteer's evaluate runs in that page).
    const storage = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.local;
    return Object.keys(await storage.get(null));
  });

/** Waits until the console has cached the workspace's canned responses (the seed has three). */
export async function cannedCached(page: Page) {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('parley-console');
        open.onsuccess = () => {
          const request = open.result
            .transaction('cannedResponses')
            .objectStore('cannedResponses')
            .count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result > 0);
          };
          request.onerror = () => resolve(false);
        };
        open.onerror = () => resolve(false);
      }),
    { timeout: 20_000, polling: 250 },
  );
}

/** A message typed while the server was unreachable, exactly as the outbox stores it. */
export function unsentMessage(page: Page, operatorUid: string) {
  return page.evaluate((author) => {
    return new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('parley-console');
      open.onsuccess = () => {
        const tx = open.result.transaction('outbox', 'readwrite');
        tx.objectStore('outbox').put({
          id: 'unsent00000000000001',
          conversation: 'chat:demo:gone',
          uid: author,
          author: { uid: author, name: 'Sam' },
          text: 'My reply that never left',
          createdAt: Date.now(),
          state: 'failed',
          attempts: 1,
          lastError: 'Not sent: this chat is closed or no longer yours.',
        });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    });
  }, operatorUid);
}
