import type { ComponentChildren } from 'preact';
import {
  type ChecklistFacts,
  checklistProgress,
  gettingStartedChecklist,
} from '../../../utils/domain/onboarding.ts';
import { t } from '../../../utils/i18n.ts';

/** The checklist itself; `verifyActions` sits under the unverified email item. */
export function Checklist({
  facts,
  verifyActions,
}: {
  facts: ChecklistFacts;
  verifyActions?: ComponentChildren;
}) {
  const items = gettingStartedChecklist(facts);
  const { done, total } = checklistProgress(items);
  return (
    <>
      <p role="status">
        {done === total ? t('allDoneYourWorkspaceIsReady') : t('ofDone', done, total)}
      </p>
      <ol class="checklist">
        {items.map((item) => (
          <li
            key={item.id}
            data-item={item.id}
            class={item.done ? 'checklist__item checklist__item--done' : 'checklist__item'}
          >
            <span class="checklist__mark" aria-hidden="true">
              {item.done ? '✓' : '○'}
            </span>
            <div>
              <strong>{item.title}</strong>
              <span class="visually-hidden">{item.done ? t('done2') : t('toDo')}</span>
              <p class="muted">{item.detail}</p>
              {item.id === 'verify-email' && !item.done && verifyActions}
              {item.panel && !item.done && <a href={`#${item.panel}`}>{item.action}</a>}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
