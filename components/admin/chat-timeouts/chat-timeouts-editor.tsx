import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { problemMessage } from '../../../utils/data/problem-message.ts';
import {
  CHAT_TIMEOUT_BOUNDS,
  type ChatTimeoutField,
  type ChatTimeouts,
  DEFAULT_CHAT_TIMEOUTS,
  validateChatTimeout,
} from '../../../utils/domain/chat-timeouts.ts';
import { t } from '../../../utils/i18n.ts';
import { FormError, FormStatus } from '../shared/form-error.tsx';
import { useAction } from '../shared/use-action.ts';

export interface ChatTimeoutsProps {
  /** the timeouts in force (the defaults where the workspace stores none) */
  timeouts: ChatTimeouts;
  onSave: (timeouts: ChatTimeouts) => Promise<void>;
}

type Draft = Record<ChatTimeoutField, string>;

const FIELDS: { field: ChatTimeoutField; label: string; hint: string }[] = [
  {
    field: 'queueTimeoutSeconds',
    label: t('queueTimeoutSeconds'),
    hint: t('aWaitingChatNobodyAcceptsIn'),
  },
  {
    field: 'transferTimeoutSeconds',
    label: t('transferTimeoutSeconds'),
    hint: t('aTTransferTheColleagueDoes'),
  },
];

const draftOf = (timeouts: ChatTimeouts): Draft => ({
  queueTimeoutSeconds: String(timeouts.queueTimeoutSeconds),
  transferTimeoutSeconds: String(timeouts.transferTimeoutSeconds),
});

/**
 * How long a queued chat waits for an operator and a transfer for its colleague. The values are
 * checked here with the domain's bounds (firestore.rules' own), so a wrong one is named next to
 * its field before anything is sent; the browser's own number validation is off for the same
 * reason (one message, announced, instead of a tooltip).
 */
export function ChatTimeoutsEditor(props: ChatTimeoutsProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.timeouts));
  const [dirty, setDirty] = useState(false);
  const [invalid, setInvalid] = useState<ChatTimeoutField | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const action = useAction(t('actionSaveTheChatTimeouts'));
  const ids = { form: useId(), error: useId() };
  const inputs = useRef<Partial<Record<ChatTimeoutField, HTMLInputElement | null>>>({});

  // The stored values arrive (or change elsewhere) while nothing is being edited: show them.
  const { queueTimeoutSeconds, transferTimeoutSeconds } = props.timeouts;
  useEffect(() => {
    if (!dirty) setDraft(draftOf({ queueTimeoutSeconds, transferTimeoutSeconds }));
  }, [queueTimeoutSeconds, transferTimeoutSeconds, dirty]);

  function edit(field: ChatTimeoutField, value: string) {
    setDraft((current) => ({ ...current, [field]: value }));
    setDirty(true);
    setSaved(null);
    if (invalid === field) {
      setInvalid(null);
      setProblem(null);
    }
  }

  async function save(event: Event) {
    event.preventDefault();
    // Enter in a field submits too; one save at a time.
    if (action.busy) return;
    setSaved(null);
    action.clearError();
    const clean: Partial<ChatTimeouts> = {};
    for (const { field } of FIELDS) {
      const result = validateChatTimeout(field, draft[field]);
      if (!result.ok) {
        setInvalid(field);
        setProblem(problemMessage(result.problem));
        inputs.current[field]?.focus();
        return;
      }
      clean[field] = result.value;
    }
    setInvalid(null);
    setProblem(null);
    const timeouts = clean as ChatTimeouts;
    const done = await action.run(async () => {
      await props.onSave(timeouts);
      return true;
    });
    if (!done) return;
    setDirty(false);
    setSaved(
      t(
        'savedQueuedChatsWaitSecondsTransfers',
        timeouts.queueTimeoutSeconds,
        timeouts.transferTimeoutSeconds,
      ),
    );
  }

  const error = problem ?? action.error;
  return (
    <form
      class="chat-timeouts"
      noValidate
      aria-label={t('chatTimeouts')}
      aria-busy={action.busy}
      onSubmit={(event) => void save(event)}
    >
      <div class="form-row">
        {FIELDS.map(({ field, label, hint }) => {
          const { min, max } = CHAT_TIMEOUT_BOUNDS[field];
          const inputId = `${ids.form}-${field}`;
          const hintId = `${inputId}-hint`;
          return (
            <div class="field" key={field}>
              <label for={inputId}>{label}</label>
              <input
                ref={(element) => {
                  inputs.current[field] = element;
                }}
                id={inputId}
                name={field}
                type="number"
                inputMode="numeric"
                min={min}
                max={max}
                step={1}
                value={draft[field]}
                aria-invalid={invalid === field ? true : undefined}
                aria-describedby={invalid === field ? `${ids.error} ${hintId}` : hintId}
                onInput={(e) => edit(field, e.currentTarget.value)}
              />
              <span class="muted hint" id={hintId}>
                {t('betweenAndDefault', hint, min, max, DEFAULT_CHAT_TIMEOUTS[field])}
              </span>
            </div>
          );
        })}
      </div>
      <FormError id={ids.error} message={error} />
      <FormStatus message={saved} />
      <div class="row form-actions">
        <button type="submit" class="primary" disabled={action.busy}>
          {action.busy ? t('saving') : t('save')}
        </button>
      </div>
    </form>
  );
}
