import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComposerContext } from '../../../utils/domain/slash-commands.ts';
import { Composer, type ComposerProps } from './composer.tsx';

afterEach(cleanup);

const context: ComposerContext = {
  canned: [
    { shortcut: 'hello', text: 'Hello %VISITOR%, I am %OPERATOR%.' },
    { shortcut: 'thanks', text: 'Thanks, %VISITOR%!' },
  ],
  operators: [
    { uid: 'nora', displayName: 'Nora', presence: 'online' },
    { uid: 'otto', displayName: 'Otto', presence: 'online' },
    { uid: 'olga', displayName: 'Olga', presence: 'offline' },
  ],
  selfUid: 'nora',
  selfName: 'Nora',
  visitorName: 'Vera',
};

function Harness(props: Partial<ComposerProps>) {
  const [value, setValue] = useState('');
  return (
    <Composer
      id="c1"
      label="Message to Vera"
      value={value}
      onInput={setValue}
      commands
      context={context}
      onSend={() => {}}
      {...props}
    />
  );
}

const box = () => screen.getByRole('combobox', { name: 'Message to Vera' }) as HTMLTextAreaElement;
const type = (text: string) => fireEvent.input(box(), { target: { value: text } });
const key = (k: string, init: KeyboardEventInit = {}) =>
  fireEvent.keyDown(box(), { key: k, ...init });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Composer', () => {
  it('takes the focus when asked (a chat just accepted) and says it did', async () => {
    const onFocused = vi.fn();
    render(<Harness focus onFocused={onFocused} />);
    await flush();
    expect(document.activeElement).toBe(box());
    expect(onFocused).toHaveBeenCalledTimes(1);
  });

  it('sends on Enter and clears the box', async () => {
    const onSend = vi.fn();
    render(<Harness onSend={onSend} />);
    type('Hello there  ');
    key('Enter');
    await flush();
    expect(onSend).toHaveBeenCalledWith('Hello there');
    expect(box().value).toBe('');
  });

  it('keeps Shift+Enter for a new line and never sends while an IME is composing', async () => {
    const onSend = vi.fn();
    render(<Harness onSend={onSend} />);
    type('line one');
    key('Enter', { shiftKey: true });
    key('Enter', { isComposing: true } as KeyboardEventInit);
    await flush();
    expect(onSend).not.toHaveBeenCalled();
  });

  it('does not send blank text', async () => {
    const onSend = vi.fn();
    render(<Harness onSend={onSend} />);
    type('   \n  ');
    key('Enter');
    await flush();
    expect(onSend).not.toHaveBeenCalled();
  });

  it('opens the autocomplete on "/" with commands and canned shortcuts', () => {
    render(<Harness />);
    expect(box().getAttribute('aria-expanded')).toBe('false');
    type('/');
    expect(box().getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options[0]).toContain('/t OperatorName');
    expect(options[1]).toContain('/a');
    expect(options.slice(2).join(' ')).toContain('/hello');
  });

  it('navigates with the arrow keys, picks with Enter, and sends the expanded response on the next Enter', async () => {
    const onSend = vi.fn();
    render(<Harness onSend={onSend} />);
    type('/he');
    expect(screen.getAllByRole('option')).toHaveLength(1);
    const first = screen.getAllByRole('option')[0]!;
    expect(box().getAttribute('aria-activedescendant')).toBe(first.id);
    key('Enter');
    expect(box().value).toBe('/hello');
    expect(onSend).not.toHaveBeenCalled();
    key('Enter');
    await flush();
    expect(onSend).toHaveBeenCalledWith('Hello Vera, I am Nora.');
  });

  it('moves the highlight with ArrowDown/ArrowUp and wraps around', () => {
    render(<Harness />);
    type('/');
    const options = screen.getAllByRole('option');
    key('ArrowDown');
    expect(box().getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    key('ArrowUp');
    key('ArrowUp');
    expect(box().getAttribute('aria-activedescendant')).toBe(options.at(-1)!.id);
  });

  it('closes the list on Escape', () => {
    render(<Harness />);
    type('/');
    key('Escape');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box().getAttribute('aria-expanded')).toBe('false');
  });

  it('sends a fully typed shortcut on Enter', async () => {
    const onSend = vi.fn();
    render(<Harness onSend={onSend} />);
    type('/thanks');
    key('Enter');
    await flush();
    expect(onSend).toHaveBeenCalledWith('Thanks, Vera!');
  });

  it('requests a transfer with /t and a name, case-insensitively', async () => {
    const onTransfer = vi.fn(async () => {});
    const onSend = vi.fn();
    render(<Harness onTransfer={onTransfer} onSend={onSend} />);
    type('/t otto');
    key('Enter');
    await flush();
    expect(onTransfer).toHaveBeenCalledWith(expect.objectContaining({ uid: 'otto' }));
    expect(onSend).not.toHaveBeenCalled();
    expect(box().value).toBe('');
  });

  it('suggests operators after "/t "', () => {
    render(<Harness />);
    type('/t ');
    const labels = screen.getAllByRole('option').map((o) => o.textContent);
    expect(labels[0]).toContain('Otto');
    expect(labels.join(' ')).toContain('Olga');
    expect(labels.join(' ')).not.toContain('Nora');
  });

  it('explains an unknown or offline operator inline and sends nothing', async () => {
    const onTransfer = vi.fn(async () => {});
    const onSend = vi.fn();
    render(<Harness onTransfer={onTransfer} onSend={onSend} />);
    type('/t Zed');
    key('Escape');
    key('Enter');
    await flush();
    expect(screen.getByRole('alert').textContent).toMatch(/No operator is called "Zed"/);
    type('/t Olga');
    key('Enter');
    await flush();
    expect(screen.getByRole('alert').textContent).toMatch(/offline/);
    expect(box().getAttribute('aria-invalid')).toBe('true');
    expect(onTransfer).not.toHaveBeenCalled();
    expect(onSend).not.toHaveBeenCalled();
    expect(box().value).toBe('/t Olga');
  });

  it('rejects an unknown shortcut', async () => {
    const onSend = vi.fn();
    render(<Harness onSend={onSend} />);
    type('/nope');
    key('Enter');
    await flush();
    expect(screen.getByRole('alert').textContent).toMatch(/no canned response/i);
    expect(onSend).not.toHaveBeenCalled();
  });

  it('accepts a transfer with /a', async () => {
    const onAcceptTransfer = vi.fn(async () => {});
    render(<Harness onAcceptTransfer={onAcceptTransfer} />);
    type('/a');
    key('Enter');
    await flush();
    expect(onAcceptTransfer).toHaveBeenCalledOnce();
  });

  it('shows a callable refusal next to the box and keeps the text', async () => {
    const onTransfer = vi.fn(async () => {
      throw new Error('Otto has reached the maximum number of chats.');
    });
    render(<Harness onTransfer={onTransfer} />);
    type('/t Otto');
    key('Enter');
    await flush();
    await flush();
    expect(screen.getByRole('alert').textContent).toBe(
      'Otto has reached the maximum number of chats.',
    );
    expect(box().value).toBe('/t Otto');
  });

  it('keeps what was typed while a command was still running', async () => {
    let finish!: () => void;
    const onAcceptTransfer = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    render(<Harness onAcceptTransfer={onAcceptTransfer} />);
    type('/a');
    key('Enter');
    await flush();
    type('Otto here');
    finish();
    await flush();
    await flush();
    expect(box().value).toBe('Otto here');
  });

  it('sends "/text" literally in internal chats (no commands)', async () => {
    const onSend = vi.fn();
    render(<Harness commands={false} onSend={onSend} />);
    const textbox = screen.getByRole('textbox', { name: 'Message to Vera' });
    fireEvent.input(textbox, { target: { value: '/hello' } });
    expect(screen.queryByRole('listbox')).toBeNull();
    fireEvent.keyDown(textbox, { key: 'Enter' });
    await flush();
    expect(onSend).toHaveBeenCalledWith('/hello');
  });

  it('refuses a message over the length limit', async () => {
    const onSend = vi.fn();
    render(<Harness onSend={onSend} />);
    type('x'.repeat(2001));
    key('Enter');
    await flush();
    expect(screen.getByRole('alert').textContent).toMatch(/at most 2000/);
    expect(onSend).not.toHaveBeenCalled();
  });

  it('replaces itself with the reason when read-only', () => {
    render(<Harness readOnlyReason="You are viewing Nora's chat (read-only)." />);
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByRole('note').textContent).toMatch(/read-only/);
  });

  it('has a named Send button', () => {
    render(<Harness />);
    expect(screen.getByRole('button', { name: 'Send' })).toBeTruthy();
  });
});
