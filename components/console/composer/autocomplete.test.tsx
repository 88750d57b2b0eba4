import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Suggestion } from '../../../utils/domain/slash-commands.ts';
import { Autocomplete, optionId } from './autocomplete.tsx';

afterEach(cleanup);

const suggestions: Suggestion[] = [
  { kind: 'command', insert: '/t ', label: '/t OperatorName', detail: 'Transfer this chat' },
  { kind: 'canned', insert: '/hello', label: '/hello', detail: 'Hello %VISITOR%' },
];

describe('Autocomplete', () => {
  it('is a named listbox whose options say what they are', () => {
    render(
      <Autocomplete
        id="s"
        suggestions={suggestions}
        activeIndex={1}
        onPick={() => {}}
        onHover={() => {}}
      />,
    );
    const list = screen.getByRole('listbox', { name: 'Commands and canned responses' });
    expect(list.id).toBe('s');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'true']);
    expect(options[1]!.id).toBe(optionId('s', 1));
    expect(options[0]!.textContent).toContain('Command:');
    expect(options[1]!.textContent).toContain('Canned response:');
  });

  it('picks on click, highlights on hover and keeps focus where it is', () => {
    const onPick = vi.fn();
    const onHover = vi.fn();
    render(
      <Autocomplete
        id="s"
        suggestions={suggestions}
        activeIndex={0}
        onPick={onPick}
        onHover={onHover}
      />,
    );
    const option = screen.getAllByRole('option')[1]!;
    const mousedown = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    option.dispatchEvent(mousedown);
    expect(mousedown.defaultPrevented).toBe(true);
    fireEvent.mouseEnter(option);
    expect(onHover).toHaveBeenCalledWith(1);
    fireEvent.click(option);
    expect(onPick).toHaveBeenCalledWith(1);
  });

  it('renders shortcut text as text, never as HTML', () => {
    render(
      <Autocomplete
        id="s"
        suggestions={[
          { kind: 'canned', insert: '/x', label: '/x', detail: '<img src=x onerror=alert(1)>' },
        ]}
        activeIndex={0}
        onPick={() => {}}
        onHover={() => {}}
      />,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('option').textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
