import { useSignal } from '@preact/signals';
import type { ChatHistoryDoc } from '../../../utils/data/collections/chat-history.ts';
import type { ChatDoc } from '../../../utils/data/collections/chats.ts';
import type { VisitorContextDoc } from '../../../utils/data/collections/visitor-contexts.ts';
import { t } from '../../../utils/i18n.ts';
import { safeHref } from '../shared/format.ts';
import { EarlierChats } from './earlier-chats.tsx';
import { VisitFacts } from './visit-facts.tsx';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function Link({ url }: { url: string | undefined }) {
  if (!url) return <span class="muted">—</span>;
  const href = safeHref(url);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {url}
    </a>
  ) : (
    <span>{url}</span>
  );
}

export interface VisitorInfoProps {
  chat: ChatDoc;
  /** the visitor's browser and visit as the widget reports it, live (ADR 010) */
  context?: VisitorContextDoc;
  departmentName?: string;
  /** the visitor's earlier chats I may see (History) */
  earlierChats?: () => Promise<ChatHistoryDoc[]>;
  onOpenEarlier?: (row: ChatHistoryDoc) => void;
}

/** Who the visitor is and where they came from (collapsible, under the conversation header). */
export function VisitorInfo({
  chat,
  context,
  departmentName,
  earlierChats,
  onOpenEarlier,
}: VisitorInfoProps) {
  // Earlier chats cost reads: only once someone opens Visitor info.
  const opened = useSignal(false);
  return (
    <details
      class="visitor-info"
      onToggle={(event) => {
        if (event.currentTarget.open) opened.value = true;
      }}
    >
      <summary>{t('visitorInfo')}</summary>
      <dl class="facts">
        <dt>{t('name')}</dt>
        <dd>{chat.visitor.name}</dd>
        <dt>{t('email')}</dt>
        <dd>{chat.visitor.email ?? <span class="muted">—</span>}</dd>
        <dt>{t('page')}</dt>
        <dd>
          <Link url={chat.pageUrl} />
        </dd>
        <dt>{t('referrer')}</dt>
        <dd>
          <Link url={chat.referrer} />
        </dd>
        <dt>{t('department')}</dt>
        <dd>{departmentName ?? <span class="muted">—</span>}</dd>
        <dt>{t('started')}</dt>
        <dd>
          <time dateTime={chat.createdAt.toISOString()}>{dateTime.format(chat.createdAt)}</time>
        </dd>
        {context && <VisitFacts context={context} />}
      </dl>
      {earlierChats && onOpenEarlier && opened.value && (
        <section aria-label={t('earlierChats')}>
          <h3 class="visitor-info__heading">{t('earlierChats')}</h3>
          <EarlierChats chatId={chat.id} load={earlierChats} onOpen={onOpenEarlier} />
        </section>
      )}
    </details>
  );
}
