import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConversationMessage } from '../../../utils/data/stores/conversation-store.ts';
import { ChatView } from './chat-view.tsx';

afterEach(cleanup);

const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 9, minute));
const message = (over: Partial<ConversationMessage> & { id: string }): ConversationMessage => ({
  kind: 'visitor',
  authorUid: 'v1',
  authorName: 'Vera',
  text: 'hello',
  sentAt: at(0),
  delivery: 'sent',
  ...over,
});

describe('ChatView', () => {
  it('is a named log showing messages in order with authors and times', () => {
    render(
      <ChatView
        label="Conversation with Vera"
        selfUid="nora"
        messages={[
          message({ id: 'a', text: 'Hi, I need help', sentAt: at(1) }),
          message({
            id: 'b',
            kind: 'operator',
            authorUid: 'nora',
            authorName: 'Nora',
            text: 'Sure!',
            sentAt: at(2),
          }),
          message({
            id: 'c',
            kind: 'operator',
            authorUid: 'otto',
            authorName: 'Otto',
            text: 'Otto here',
            sentAt: at(3),
          }),
        ]}
      />,
    );
    const log = screen.getByRole('log', { name: 'Conversation with Vera' });
    const items = within(log).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.message__text')?.textContent)).toEqual([
      'Hi, I need help',
      'Sure!',
      'Otto here',
    ]);
    expect(items.map((li) => li.querySelector('.message__author')?.textContent)).toEqual([
      'Vera',
      'You',
      'Otto',
    ]);
    const time = items[0]!.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe(at(1).toISOString());
    expect(time.textContent).toMatch(/\d/);
  });

  it('renders message text as text, never as markup', () => {
    render(
      <ChatView
        label="Conversation"
        selfUid="nora"
        messages={[message({ id: 'x', text: '<img src=x onerror="alert(1)"><b>bold</b>' })]}
      />,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)"><b>bold</b>')).toBeTruthy();
  });

  it('keeps line breaks of multi-line messages', () => {
    render(
      <ChatView label="C" selfUid="nora" messages={[message({ id: 'x', text: 'one\ntwo' })]} />,
    );
    expect(document.querySelector('.message__text')?.textContent).toBe('one\ntwo');
  });

  it('shows system notes apart from messages', () => {
    render(
      <ChatView
        label="C"
        selfUid="nora"
        messages={[
          message({ id: 's', kind: 'system', authorName: '', text: 'Nora joined the chat' }),
        ]}
      />,
    );
    expect(document.querySelector('.message--system')?.textContent).toContain(
      'Nora joined the chat',
    );
    expect(document.querySelector('.message__author')).toBeNull();
  });

  it('marks unsent messages as sending, and failed ones with Retry and Discard', () => {
    const onRetry = vi.fn();
    const onDiscard = vi.fn();
    render(
      <ChatView
        label="C"
        selfUid="nora"
        onRetry={onRetry}
        onDiscard={onDiscard}
        messages={[
          message({
            id: 'p',
            kind: 'operator',
            authorUid: 'nora',
            delivery: 'sending',
            text: 'on its way',
          }),
          message({
            id: 'f',
            kind: 'operator',
            authorUid: 'nora',
            delivery: 'failed',
            error: 'Not sent: this chat is closed or no longer yours.',
          }),
        ]}
      />,
    );
    expect(screen.getByText('Sending…')).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('chat is closed');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    fireEvent.click(within(alert).getByRole('button', { name: 'Discard' }));
    expect(onRetry).toHaveBeenCalledWith('f');
    expect(onDiscard).toHaveBeenCalledWith('f');
  });

  it('says so when there are no messages', () => {
    render(<ChatView label="C" selfUid="nora" messages={[]} emptyText="Say hello to Vera." />);
    expect(screen.getByText('Say hello to Vera.')).toBeTruthy();
  });

  it('renders only a window of a very long conversation', () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      message({ id: `m${i}`, text: `message ${i}`, sentAt: new Date(i * 1000) }),
    );
    render(<ChatView label="C" selfUid="nora" messages={many} />);
    const rendered = document.querySelectorAll('.chat-view__row').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);
    const list = document.querySelector('.chat-view__list') as HTMLElement;
    // The spacers stand in for the rows that are not rendered.
    const padding =
      Number.parseFloat(list.style.paddingTop) + Number.parseFloat(list.style.paddingBottom);
    expect(padding).toBeGreaterThan(50_000);
  });

  it('renders everything for an ordinary conversation', () => {
    const few = Array.from({ length: 120 }, (_, i) => message({ id: `m${i}`, text: `m ${i}` }));
    render(<ChatView label="C" selfUid="nora" messages={few} />);
    expect(document.querySelectorAll('.chat-view__row')).toHaveLength(120);
  });
});
