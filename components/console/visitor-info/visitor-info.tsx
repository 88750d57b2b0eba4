import type { ChatDoc } from '../../../utils/data/collections/chats.ts';
import { safeHref } from '../shared/format.ts';

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

/** Who the visitor is and where they came from (collapsible, under the conversation header). */
export function VisitorInfo({ chat, departmentName }: { chat: ChatDoc; departmentName?: string }) {
  return (
    <details class="visitor-info">
      <summary>Visitor info</summary>
      <dl class="facts">
        <dt>Name</dt>
        <dd>{chat.visitor.name}</dd>
        <dt>Email</dt>
        <dd>{chat.visitor.email ?? <span class="muted">—</span>}</dd>
        <dt>Page</dt>
        <dd>
          <Link url={chat.pageUrl} />
        </dd>
        <dt>Referrer</dt>
        <dd>
          <Link url={chat.referrer} />
        </dd>
        <dt>Department</dt>
        <dd>{departmentName ?? <span class="muted">—</span>}</dd>
        <dt>Started</dt>
        <dd>
          <time dateTime={chat.createdAt.toISOString()}>{dateTime.format(chat.createdAt)}</time>
        </dd>
      </dl>
    </details>
  );
}
