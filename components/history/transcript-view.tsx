import { useEffect, useRef } from 'preact/hooks';
import type { ChatHistoryDoc } from '../../utils/data/collections/chat-history.ts';
import type { ChatMessageDoc } from '../../utils/data/collections/chat-messages.ts';
import { t } from '../../utils/i18n.ts';
import { safeHref } from '../console/shared/format.ts';
import { RatingBadge } from './rating-badge.tsx';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

export interface TranscriptViewProps {
  entry: ChatHistoryDoc;
  messages: ChatMessageDoc[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  departmentName: (id: string) => string;
  onBack: () => void;
}

/** A chat that is over, read-only: who, where, who answered (transfers), rating, every message. */
export function TranscriptView({
  entry,
  messages,
  status,
  error,
  departmentName,
  onBack,
}: TranscriptViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on what they opened.
  useEffect(() => heading.current?.focus(), [entry.id]);
  const href = safeHref(entry.pageUrl);
  return (
    <section class="transcript" aria-labelledby="transcript-title">
      <div class="row">
        <button type="button" onClick={onBack}>
          {t('backToHistory')}
        </button>
      </div>
      <h2 id="transcript-title" tabIndex={-1} ref={heading}>
        {t('chatWith', entry.visitor.name)}
      </h2>
      <dl class="facts">
        <dt>{t('email')}</dt>
        <dd>{entry.visitor.email ?? <span class="muted">—</span>}</dd>
        <dt>{t('page')}</dt>
        <dd>
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {entry.pageUrl}
            </a>
          ) : (
            entry.pageUrl || <span class="muted">—</span>
          )}
        </dd>
        <dt>{t('department')}</dt>
        <dd>
          {entry.departmentId ? departmentName(entry.departmentId) : <span class="muted">—</span>}
        </dd>
        <dt>{t('operators')}</dt>
        <dd>
          {entry.outcome === 'missed'
            ? t('missedNobodyAnswered')
            : entry.operatorNames.join(' → ') || <span class="muted">—</span>}
        </dd>
        <dt>{t('started')}</dt>
        <dd>{dateTime.format(entry.createdAt)}</dd>
        <dt>{t('ended')}</dt>
        <dd>{dateTime.format(entry.closedAt)}</dd>
        <dt>{t('rating')}</dt>
        <dd>
          <RatingBadge rating={entry.rating} />
          {entry.ratingComment && <q class="transcript__comment">{entry.ratingComment}</q>}
        </dd>
      </dl>
      {status === 'loading' && (
        <p class="muted" role="status">
          {t('loadingTheTranscript')}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {status === 'ready' && messages.length === 0 && (
        <p class="empty">{t('nobodyWroteAnythingInThisChat')}</p>
      )}
      {messages.length > 0 && (
        <ol class="transcript__messages" aria-label={t('transcript')}>
          {messages.map((m) => (
            <li key={m.id} class={`transcript__message transcript__message--${m.from.kind}`}>
              <span class="muted">
                {m.from.kind === 'system' ? t('note') : m.from.name} ·{' '}
                <time dateTime={m.sentAt.toISOString()} title={dateTime.format(m.sentAt)}>
                  {time.format(m.sentAt)}
                </time>
              </span>
              <p>{m.text}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
