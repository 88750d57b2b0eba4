import { openKey } from '../loader/launcher.ts';

/**
 * What the widget keeps in the site's localStorage so a conversation survives page loads: the
 * current chat id and the name the visitor gave. (Firebase Auth keeps the anonymous identity
 * itself.) Storage may be blocked by privacy settings; then the widget simply forgets.
 */
export interface StoredSession {
  chatId: string;
  name: string;
  email?: string;
}

const chatKey = (workspace: string) => `parley:${workspace}:chat`;

export interface SessionStore {
  load(): StoredSession | null;
  save(session: StoredSession): void;
  clear(): void;
  /** Remember whether the panel is open, so the next page reopens it (see loader.ts). */
  setOpen(open: boolean): void;
}

export function createSessionStore(workspace: string, storage: Storage | null): SessionStore {
  const attempt = <T>(action: () => T, fallback: T): T => {
    try {
      return storage ? action() : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    load() {
      return attempt(() => {
        const raw = storage!.getItem(chatKey(workspace));
        if (!raw) return null;
        const value = JSON.parse(raw) as Partial<StoredSession>;
        if (typeof value.chatId !== 'string' || !value.chatId) return null;
        return {
          chatId: value.chatId,
          name: typeof value.name === 'string' ? value.name : '',
          ...(typeof value.email === 'string' && value.email ? { email: value.email } : {}),
        };
      }, null);
    },
    save(session) {
      attempt(() => storage!.setItem(chatKey(workspace), JSON.stringify(session)), undefined);
    },
    clear() {
      attempt(() => storage!.removeItem(chatKey(workspace)), undefined);
    },
    setOpen(open) {
      attempt(
        () =>
          open
            ? storage!.setItem(openKey(workspace), '1')
            : storage!.removeItem(openKey(workspace)),
        undefined,
      );
    },
  };
}

/** localStorage, or null where merely touching it throws (sandboxed iframes, some privacy modes). */
export function siteStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
