import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConversationKey } from '../../../utils/data/conversation-key.ts';
import { type ChatTab, ChatTabs } from './chat-tabs.tsx';

afterEach(cleanup);

const tabs: ChatTab[] = [
  {
    key: 'chat:demo:a' as ConversationKey,
    title: 'Vera',
    unread: 2,
    kind: 'chat',
    readOnly: false,
  },
  {
    key: 'internal:demo:x_y' as ConversationKey,
    title: 'Otto',
    unread: 0,
    kind: 'internal',
    readOnly: false,
  },
  { key: 'chat:demo:b' as ConversationKey, title: 'Walt', unread: 0, kind: 'chat', readOnly: true },
];

describe('ChatTabs', () => {
  it('names each tab with its kind and unread count', () => {
    render(<ChatTabs tabs={tabs} selected={tabs[0]!.key} onSelect={() => {}} panelId="p" />);
    expect(screen.getByRole('tablist', { name: 'My conversations' })).toBeTruthy();
    const names = screen.getAllByRole('tab').map((t) => t.getAttribute('aria-label'));
    expect(names).toEqual(['Vera, 2 unread', 'Otto, team chat', 'Walt, viewing']);
    expect(screen.getAllByRole('tab')[0]!.getAttribute('aria-selected')).toBe('true');
  });

  it('moves with the arrow keys, Home and End (roving tabindex)', () => {
    const onSelect = vi.fn();
    render(<ChatTabs tabs={tabs} selected={tabs[0]!.key} onSelect={onSelect} panelId="p" />);
    const [first, second] = screen.getAllByRole('tab');
    expect(first!.tabIndex).toBe(0);
    expect(second!.tabIndex).toBe(-1);
    fireEvent.keyDown(first!, { key: 'ArrowRight' });
    expect(onSelect).toHaveBeenLastCalledWith(tabs[1]!.key);
    fireEvent.keyDown(first!, { key: 'ArrowLeft' });
    expect(onSelect).toHaveBeenLastCalledWith(tabs[2]!.key);
    fireEvent.keyDown(first!, { key: 'End' });
    expect(onSelect).toHaveBeenLastCalledWith(tabs[2]!.key);
  });

  it('offers Stop viewing on read-only tabs only', () => {
    const onClose = vi.fn();
    render(
      <ChatTabs tabs={tabs} selected={null} onSelect={() => {}} onClose={onClose} panelId="p" />,
    );
    const stop = screen.getByRole('button', { name: 'Stop viewing Walt' });
    fireEvent.click(stop);
    expect(onClose).toHaveBeenCalledWith(tabs[2]!.key);
    expect(screen.queryByRole('button', { name: 'Stop viewing Vera' })).toBeNull();
  });

  it('renders nothing without conversations', () => {
    const { container } = render(
      <ChatTabs tabs={[]} selected={null} onSelect={() => {}} panelId="p" />,
    );
    expect(container.textContent).toBe('');
  });
});
