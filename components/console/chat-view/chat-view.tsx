import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ConversationMessage } from '../../../utils/data/stores/conversation-store.ts';
import { t } from '../../../utils/i18n.ts';
import { MessageItem } from './message-item.tsx';
import {
  ESTIMATED_ROW_HEIGHT,
  rowOffsets,
  VIRTUALIZE_AFTER,
  visibleWindow,
} from './virtual-window.ts';

export interface ChatViewProps {
  /** accessible name of the log, e.g. "Conversation with Vera" */
  label: string;
  messages: readonly ConversationMessage[];
  selfUid: string;
  emptyText?: string;
  onRetry?: (id: string) => void;
  onDiscard?: (id: string) => void;
}

/** Within this many pixels of the bottom, new messages keep the view pinned to the bottom. */
const STICK_PX = 48;
/** happy-dom and hidden panels report 0; assume a typical side panel height then. */
const FALLBACK_VIEWPORT = 800;

/**
 * The messages of a conversation in order, newest at the bottom. Follows new messages while the
 * operator is at the bottom, stays put while they read older ones, and beyond VIRTUALIZE_AFTER
 * messages renders only the rows near the viewport (measured heights, estimated until seen).
 */
export function ChatView({
  label,
  messages,
  selfUid,
  emptyText,
  onRetry,
  onDiscard,
}: ChatViewProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const heights = useRef(new Map<string, number>());
  const pinned = useRef(true);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const [, remeasured] = useState(0);

  const virtual = messages.length > VIRTUALIZE_AFTER;
  const offsets = virtual
    ? rowOffsets(
        messages.length,
        (i) => heights.current.get(messages[i]!.id) ?? ESTIMATED_ROW_HEIGHT,
      )
    : [];
  // While following the conversation, the window is the bottom of the list.
  const top = pinned.current && virtual ? Math.max(0, offsets.at(-1)! - viewport) : scrollTop;
  const range = virtual
    ? visibleWindow(offsets, top, viewport)
    : { start: 0, end: messages.length };

  // Keep following the conversation when the operator is at the bottom.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    if (pinned.current) element.scrollTop = element.scrollHeight;
  }, [messages.length, messages.at(-1)?.id, virtual ? offsets.at(-1) : 0]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => setViewport(element.clientHeight || FALLBACK_VIEWPORT));
    observer?.observe(element);
    setViewport(element.clientHeight || FALLBACK_VIEWPORT);
    return () => observer?.disconnect();
  }, []);

  function onScroll() {
    const element = scroller.current;
    if (!element) return;
    pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight < STICK_PX;
    if (virtual) setScrollTop(element.scrollTop);
  }

  function measure(id: string, element: HTMLElement | null) {
    if (!virtual || !element) return;
    const height = element.getBoundingClientRect().height;
    if (height > 0 && heights.current.get(id) !== height) {
      heights.current.set(id, height);
      // Re-render once the frame settles so the spacers match the measured rows.
      queueMicrotask(() => remeasured((n) => n + 1));
    }
  }

  return (
    <div
      class="chat-view"
      ref={scroller}
      role="log"
      aria-label={label}
      aria-live="polite"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it
      tabIndex={0}
      onScroll={onScroll}
    >
      {messages.length === 0 ? (
        <p class="empty">{emptyText ?? t('noMessagesYet')}</p>
      ) : (
        <ol
          class="chat-view__list"
          style={
            virtual
              ? {
                  paddingTop: `${offsets[range.start]}px`,
                  paddingBottom: `${offsets.at(-1)! - offsets[range.end]!}px`,
                }
              : undefined
          }
        >
          {messages.slice(range.start, range.end).map((message) => (
            <li
              key={message.id}
              ref={(element) => measure(message.id, element)}
              class="chat-view__row"
            >
              <MessageItem
                message={message}
                mine={message.kind === 'operator' && message.authorUid === selfUid}
                onRetry={onRetry}
                onDiscard={onDiscard}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
