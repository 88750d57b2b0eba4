import { useEffect, useId, useState } from 'preact/hooks';
import { RETENTION_CHOICES } from '../../../utils/domain/retention.ts';
import { t } from '../../../utils/i18n.ts';
import { FormError, FormStatus } from '../shared/form-error.tsx';
import { useAction } from '../shared/use-action.ts';

export interface RetentionEditorProps {
  /** Days transcripts are kept; null = forever. */
  days: number | null;
  onSave: (input: string) => Promise<number | null>;
}

const describe = (days: number | null) =>
  days === null ? t('retentionForever') : t('retentionDays', days);

/**
 * How long transcripts are kept (ADR 009): forever, or a number of days after which the
 * housekeeping schedule deletes a chat's messages, summaries and the chat itself (a few at a
 * time, audited); the reports keep their figures.
 */
export function RetentionEditor({ days, onSave }: RetentionEditorProps) {
  const [draft, setDraft] = useState(days === null ? '' : String(days));
  const [saved, setSaved] = useState<string | null>(null);
  const action = useAction(t('actionSaveTheRetention'));
  const ids = { choice: useId(), hint: useId(), error: useId() };
  useEffect(() => setDraft(days === null ? '' : String(days)), [days]);
  const custom = draft !== '' && !RETENTION_CHOICES.some((n) => String(n) === draft);
  return (
    <form
      class="retention-editor"
      aria-labelledby={`${ids.choice}-legend`}
      onSubmit={async (event) => {
        event.preventDefault();
        if (action.busy) return;
        setSaved(null);
        const stored = await action.run(() => onSave(draft));
        if (stored !== undefined) setSaved(t('savedTranscriptsAre', describe(stored)));
      }}
    >
      <h3 id={`${ids.choice}-legend`}>{t('keepTranscripts')}</h3>
      <p class="hint" id={ids.hint}>
        {t('nowOlderChatsAreDeletedWith', describe(days))}
      </p>
      <div class="row">
        <label>
          {t('keepFor')}{' '}
          <select
            id={ids.choice}
            aria-describedby={`${ids.hint} ${ids.error}`}
            value={custom ? 'custom' : draft}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setDraft(value === 'custom' ? String(days ?? 365) : value);
              setSaved(null);
            }}
          >
            <option value="">{t('forever')}</option>
            {RETENTION_CHOICES.map((n) => (
              <option key={n} value={String(n)}>
                {t('days', n)}
              </option>
            ))}
            <option value="custom">{t('anotherNumberOfDays')}</option>
          </select>
        </label>
        {custom && (
          <label>
            {t('days2')}{' '}
            <input
              inputMode="numeric"
              value={draft}
              onInput={(event) => setDraft(event.currentTarget.value)}
            />
          </label>
        )}
        <button type="submit" disabled={action.busy}>
          {action.busy ? t('saving') : t('saveRetention')}
        </button>
      </div>
      <FormError id={ids.error} message={action.error} />
      <FormStatus message={saved} />
    </form>
  );
}
