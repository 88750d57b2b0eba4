import { useEffect, useId, useState } from 'preact/hooks';
import { problemMessage } from '../../../utils/data/problem-message.ts';
import {
  DEFAULT_OFFER_SECONDS,
  OFFER_MODE_LABELS,
  OFFER_MODES,
  OFFER_SECONDS_BOUNDS,
  type OfferMode,
  type OfferSettings,
  validateOfferSettings,
} from '../../../utils/domain/offers.ts';
import { t } from '../../../utils/i18n.ts';
import { FormError, FormStatus } from '../shared/form-error.tsx';
import { useAction } from '../shared/use-action.ts';

export interface OfferModeProps {
  /** the settings in force (the defaults where the workspace stores none) */
  settings: OfferSettings;
  onSave: (settings: OfferSettings) => Promise<void>;
}

const HINTS: Record<OfferMode, string> = {
  all: t('everyAvailableOperatorSeesTheChat'),
  one: t('theLeastBusyOperatorFewestChats'),
};

/**
 * How a new chat is offered (ADR 008), beside the chat timeouts: everyone at once (the manual's
 * behaviour) or one operator at a time for so many seconds. The seconds are checked here with
 * the rules' bounds, so a wrong value is named next to its field before anything is sent.
 */
export function OfferModeEditor(props: OfferModeProps) {
  const [mode, setMode] = useState<OfferMode>(props.settings.offerMode);
  const [seconds, setSeconds] = useState(String(props.settings.offerSeconds));
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const action = useAction(t('actionSaveHowChatsAreOffered'));
  const ids = { form: useId(), error: useId() };

  const { offerMode, offerSeconds } = props.settings;
  // What was saved stays on screen until the stored settings show it (they arrive live a moment
  // later); then, and while nothing is being edited, the stored ones are shown.
  const [saving, setSaving] = useState<OfferSettings | null>(null);
  useEffect(() => {
    if (saving && saving.offerMode === offerMode && saving.offerSeconds === offerSeconds) {
      setSaving(null);
      setDirty(false);
    }
    if (dirty) return;
    setMode(offerMode);
    setSeconds(String(offerSeconds));
  }, [offerMode, offerSeconds, dirty, saving]);

  const edited = () => {
    setDirty(true);
    setSaved(null);
    setProblem(null);
  };

  async function save(event: Event) {
    event.preventDefault();
    if (action.busy) return;
    action.clearError();
    const result = validateOfferSettings({ offerMode: mode, offerSeconds: seconds });
    if (!result.ok) {
      setProblem(problemMessage(result.problem));
      return;
    }
    const done = await action.run(async () => {
      await props.onSave(result.value);
      return true;
    });
    if (!done) return;
    setSaving(result.value);
    setSaved(
      result.value.offerMode === 'all'
        ? t('savedNewChatsAreOfferedTo')
        : t('savedNewChatsAreOfferedTo2', result.value.offerSeconds),
    );
  }

  const secondsId = `${ids.form}-seconds`;
  const { min, max } = OFFER_SECONDS_BOUNDS;
  return (
    <form
      class="offer-mode"
      noValidate
      aria-label={t('howChatsAreOffered')}
      aria-busy={action.busy}
      onSubmit={(event) => void save(event)}
    >
      <fieldset>
        <legend>{t('howChatsAreOffered')}</legend>
        {OFFER_MODES.map((value) => (
          <label class="radio" key={value}>
            <input
              type="radio"
              name={`${ids.form}-mode`}
              value={value}
              checked={mode === value}
              onChange={() => {
                setMode(value);
                edited();
              }}
            />
            {OFFER_MODE_LABELS[value]}
            <span class="muted hint"> {HINTS[value]}</span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for={secondsId}>{t('secondsToAnswerAnOffer')}</label>
        <input
          id={secondsId}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={seconds}
          disabled={mode !== 'one'}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${ids.error} ${secondsId}-hint` : `${secondsId}-hint`}
          onInput={(e) => {
            setSeconds(e.currentTarget.value);
            edited();
          }}
        />
        <span class="muted hint" id={`${secondsId}-hint`}>
          {t('oneAtATimeOnlyBetween', min, max, DEFAULT_OFFER_SECONDS)}
        </span>
      </div>
      <FormError id={ids.error} message={problem ?? action.error} />
      <FormStatus message={saved} />
      <div class="row form-actions">
        <button type="submit" class="primary" disabled={action.busy}>
          {action.busy ? t('saving') : t('saveHowChatsAreOffered')}
        </button>
      </div>
    </form>
  );
}
