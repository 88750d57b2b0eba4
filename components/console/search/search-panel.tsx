import { useEffect, useState } from 'preact/hooks';
import type { ConversationKey } from '../../../utils/data/conversation-key.ts';
import { type SearchHit, searchMessages } from '../../../utils/data/search-index.ts';
import { t } from '../../../utils/i18n.ts';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });

export interface SearchPanelProps {
  uid: string;
  /** opens a conversation that is still one of my tabs */
  onOpen: (key: ConversationKey) => void;
  isOpenable: (key: ConversationKey) => boolean;
}

/** Full-text search over my past conversations, answered locally from IndexedDB. */
export function SearchPanel({ uid, onOpen, isOpenable }: SearchPanelProps) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);

  useEffect(() => {
    if (query.trim() === '') {
      setHits(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      void searchMessages(uid, query).then((found) => {
        if (current) setHits(found);
      });
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [uid, query]);

  return (
    <section class="search" aria-labelledby="search-title">
      <h2 id="search-title">{t('searchPastConversations')}</h2>
      <input
        type="search"
        aria-label={t('searchPastConversations')}
        placeholder={t('wordsFromAMessageOrA')}
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      {hits && hits.length === 0 && <p class="empty">{t('nothingFoundFor', query)}</p>}
      {hits && hits.length > 0 && (
        <ul class="search__results" aria-label={t('results', hits.length)}>
          {hits.map((hit) => (
            <li key={`${hit.conversation}/${hit.messageId}`} class="search__hit">
              <div class="row">
                <strong>{hit.title}</strong>
                <span class="spacer" />
                <time class="muted" dateTime={hit.sentAt.toISOString()}>
                  {dateTime.format(hit.sentAt)}
                </time>
              </div>
              <p class="search__text">
                <span class="muted">{hit.authorName}: </span>
                {hit.text}
              </p>
              {isOpenable(hit.conversation) && (
                <button type="button" onClick={() => onOpen(hit.conversation)}>
                  {t('openConversation')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!hits && <p class="muted">{t('searchesTheConversationsThisBrowserHas')}</p>}
    </section>
  );
}
