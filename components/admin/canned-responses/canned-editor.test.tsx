import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CannedEditor, type CannedEditorProps } from './canned-editor.tsx';

afterEach(cleanup);

const existing = [
  { id: 'hello', shortcut: 'hello' },
  { id: 'thanks', shortcut: 'Thanks' },
];

function setup(overrides: Partial<CannedEditorProps> = {}) {
  const props: CannedEditorProps = {
    existing,
    operatorName: 'Ada',
    busy: false,
    error: null,
    onSubmit: vi.fn(),
    onCancel: vi.fn(),
    ...overrides,
  };
  render(<CannedEditor {...props} />);
  return props;
}

const shortcut = () => screen.getByRole('textbox', { name: 'Short-cut command' });
const text = () => screen.getByRole('textbox', { name: 'Canned response' }) as HTMLTextAreaElement;
const preview = () => screen.getByTestId('canned-preview').textContent;
const type = (element: HTMLElement, value: string) =>
  fireEvent.input(element, { target: { value } });

describe('CannedEditor', () => {
  it('previews the response with %VISITOR% and %OPERATOR% filled in, live', () => {
    setup();
    expect(preview()).toBe('The preview appears here.');
    type(text(), 'Hello %VISITOR%, I am %OPERATOR%.');
    expect(preview()).toBe('Hello Alex, I am Ada.');
    type(screen.getByRole('textbox', { name: 'Preview with visitor name' }), 'Vera');
    expect(preview()).toBe('Hello Vera, I am Ada.');
  });

  it('says at once when a shortcut is taken (any case) or is a built-in command', () => {
    setup();
    type(shortcut(), 'THANKS');
    expect(screen.getByText('"/Thanks" is already used by another canned response.')).toBeTruthy();
    expect(shortcut().getAttribute('aria-invalid')).toBe('true');
    type(shortcut(), '/t');
    expect(screen.getByText(/"\/t" is the built-in command "Transfer this chat/)).toBeTruthy();
    type(shortcut(), 'a');
    expect(screen.getByText(/built-in command "Accept the chat transfer/)).toBeTruthy();
    type(shortcut(), 'two words');
    expect(screen.getByText(/no spaces/)).toBeTruthy();
    type(shortcut(), 'bye');
    expect(
      screen.getByText('Operators type /bye and press Enter to send this response.'),
    ).toBeTruthy();
    expect(shortcut().getAttribute('aria-invalid')).toBeNull();
  });

  it('keeps its own shortcut when editing, and submits what was typed', () => {
    const props = setup({ ownId: 'hello', initial: { shortcut: 'hello', text: 'Hi %VISITOR%' } });
    expect(screen.queryByText(/already used/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save canned response' }));
    expect(props.onSubmit).toHaveBeenCalledWith({ shortcut: 'hello', text: 'Hi %VISITOR%' });
  });

  it('inserts variables with buttons and warns about unknown ones', () => {
    setup();
    type(text(), 'Dear ');
    text().setSelectionRange(5, 5);
    fireEvent.click(screen.getByRole('button', { name: "Insert %VISITOR% (the visitor's name)" }));
    expect(text().value).toBe('Dear %VISITOR%');
    type(text(), 'Dear %VISTOR%');
    expect(screen.getByText(/%VISTOR% is not a variable/)).toBeTruthy();
  });

  it('shows the save error next to the form and progress on the button', () => {
    setup({ busy: true, error: 'You are not allowed to save the canned response.' });
    expect(screen.getByRole('alert').textContent).toContain('not allowed');
    expect((screen.getByRole('button', { name: 'Saving…' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});
