import { useEffect, useMemo, useState } from 'preact/hooks';
import { onFocusRequest, takeFocusRequest } from '../../../utils/data/console-messages.ts';
import type { ConversationKey } from '../../../utils/data/conversation-key.ts';
import { keepPresence } from '../../../utils/data/presence-keeper.ts';
import type { ConsoleStore } from '../../../utils/data/stores/console-store.ts';
import { DraftsStore } from '../../../utils/data/stores/drafts-store.ts';
import { OfflineInboxStore } from '../../../utils/data/stores/offline-inbox-store.ts';
import { t } from '../../../utils/i18n.ts';
import { HistoryView } from '../../history/history-view.tsx';
import { OfflineInbox } from '../../offline-inbox/offline-inbox.tsx';
import { consoleAnnouncer } from '../announcer/announcer.ts';
import { announceConsoleEvents } from '../announcer/console-announcements.ts';
import { Contacts } from '../contacts/contacts.tsx';
import { SearchPanel } from '../search/search-panel.tsx';
import { ChatsSection } from './chats-section.tsx';
import { ConsoleHeader } from './console-header.tsx';

type Section = 'chats' | 'contacts' | 'search' | 'history' | 'offline';
const SECTIONS: { id: Section; label: string }[] = [
  { id: 'chats', label: t('chats') },
  { id: 'contacts', label: t('contacts') },
  { id: 'search', label: t('search') },
  { id: 'history', label: t('history') },
  { id: 'offline', label: t('offLineSection') },
];

/** The signed-in console: header, the three sections, and what connects it to the worker. */
export function ConsoleMain({ store }: { store: ConsoleStore }) {
  const drafts = useMemo(() => new DraftsStore(store.operator.uid), [store]);
  // The off-line inbox, for admins and the off-line recipients (the rules say who: one probe).
  const inbox = useMemo(() => new OfflineInboxStore(store.db, store.operator.workspaceId), [store]);
  useEffect(() => {
    void inbox.probe();
  }, [inbox]);
  const history = store.history;
  // A transcript opened from Visitor info shows in the History section.
  const reveals = history.revealRequests.value;
  useEffect(() => {
    if (reveals > 0) setSection('history');
  }, [reveals]);
  const [section, setSection] = useState<Section>('chats');
  const [selected, setSelected] = useState<ConversationKey | null>(null);

  useEffect(() => keepPresence(store.db, store.operator), [store]);
  useEffect(() => announceConsoleEvents(store, consoleAnnouncer), [store]);
  useEffect(() => {
    const save = () => void drafts.flush();
    addEventListener('pagehide', save);
    return () => removeEventListener('pagehide', save);
  }, [drafts]);
  // A notification click asks for a conversation (or the incoming list).
  useEffect(() => {
    const follow = (request: { conversation: ConversationKey | null }) => {
      setSection('chats');
      if (request.conversation) setSelected(request.conversation);
    };
    void takeFocusRequest().then((request) => request && follow(request));
    return onFocusRequest(follow);
  }, []);

  const unread = store.tabs.unreadTotal.value;
  const waiting = store.lists.incoming.value.length;
  const select = (key: ConversationKey | null) => {
    setSection('chats');
    setSelected(key);
  };

  return (
    <>
      <ConsoleHeader store={store} />
      <nav
        class="console__sections"
        aria-label={t('consoleSections')}
        // Until the inbox probe answers, the list of sections may still grow by one.
        aria-busy={inbox.available.value === null ? 'true' : undefined}
      >
        {SECTIONS.filter(({ id }) => id !== 'offline' || inbox.available.value).map(
          ({ id, label }) => {
            const badge = id === 'chats' ? unread + waiting : 0;
            // The name comes from the content, so it starts with the words on screen (WCAG 2.5.3):
            // the label, then the counts spelled out; the badge's bare number is for the eyes.
            return (
              <button
                key={id}
                type="button"
                aria-current={section === id ? 'page' : undefined}
                onClick={() => setSection(id)}
              >
                {label}
                {badge > 0 && (
                  <>
                    <span class="badge" aria-hidden="true">
                      {badge}
                    </span>
                    <span class="visually-hidden">{t('waitingUnreadCounts', waiting, unread)}</span>
                  </>
                )}
              </button>
            );
          },
        )}
      </nav>
      <main class="console__body">
        {section === 'chats' && (
          <ChatsSection store={store} drafts={drafts} selected={selected} onSelect={select} />
        )}
        {section === 'contacts' && (
          <Contacts
            selfUid={store.operator.uid}
            operators={store.team.operators.value}
            presenceOf={(uid) => store.team.presenceOf(uid)}
            operatorName={(uid) => store.team.operatorName(uid)}
            onStartChat={async (uid) => select(await store.openInternalChat(uid))}
            ongoing={store.isAdmin ? store.lists.ongoing.value : undefined}
            onView={(chat) => select(store.tabs.watch(chat))}
          />
        )}
        {section === 'history' && (
          <HistoryView
            store={history}
            operators={
              store.isAdmin
                ? store.team.operators.value.map((op) => ({ id: op.id, name: op.displayName }))
                : null
            }
            departments={store.team.departments.value}
          />
        )}
        {section === 'offline' && (
          <OfflineInbox
            store={inbox}
            departmentName={(id) =>
              store.team.departments.value.find((d) => d.id === id)?.name ?? id
            }
          />
        )}
        {section === 'search' && (
          <SearchPanel
            uid={store.operator.uid}
            isOpenable={(key) => store.tabs.keys.value.includes(key)}
            onOpen={select}
          />
        )}
      </main>
    </>
  );
}
