import { useState } from 'preact/hooks';
import { LIMITS, remainingHint, validateMessage } from '../app/validation.ts';
import { t } from '../i18n/index.ts';

interface ComposerProps {
  disabled: boolean;
  /** Resolves false when the message was refused, so the text is given back. */
  onSend: (text: string) => Promise<boolean>;
  /** Told the text as it changes. */
  onInput?: ((text: string) => void) | undefined;
}

/** The message box: Enter sends, Shift+Enter starts a new line; oversize text is refused. */
export function Composer({ disabled, onSend, onInput }: ComposerProps) {
  const [text, setTextState] = useState('');
  const setText = (next: string | ((current: string) => string)) =>
    setTextState((current) => {
      const value = typeof next === 'function' ? next(current) : next;
      onInput?.(value);
      return value;
    });
  const [problem, setProblem] = useState<string | null>(null);

  const send = async () => {
    const result = validateMessage(text);
    setProblem(result.error);
    if (result.text === null) return;
    setText('');
    if (!(await onSend(result.text))) setText((current) => current || text);
  };

  const counter = remainingHint(text, LIMITS.messageText);
  const describedBy = [problem && 'parley-composer-error', counter && 'parley-composer-count']
    .filter(Boolean)
    .join(' ');
  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      {problem && (
        <p class="field-error" id="parley-composer-error" role="alert">
          {problem}
        </p>
      )}
      <div class="composer-row">
        <textarea
          aria-label={t().message}
          placeholder={t().typeMessage}
          dir="auto"
          rows={2}
          value={text}
          disabled={disabled}
          aria-invalid={Boolean(problem)}
          {...(describedBy ? { 'aria-describedby': describedBy } : {})}
          onInput={(event) => {
            setText(event.currentTarget.value);
            if (problem) setProblem(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
              event.preventDefault();
              void send();
            }
          }}
        />
        <button type="submit" class="primary send" disabled={disabled}>
          {t().send}
        </button>
      </div>
      {counter && (
        <p class="hint counter" id="parley-composer-count">
          {counter}
        </p>
      )}
    </form>
  );
}
