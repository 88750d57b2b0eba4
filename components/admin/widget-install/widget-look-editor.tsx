import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { problemMessage } from '../../../utils/data/problem-message.ts';
import {
  accentContrast,
  DEFAULT_ACCENT,
  MIN_ACCENT_CONTRAST,
  normalizeHexColour,
  validateWidgetLook,
  WIDGET_LOOK_LIMITS,
  type WidgetLook,
  type WidgetLookField,
  type WidgetPosition,
  widgetLookFrom,
} from '../../../utils/domain/widget-look.ts';
import { t } from '../../../utils/i18n.ts';
import { FormError, FormStatus } from '../shared/form-error.tsx';
import { useAction } from '../shared/use-action.ts';
import { WidgetLookPreview } from './widget-look-preview.tsx';

export interface WidgetLookEditorProps {
  /** the look in force (empty parts: the widget's defaults) */
  look: WidgetLook;
  onSave: (look: WidgetLook) => Promise<void>;
}

interface Draft {
  title: string;
  greeting: string;
  accent: string;
  position: WidgetPosition;
}

const draftOf = (look: WidgetLook): Draft => ({
  title: look.title ?? '',
  greeting: look.greeting ?? '',
  accent: look.accent ?? '',
  position: look.position ?? 'right',
});

/**
 * The widget's title, greeting, accent colour and corner, with a live preview. Sites get the
 * change on their next widget open without a new snippet (ADR 011). The accent is checked as it
 * is typed: white text on it must reach WCAG AA's 4.5:1, and saving refuses it otherwise.
 */
export function WidgetLookEditor(props: WidgetLookEditorProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.look));
  const [dirty, setDirty] = useState(false);
  const [invalid, setInvalid] = useState<WidgetLookField | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const action = useAction(t('actionSaveTheWidgetLook'));
  const ids = { error: useId(), title: useId(), greeting: useId(), accent: useId() };

  const stored = JSON.stringify(props.look);
  useEffect(() => {
    if (!dirty) setDraft(draftOf(JSON.parse(stored) as WidgetLook));
  }, [stored, dirty]);

  const edit = (changes: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...changes }));
    setDirty(true);
    setSaved(null);
    setInvalid(null);
    setProblem(null);
  };
  // The preview shows every part that is valid so far (a half-typed colour keeps the last look).
  const previewLook = useMemo(() => widgetLookFrom(draft), [draft]);
  const accent = normalizeHexColour(draft.accent || DEFAULT_ACCENT);
  const contrast = accent ? accentContrast(accent) : null;

  async function save(event: Event) {
    event.preventDefault();
    if (action.busy) return;
    setSaved(null);
    action.clearError();
    const result = validateWidgetLook(draft);
    if (!result.ok) {
      setInvalid(result.field);
      setProblem(problemMessage(result.problem));
      return;
    }
    const done = await action.run(async () => {
      await props.onSave(result.value);
      return true;
    });
    if (!done) return;
    setDirty(false);
    setSaved(t('savedVisitorsSeeTheNewLook'));
  }

  const describedBy = (field: WidgetLookField, hint: string) =>
    invalid === field ? `${ids.error} ${hint}` : hint;
  return (
    <div class="widget-look">
      <form
        class="widget-look__form"
        noValidate
        aria-label={t('widgetLook')}
        aria-busy={action.busy}
        onSubmit={(event) => void save(event)}
      >
        <div class="field">
          <label for={ids.title}>{t('title')}</label>
          <input
            id={ids.title}
            name="title"
            maxLength={WIDGET_LOOK_LIMITS.title}
            value={draft.title}
            placeholder={t('chatWithUs')}
            aria-invalid={invalid === 'title' ? true : undefined}
            aria-describedby={describedBy('title', `${ids.title}-hint`)}
            onInput={(e) => edit({ title: e.currentTarget.value })}
          />
          <span class="muted hint" id={`${ids.title}-hint`}>
            {t('thePanelSHeadingShownAs')}
          </span>
        </div>
        <div class="field">
          <label for={ids.greeting}>{t('greeting')}</label>
          <textarea
            id={ids.greeting}
            name="greeting"
            rows={3}
            maxLength={WIDGET_LOOK_LIMITS.greeting}
            value={draft.greeting}
            aria-invalid={invalid === 'greeting' ? true : undefined}
            aria-describedby={describedBy('greeting', `${ids.greeting}-hint`)}
            onInput={(e) => edit({ greeting: e.currentTarget.value })}
          />
          <span class="muted hint" id={`${ids.greeting}-hint`}>
            {t('theWelcomeScreenSFirstWords')}
          </span>
        </div>
        <div class="field">
          <label for={ids.accent}>{t('accentColour')}</label>
          <div class="row">
            <input
              type="color"
              aria-label={t('pickTheAccentColour')}
              value={accent ?? DEFAULT_ACCENT}
              onInput={(e) => edit({ accent: e.currentTarget.value })}
            />
            <input
              id={ids.accent}
              name="accent"
              size={9}
              value={draft.accent}
              placeholder={DEFAULT_ACCENT}
              aria-invalid={invalid === 'accent' ? true : undefined}
              aria-describedby={describedBy('accent', `${ids.accent}-hint`)}
              onInput={(e) => edit({ accent: e.currentTarget.value })}
            />
          </div>
          <span
            class={
              contrast !== null && contrast < MIN_ACCENT_CONTRAST ? 'error hint' : 'muted hint'
            }
            id={`${ids.accent}-hint`}
          >
            {contrast === null
              ? t('aHexColourSuchAs3559e0')
              : contrast < MIN_ACCENT_CONTRAST
                ? t('whiteTextOnItContrast1', contrast.toFixed(2), MIN_ACCENT_CONTRAST)
                : t('whiteTextOnItContrast12', contrast.toFixed(2))}
          </span>
        </div>
        <fieldset class="field">
          <legend>{t('position')}</legend>
          {(
            [
              ['right', t('bottomRight')],
              ['left', t('bottomLeft')],
            ] as const
          ).map(([value, label]) => (
            <label class="checkbox" key={value}>
              <input
                type="radio"
                name="position"
                value={value}
                checked={draft.position === value}
                onChange={() => edit({ position: value })}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <FormError id={ids.error} message={problem ?? action.error} />
        <FormStatus message={saved} />
        <div class="row form-actions">
          <button type="submit" class="primary" disabled={action.busy}>
            {action.busy ? t('saving') : t('saveTheLook')}
          </button>
        </div>
      </form>
      <WidgetLookPreview look={previewLook} />
    </div>
  );
}
