import type { PresenceState } from '../../../utils/domain/model.ts';
import { t } from '../../../utils/i18n.ts';

const LABELS: Record<PresenceState, string> = {
  online: t('online'),
  away: t('away'),
  offline: t('offline'),
};

export interface PresenceSwitchProps {
  value: PresenceState;
  onChange: (state: PresenceState) => void;
  disabled?: boolean;
  /** "Online (auto away)" hint when the idle automation set away */
  autoAway?: boolean;
}

/** Online / Away / Offline, as one labelled control (the popup and the console header). */
export function PresenceSwitch({ value, onChange, disabled, autoAway }: PresenceSwitchProps) {
  return (
    <label class={`presence-switch presence-switch--${value}`}>
      <span class="presence-dot" aria-hidden="true" />
      <span class="visually-hidden">{t('presence')}</span>
      <select
        aria-label={t('presence')}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.value as PresenceState)}
      >
        {(Object.keys(LABELS) as PresenceState[]).map((state) => (
          <option key={state} value={state}>
            {LABELS[state]}
            {state === 'away' && autoAway && value === 'away' ? t('idle') : ''}
          </option>
        ))}
      </select>
    </label>
  );
}

export function PresenceBadge({ state, name }: { state: PresenceState; name?: string }) {
  return (
    <span class={`presence-badge presence-badge--${state}`}>
      <span class="presence-dot" aria-hidden="true" />
      <span class={name ? 'visually-hidden' : ''}>
        {!name
          ? LABELS[state].toLowerCase()
          : state === 'online'
            ? t('nameIsOnline', name)
            : state === 'away'
              ? t('nameIsAway', name)
              : t('nameIsOffline', name)}
      </span>
    </span>
  );
}
