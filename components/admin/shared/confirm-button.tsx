import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../utils/i18n.ts';

/**
 * A destructive button that asks first, in place: "Delete" turns into "Delete Sales? Yes / No".
 * Keyboard focus moves to "Yes" and back to the button on "No".
 */
export function ConfirmButton(props: {
  /** the button's text, e.g. "Delete" */
  label: string;
  /** what is acted on, for the accessible names and the question, e.g. "the department Sales" */
  subject: string;
  busy?: boolean;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <button
        type="button"
        class="danger"
        disabled={props.busy}
        aria-label={t('text', props.label, props.subject)}
        onClick={() => setAsking(true)}
      >
        {props.busy ? t('text2', props.label) : props.label}
      </button>
    );
  return (
    <span class="confirm-inline">
      <span>
        {props.label} {props.subject}?
      </span>
      <button
        type="button"
        class="danger"
        aria-label={t('yes2', props.label.toLowerCase(), props.subject)}
        ref={yes}
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        {t('yes', props.label.toLowerCase())}
      </button>
      <button
        type="button"
        aria-label={t('noKeep', props.subject)}
        onClick={() => setAsking(false)}
      >
        {t('no')}
      </button>
    </span>
  );
}
