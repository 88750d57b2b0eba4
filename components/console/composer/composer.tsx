import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { problemMessage } from '../../../utils/data/problem-message.ts';
import { refusalMessage } from '../../../utils/data/refusal-message.ts';
import {
  type ComposerContext,
  resolveComposerInput,
  type Suggestion,
  suggestCompletions,
} from '../../../utils/domain/slash-commands.ts';
import type { TransferCandidate } from '../../../utils/domain/transfer-target.ts';
import { validateMessageText } from '../../../utils/domain/validation.ts';
import { t } from '../../../utils/i18n.ts';
import { Autocomplete, optionId } from './autocomplete.tsx';

export interface ComposerProps {
  /** a unique id prefix (one composer per conversation) */
  id: string;
  /** accessible name of the text box, e.g. "Message to Vera" */
  label: string;
  value: string;
  onInput: (text: string) => void;
  /** slash commands and canned responses (visitor chats); internal chats send text as typed */
  commands: boolean;
  context: ComposerContext;
  /** why the operator can't write here (read-only view, closed chat); hides the composer */
  readOnlyReason?: string;
  onSend: (text: string) => unknown;
  onTransfer?: (operator: TransferCandidate) => Promise<unknown>;
  onAcceptTransfer?: () => Promise<unknown>;
  /** take the keyboard focus (once the box is there to type in), then say so with onFocused */
  focus?: boolean;
  onFocused?: () => void;
}

/**
 * Where the operator types. Enter sends, Shift+Enter adds a line (and Enter while an input method
 * is composing never sends). Typing "/" opens the autocomplete of commands and canned shortcuts:
 * Up/Down move, Enter or Tab pick (Enter sends when the pick is already what is typed), Escape
 * closes. A command that can't be done (unknown or offline operator, unknown shortcut) shows an
 * inline error and sends nothing.
 */
export function Composer(props: ComposerProps) {
  const { id, value, commands, context } = props;
  const [active, setActive] = useState(0);
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  // What is in the box now, for async completions (a command's answer may come after more typing).
  const latest = useRef(value);
  latest.current = value;
  const listId = `${id}-suggestions`;
  const errorId = `${id}-error`;

  const suggestions = useMemo<Suggestion[]>(
    () =>
      commands
        ? suggestCompletions(value, {
            canned: context.canned,
            operators: context.operators,
            selfUid: context.selfUid,
          })
        : [],
    [commands, value, context.canned, context.operators, context.selfUid],
  );
  const open = suggestions.length > 0 && dismissedFor !== value;
  const activeIndex = Math.min(active, suggestions.length - 1);
  // The ARIA 1.2 combobox pattern on the textarea (Preact's types only allow role="textbox").
  const combobox = (
    commands
      ? {
          role: 'combobox',
          'aria-autocomplete': 'list',
          'aria-expanded': String(open),
          ...(open
            ? { 'aria-controls': listId, 'aria-activedescendant': optionId(listId, activeIndex) }
            : {}),
        }
      : {}
  ) as Record<string, string>;

  const { focus, onFocused } = props;
  useEffect(() => {
    if (!focus || !textarea.current) return;
    textarea.current.focus();
    onFocused?.();
  }, [focus, onFocused, props.readOnlyReason]);

  if (props.readOnlyReason) {
    return (
      <p class="composer composer--read-only muted" role="note">
        {props.readOnlyReason}
      </p>
    );
  }

  function update(text: string) {
    props.onInput(text);
    setError(null);
    setActive(0);
  }

  function pick(index: number) {
    const suggestion = suggestions[index];
    if (!suggestion) return;
    update(suggestion.insert);
    // "/t " keeps the list open for the operator names; a full pick closes it.
    if (!suggestion.insert.endsWith(' ')) setDismissedFor(suggestion.insert);
    textarea.current?.focus();
  }

  async function submit() {
    if (busy) return;
    const submitted = value;
    const action = commands
      ? resolveComposerInput(value, context)
      : value.trim() === ''
        ? ({ kind: 'none' } as const)
        : ({ kind: 'send', text: value } as const);
    if (action.kind === 'none') return;
    if (action.kind === 'error') {
      setError(refusalMessage(action.details));
      return;
    }
    setBusy(true);
    try {
      if (action.kind === 'send') {
        const checked = validateMessageText(action.text);
        if (!checked.ok) {
          setError(problemMessage(checked.problem));
          return;
        }
        await props.onSend(checked.value);
      } else if (action.kind === 'transfer') {
        if (!props.onTransfer) throw new Error(t('transfersAreNotPossibleHere'));
        await props.onTransfer(action.operator);
      } else if (action.kind === 'accept-transfer') {
        if (!props.onAcceptTransfer) throw new Error(t('thereIsNoTransferToAccept'));
        await props.onAcceptTransfer();
      }
      // Clear what was sent, never what the operator typed while the server was answering.
      if (latest.current === submitted) update('');
      setDismissedFor(null);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.isComposing || event.keyCode === 229) return;
    if (open) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((activeIndex + step + suggestions.length) % suggestions.length);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setDismissedFor(value);
        return;
      }
      const highlighted = suggestions[activeIndex];
      const alreadyTyped =
        highlighted && highlighted.insert.trim().toLowerCase() === value.trim().toLowerCase();
      if (event.key === 'Tab' && highlighted && !event.shiftKey) {
        event.preventDefault();
        pick(activeIndex);
        return;
      }
      if (event.key === 'Enter' && !event.shiftKey && highlighted && !alreadyTyped) {
        event.preventDefault();
        pick(activeIndex);
        return;
      }
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void submit();
    }
  }

  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {open && (
        <Autocomplete
          id={listId}
          suggestions={suggestions}
          activeIndex={activeIndex}
          onPick={pick}
          onHover={setActive}
        />
      )}
      {error && (
        <p class="composer__error error" id={errorId} role="alert">
          {error}
        </p>
      )}
      <div class="composer__row">
        <textarea
          ref={textarea}
          class="composer__input"
          rows={2}
          aria-label={props.label}
          {...combobox}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          placeholder={commands ? t('typeAMessageOrForCommands') : t('typeAMessage')}
          value={value}
          onInput={(event) => update(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" class="primary" disabled={busy || value.trim() === ''}>
          {t('send')}
        </button>
      </div>
    </form>
  );
}
