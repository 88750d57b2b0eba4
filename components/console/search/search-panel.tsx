import { useEffect, useState } from 'preact/hooks';
import type { ConversationKey } from '../../../utils/data/conversation-key.ts';
import { type SearchHit, searchMessages } from '../../../utils/data/search-index.ts';

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
      <h2 id="search-title">Search past conversations</h2>
      <input
        type="search"
        aria-label="Search past conversations"
        placeholder="Words from a message or a name"
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      {hits && hits.length === 0 && <p class="empty">Nothing found for “{query}”.</p>}
      {hits && hits.length > 0 && (
        <ul class="search__results" aria-label={`${hits.length} results`}>
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
                  Open conversation
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!hits && (
        <p class="muted">Searches the conversations this browser has shown you, even offline.</p>
      )}
    </section>
  );
}
