import { useId, useRef, useState } from 'preact/hooks';
import type { CannedInput } from '../../../utils/data/admin/canned-responses.ts';
import { problemMessage } from '../../../utils/data/problem-message.ts';
import { expandCanned, unknownVariables, validateShortcut } from '../../../utils/domain/canned.ts';
import { LIMITS } from '../../../utils/domain/validation.ts';
import { t } from '../../../utils/i18n.ts';
import { FormError } from '../shared/form-error.tsx';

export interface CannedEditorProps {
  /** every response, for the duplicate check */
  existing: readonly { id: string; shortcut: string }[];
  /** the response being edited */
  ownId?: string;
  initial?: CannedInput;
  /** the signed-in operator, for %OPERATOR% in the preview */
  operatorName: string;
  busy: boolean;
  error: string | null;
  onSubmit: (input: CannedInput) => void;
  onCancel: () => void;
}

/**
 * Shortcut + text with %VISITOR% and %OPERATOR%, a live preview, and the shortcut's problem
 * (duplicate, built-in command, bad characters) shown while typing (rules from canned.ts).
 */
export function CannedEditor(props: CannedEditorProps) {
  const [shortcut, setShortcut] = useState(props.initial?.shortcut ?? '');
  const [text, setText] = useState(props.initial?.text ?? '');
  const [visitor, setVisitor] = useState('Alex');
  const [touched, setTouched] = useState(false);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const shortcutErrorId = useId();
  const errorId = useId();

  const shortcutCheck = validateShortcut(shortcut, props.existing, props.ownId);
  const shortcutError =
    touched || shortcut !== ''
      ? shortcutCheck.ok
        ? null
        : problemMessage(shortcutCheck.problem)
      : null;
  const unknown = unknownVariables(text);

  function insert(variable: string) {
    const area = textArea.current;
    const start = area?.selectionStart ?? text.length;
    const end = area?.selectionEnd ?? text.length;
    const next = text.slice(0, start) + variable + text.slice(end);
    setText(next);
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + variable.length, start + variable.length);
    });
  }

  return (
    <form
      class="canned-editor"
      aria-busy={props.busy}
      aria-describedby={props.error ? errorId : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        props.onSubmit({ shortcut, text });
      }}
    >
      <label class="field">
        <span>{t('shortCutCommand')}</span>
        <input
          name="shortcut"
          required
          placeholder={t('hello')}
          maxLength={LIMITS.cannedShortcut + 1}
          autocomplete="off"
          value={shortcut}
          aria-invalid={shortcutError ? true : undefined}
          aria-describedby={shortcutError ? shortcutErrorId : undefined}
          onInput={(e) => setShortcut(e.currentTarget.value)}
          onBlur={() => setTouched(true)}
        />
      </label>
      {shortcutError ? (
        <p class="error" id={shortcutErrorId}>
          {shortcutError}
        </p>
      ) : (
        <p class="muted hint">
          {t('cannedHowOperatorsSendIt', shortcutCheck.ok ? shortcutCheck.value : t('shortcut'))}
        </p>
      )}
      <label class="field">
        <span>{t('cannedResponse')}</span>
        <textarea
          ref={textArea}
          name="text"
          required
          rows={4}
          maxLength={LIMITS.cannedText}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <div class="row">
        <span class="muted">{t('insert')}</span>
        <button
          type="button"
          onClick={() => insert('%VISITOR%')}
          aria-label={t('insertVisitorTheVisitorSName')}
        >
          {t('visitor')}
        </button>
        <button
          type="button"
          onClick={() => insert('%OPERATOR%')}
          aria-label={t('insertOperatorYourName')}
        >
          {t('operator3')}
        </button>
      </div>
      {unknown.length > 0 && (
        <p class="hint warn">
          {unknown.length === 1
            ? t('cannedUnknownVariable', unknown.join(', '))
            : t('cannedUnknownVariables', unknown.join(', '))}
        </p>
      )}
      <section class="canned-preview-section" aria-label={t('preview')}>
        <label class="field">
          <span>{t('previewWithVisitorName')}</span>
          <input
            name="previewVisitor"
            value={visitor}
            onInput={(e) => setVisitor(e.currentTarget.value)}
          />
        </label>
        <p class="canned-preview" data-testid="canned-preview" aria-live="polite">
          {text.trim() === ''
            ? t('thePreviewAppearsHere')
            : expandCanned(text, { visitorName: visitor, operatorName: props.operatorName })}
        </p>
      </section>
      <FormError id={errorId} message={props.error} />
      <div class="row form-actions">
        <button type="submit" class="primary" disabled={props.busy}>
          {props.busy
            ? t('saving')
            : props.ownId
              ? t('saveCannedResponse')
              : t('addCannedResponse')}
        </button>
        <button type="button" onClick={props.onCancel} disabled={props.busy}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
