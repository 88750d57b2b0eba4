import { useEffect, useState } from 'preact/hooks';
import type { VisitorContextDoc } from '../../../utils/data/collections/visitor-contexts.ts';
import { describeUserAgent } from '../../../utils/domain/user-agent.ts';
import { utcOffsetLabel, visitorLocalTime } from '../../../utils/domain/visitor-context.ts';
import { t } from '../../../utils/i18n.ts';
import { safeHref } from '../shared/format.ts';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

function PageLink({ url, title }: { url: string; title?: string }) {
  const href = safeHref(url);
  const text = title?.trim() || url;
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer" title={url}>
      {text}
    </a>
  ) : (
    <span title={url}>{text}</span>
  );
}

/** The visitor's clock, re-read every minute while shown. */
function useMinute(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * What the widget reports about the visitor's browser and visit (ADR 010), live: the page they
 * are on now, the pages of this chat, how they arrived. Rows for Visitor info's list.
 */
export function VisitFacts({ context }: { context: VisitorContextDoc }) {
  const now = useMinute();
  const agent = describeUserAgent(context.userAgent);
  const local = visitorLocalTime(context, now);
  const zone =
    context.timeZone ??
    (context.utcOffsetMinutes !== undefined ? utcOffsetLabel(context.utcOffsetMinutes) : '');
  const campaign = Object.entries(context.campaign ?? {});
  return (
    <>
      <dt>{t('nowOn')}</dt>
      <dd>
        <PageLink url={context.page.url} title={context.page.title} />
      </dd>
      <dt>{t('browser')}</dt>
      <dd title={context.userAgent}>
        {agent.browser} {t('on')} {agent.os}
        {agent.mobile ? t('mobile') : ''}
      </dd>
      <dt>{t('language')}</dt>
      <dd>{context.language || <span class="muted">—</span>}</dd>
      <dt>{t('localTime')}</dt>
      <dd>{local ? t('text6', local, zone) : <span class="muted">—</span>}</dd>
      <dt>{t('arrivedFrom')}</dt>
      <dd>
        {context.referrer ? (
          <PageLink url={context.referrer} />
        ) : (
          <span class="muted">{t('direct')}</span>
        )}
      </dd>
      {context.landingUrl && (
        <>
          <dt>{t('landingPage')}</dt>
          <dd>
            <PageLink url={context.landingUrl} />
          </dd>
        </>
      )}
      {campaign.length > 0 && (
        <>
          <dt>{t('campaign')}</dt>
          <dd>
            {campaign.map(([key, value]) => `${key.replace(/^utm_/, '')}: ${value}`).join(', ')}
          </dd>
        </>
      )}
      <dt>{t('pagesVisited')}</dt>
      <dd>
        <ol class="visited-pages" aria-label={t('pagesVisitedDuringTheChat')}>
          {context.pages.map((page) => (
            <li key={`${page.at}-${page.url}`}>
              <time dateTime={new Date(page.at).toISOString()}>
                {time.format(new Date(page.at))}
              </time>{' '}
              <PageLink url={page.url} title={page.title} />
            </li>
          ))}
        </ol>
      </dd>
    </>
  );
}
