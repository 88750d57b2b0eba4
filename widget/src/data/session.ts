import type { VisitorPage } from '../../../utils/domain/model.ts';
import { type LauncherLook, lookKey, openKey } from '../loader/launcher.ts';

/**
 * What the widget keeps in the site's localStorage so a conversation survives page loads: the
 * current chat id and the name the visitor gave, and who they were last time (a returning
 * visitor finds the welcome form filled in). Firebase Auth keeps the anonymous identity itself,
 * so their chats stay linked. Storage may be blocked by privacy settings; then the widget forgets.
 */
export interface StoredSession {
  chatId: string;
  name: string;
  email?: string;
}

const chatKey = (workspace: string) => `parley:${workspace}:chat`;
const visitorKey = (workspace: string) => `parley:${workspace}:visitor`;
const pagesKey = (workspace: string) => `parley:${workspace}:pages`;

/** Who the visitor said they were last time, to fill in the welcome form when they return. */
export interface RememberedVisitor {
  name: string;
  email?: string;
}

export interface SessionStore {
  load(): StoredSession | null;
  save(session: StoredSession): void;
  clear(): void;
  rememberVisitor(visitor: RememberedVisitor): void;
  rememberedVisitor(): RememberedVisitor | null;
  /** Remember whether the panel is open, so the next page reopens it (see loader.ts). */
  setOpen(open: boolean): void;
  /** Remember the launcher's look, so the next page draws it at once (see launcher.ts). */
  rememberLook(look: LauncherLook): void;
  /** The pages this chat has seen so far (Visitor info, ADR 010), oldest first. */
  visitedPages(chatId: string): VisitorPage[];
  saveVisitedPages(chatId: string, pages: VisitorPage[]): void;
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
      attempt(() => {
        storage!.removeItem(chatKey(workspace));
        storage!.removeItem(pagesKey(workspace));
      }, undefined);
    },
    visitedPages(chatId) {
      return attempt(() => {
        const value = JSON.parse(storage!.getItem(pagesKey(workspace)) ?? 'null') as {
          chatId?: unknown;
          pages?: unknown;
        } | null;
        if (value?.chatId !== chatId || !Array.isArray(value.pages)) return [];
        return (value.pages as VisitorPage[]).filter(
          (p) =>
            typeof p?.url === 'string' && typeof p.title === 'string' && typeof p.at === 'number',
        );
      }, []);
    },
    saveVisitedPages(chatId, pages) {
      attempt(
        () => storage!.setItem(pagesKey(workspace), JSON.stringify({ chatId, pages })),
        undefined,
      );
    },
    rememberVisitor(visitor) {
      attempt(() => storage!.setItem(visitorKey(workspace), JSON.stringify(visitor)), undefined);
    },
    rememberedVisitor() {
      return attempt(() => {
        const value = JSON.parse(
          storage!.getItem(visitorKey(workspace)) ?? 'null',
        ) as Partial<RememberedVisitor> | null;
        if (typeof value?.name !== 'string' || !value.name) return null;
        return {
          name: value.name,
          ...(typeof value.email === 'string' && value.email ? { email: value.email } : {}),
        };
      }, null);
    },
    rememberLook(look) {
      attempt(
        () =>
          look.accent || look.position
            ? storage!.setItem(lookKey(workspace), JSON.stringify(look))
            : storage!.removeItem(lookKey(workspace)),
        undefined,
      );
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
