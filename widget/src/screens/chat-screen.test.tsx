import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../app/validation.ts';
import type { ChatView, MessageView } from '../data/types.ts';
import { ChatScreen } from './chat-screen.tsx';

afterEach(cleanup);

const chat = (status: ChatView['status']): ChatView => ({
  id: 'c1',
  status,
  visitor: { uid: 'me', name: 'Ann' },
  createdAt: new Date(),
  closedAt: null,
  waiting: false,
  offerExpiresAt: null,
});

let n = 0;
const msg = (kind: MessageView['from']['kind'], text: string, name = ''): MessageView => ({
  id: `m${++n}`,
  from: {
    kind,
    name,
    ...(kind === 'visitor' ? { uid: 'me' } : kind === 'operator' ? { uid: 'op' } : {}),
  },
  text,
  sentAt: new Date('2026-11-25T10:00:00Z'),
  pending: false,
});

function renderChat(props: Partial<Parameters<typeof ChatScreen>[0]> = {}) {
  const handlers = {
    onSend: vi.fn(async (_text: string) => true),
    onEnd: vi.fn(),
    onRate: vi.fn(),
    onEmailTranscript: vi.fn(),
    onNewChat: vi.fn(),
    ...props,
  };
  render(
    <ChatScreen
      chat={chat('active')}
      messages={[]}
      selfUid="me"
      operatorName={null}
      busy={false}
      error={null}
      transcriptMail={null}
      visitorEmail="vera@example.com"
      {...handlers}
    />,
  );
  return handlers;
}

describe('Chat screen', () => {
  it('shows the waiting state while queued, and the visitor may already type', () => {
    renderChat({ chat: chat('queued') });
    expect(screen.getByRole('status').textContent).toMatch(/Waiting for an operator/);
    expect((screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement).disabled).toBe(
      false,
    );
    expect(screen.getByRole('button', { name: 'End chat' })).toBeTruthy();
  });

  it('shows the place in the queue, an estimate, and a way to leave a message instead', () => {
    const onLeaveMessage = vi.fn();
    renderChat({
      chat: { ...chat('queued'), waiting: true },
      queue: { position: 3, estimatedWaitSeconds: 150 },
      onLeaveMessage,
    });
    expect(screen.getByRole('status').textContent).toMatch(
      /You're number 3 in the queue\. Estimated wait: about 3 minutes\./,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Leave a message instead' }));
    expect(onLeaveMessage).toHaveBeenCalled();
  });

  it('says so honestly when there is no history to estimate a wait from', () => {
    renderChat({
      chat: { ...chat('queued'), waiting: true },
      queue: { position: 1, estimatedWaitSeconds: null },
      onLeaveMessage: vi.fn(),
    });
    expect(screen.getByRole('status').textContent).toMatch(
      /You're next in the queue\. All our operators are busy/,
    );
  });

  it('names the operator who joined', () => {
    renderChat({ operatorName: 'Nora' });
    expect(screen.getByRole('status').textContent).toBe("You're chatting with Nora");
  });

  it('lists messages in order with authors, system notes centred', () => {
    renderChat({
      operatorName: 'Nora',
      messages: [
        msg('visitor', 'Hello?', 'Ann'),
        msg('system', 'Nora joined the chat'),
        msg('operator', 'Hi Ann, how can I help?', 'Nora'),
        msg('system', 'The chat was transferred to Otto'),
      ],
    });
    const log = screen.getByRole('log', { name: 'Conversation' });
    const items = within(log)
      .getAllByRole('listitem')
      .filter((li) => li.textContent);
    expect(items.map((li) => li.className)).toEqual([
      'message own',
      'message system',
      'message operator',
      'message system',
    ]);
    expect(items[0]!.textContent).toMatch(/^You.*Hello\?/);
    expect(items[2]!.textContent).toMatch(/^Nora.*Hi Ann/);
    expect(items[3]!.textContent).toBe('The chat was transferred to Otto');
  });

  it('renders message text as text, never as HTML, with automatic direction', () => {
    const hostile = '<img src=x onerror="window.pwned=1"><b>bold</b>';
    renderChat({
      messages: [
        msg('operator', hostile, 'Nora<script>'),
        msg('visitor', 'مرحبا، هل يمكنكم المساعدة؟ 🙏🏽', 'Ann'),
        msg('visitor', 'a'.repeat(3000), 'Ann'),
      ],
    });
    const log = screen.getByRole('log');
    expect(log.querySelector('img, b, script')).toBeNull();
    expect(screen.getByText(hostile)).toBeTruthy();
    expect(screen.getByText('Nora<script>')).toBeTruthy();
    const rtl = screen.getByText('مرحبا، هل يمكنكم المساعدة؟ 🙏🏽');
    expect(rtl.getAttribute('dir')).toBe('auto');
    expect(log.querySelectorAll('.text[dir="auto"]').length).toBe(3);
  });

  it('sends with Enter, keeps Shift+Enter for a new line, and clears the box', async () => {
    const { onSend } = renderChat();
    const box = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'line one' } });
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.input(box, { target: { value: 'Does it ship to Oslo? 🚢  \n\n' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onSend).toHaveBeenCalledWith('Does it ship to Oslo? 🚢');
    await waitFor(() => expect(box.value).toBe(''));
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalledTimes(1); // empty box: nothing to send
  });

  it('gives the text back when the message was refused', async () => {
    const { onSend } = renderChat({ onSend: vi.fn(async () => false) });
    const box = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'retry me' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalled();
    await waitFor(() => expect(box.value).toBe('retry me'));
  });

  it('refuses an oversize message with a clear alert', () => {
    const { onSend } = renderChat();
    const box = screen.getByRole('textbox', { name: 'Message' });
    fireEvent.input(box, { target: { value: 'x'.repeat(LIMITS.messageText + 1) } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(
      `at most ${LIMITS.messageText} characters`,
    );
    expect(box.getAttribute('aria-invalid')).toBe('true');
  });

  it('ends the chat, then offers a new one once closed', () => {
    const { onEnd } = renderChat();
    fireEvent.click(screen.getByRole('button', { name: 'End chat' }));
    expect(onEnd).toHaveBeenCalled();
    cleanup();
    const { onNewChat } = renderChat({ chat: chat('closed') });
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
    expect(screen.getByText(/This chat has ended/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start a new chat' }));
    expect(onNewChat).toHaveBeenCalled();
  });

  it('asks for a rating once closed: good or bad, an optional comment, then thanks', () => {
    const { onRate } = renderChat({ chat: chat('closed') });
    const send = screen.getByRole('button', { name: 'Send rating' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    const good = screen.getByRole('button', { name: '👍 Good' });
    fireEvent.click(good);
    expect(good.getAttribute('aria-pressed')).toBe('true');
    fireEvent.input(screen.getByLabelText('Comment (optional)'), {
      target: { value: 'Quick and kind' },
    });
    fireEvent.click(send);
    expect(onRate).toHaveBeenCalledWith('good', 'Quick and kind');
    cleanup();
    renderChat({ chat: { ...chat('closed'), rating: 'good' } });
    expect(screen.queryByRole('form', { name: 'Rate this chat' })).toBeNull();
    expect(screen.getByText(/You rated this chat good/)).toBeTruthy();
  });

  it('offers the transcript by email, to the address given at the start or another', () => {
    const { onEmailTranscript } = renderChat({ chat: chat('closed') });
    const field = screen.getByLabelText('Email me the transcript') as HTMLInputElement;
    expect(field.value).toBe('vera@example.com');
    fireEvent.input(field, { target: { value: 'not mail' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send transcript' }));
    expect(onEmailTranscript).not.toHaveBeenCalled();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(field, { target: { value: 'vera@work.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send transcript' }));
    expect(onEmailTranscript).toHaveBeenCalledWith('vera@work.example');
    cleanup();
    renderChat({
      chat: chat('closed'),
      transcriptMail: { email: 'vera@work.example', sent: true },
    });
    expect(screen.getByText('We sent the transcript to vera@work.example.')).toBeTruthy();
  });
});
