import { useRef } from 'preact/hooks';
import type { ConversationKey } from '../../../utils/data/conversation-key.ts';
import { t } from '../../../utils/i18n.ts';

export interface ChatTab {
  key: ConversationKey;
  title: string;
  unread: number;
  kind: 'chat' | 'internal';
  /** an admin viewing someone else's chat */
  readOnly: boolean;
}

export interface ChatTabsProps {
  tabs: readonly ChatTab[];
  selected: ConversationKey | null;
  onSelect: (key: ConversationKey) => void;
  /** closes a read-only tab (admins) */
  onClose?: (key: ConversationKey) => void;
  panelId: string;
}

export const tabId = (key: string) => `tab-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

function tabName(tab: ChatTab): string {
  const parts = [tab.title];
  if (tab.kind === 'internal') parts.push(t('teamChat'));
  if (tab.readOnly) parts.push('viewing');
  if (tab.unread > 0) parts.push(`${tab.unread} unread`);
  return parts.join(', ');
}

/** My conversations as tabs with unread badges; arrow keys move between them (roving focus). */
export function ChatTabs({ tabs, selected, onSelect, onClose, panelId }: ChatTabsProps) {
  const list = useRef<HTMLDivElement>(null);
  if (tabs.length === 0) return null;

  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.findIndex((tab) => tab.key === selected);
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    event.preventDefault();
    const tab = tabs[next]!;
    onSelect(tab.key);
    queueMicrotask(() => list.current?.querySelector<HTMLElement>(`#${tabId(tab.key)}`)?.focus());
  }

  return (
    <div
      class="chat-tabs"
      role="tablist"
      aria-label={t('myConversations')}
      ref={list}
      onKeyDown={onKeyDown}
    >
      {tabs.map((tab) => {
        const isSelected = tab.key === selected;
        return (
          <div key={tab.key} class={`chat-tab${isSelected ? ' is-selected' : ''}`}>
            <button
              type="button"
              role="tab"
              id={tabId(tab.key)}
              aria-selected={isSelected}
              aria-controls={panelId}
              tabIndex={isSelected || (!selected && tab === tabs[0]) ? 0 : -1}
              aria-label={tabName(tab)}
              onClick={() => onSelect(tab.key)}
              class="chat-tab__button"
            >
              {tab.kind === 'internal' && (
                <span class="chat-tab__kind" aria-hidden="true">
                  ◆{' '}
                </span>
              )}
              <span class="chat-tab__title">{tab.title}</span>
              {tab.readOnly && (
                <span class="chat-tab__kind" aria-hidden="true">
                  {' '}
                  {t('view2')}
                </span>
              )}
              {/* A space before the badge: its number is a word of its own, as in the name ("Vera,
                  1 unread"), not the end of the title's last word (WCAG 2.5.3, label in name). */}
              {tab.unread > 0 && ' '}
              {tab.unread > 0 && (
                <span class="badge" aria-hidden="true">
                  {tab.unread > 99 ? '99+' : tab.unread}
                </span>
              )}
            </button>
            {tab.readOnly && onClose && (
              <button
                type="button"
                class="chat-tab__close"
                aria-label={t('stopViewing', tab.title)}
                tabIndex={isSelected ? 0 : -1}
                onClick={() => onClose(tab.key)}
              >
                ×
              </button>
            )}
          </div>
        );
      })}
    </div>
  );
}
