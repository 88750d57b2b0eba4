import { useEffect, useState } from 'preact/hooks';
import {
  BUILD_SETTINGS,
  clearFirebaseSettingsOverride,
  EMULATORS_BUILT_IN,
  type FirebaseSettings,
  hasSettingsOverride,
  loadFirebaseSettings,
  saveFirebaseSettings,
  validateSettings,
} from '../../../utils/data/firebase-config.ts';
import { t } from '../../../utils/i18n.ts';

type TextKey = 'apiKey' | 'authDomain' | 'projectId' | 'appId' | 'emulatorHost' | 'functionsRegion';
type PortKey = 'authEmulatorPort' | 'firestoreEmulatorPort' | 'functionsEmulatorPort';

const TEXT_FIELDS: [TextKey, string][] = [
  ['projectId', t('projectId')],
  ['apiKey', t('apiKey')],
  ['authDomain', t('authDomain')],
  ['appId', t('appId')],
  ['functionsRegion', t('functionsRegion')],
];
const EMULATOR_FIELDS: [PortKey, string][] = [
  ['authEmulatorPort', t('authEmulatorPort')],
  ['firestoreEmulatorPort', t('firestoreEmulatorPort')],
  ['functionsEmulatorPort', t('functionsEmulatorPort')],
];

/**
 * Edits the Firebase project the extension talks to, for operators who installed a prebuilt
 * extension. Saved to browser.storage.local; every Parley page reloads to apply it.
 */
export function ConnectionPanel({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const [settings, setSettings] = useState<FirebaseSettings | null>(null);
  const [overridden, setOverridden] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void loadFirebaseSettings().then(setSettings);
    void hasSettingsOverride().then(setOverridden);
  }, []);

  if (!settings) return <p class="muted">{t('loadingConnectionSettings')}</p>;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  function update<K extends keyof FirebaseSettings>(key: K, value: FirebaseSettings[K]) {
    setSettings((current) => (current ? { ...current, [key]: value } : current));
    setSaved(false);
  }

  async function save(event: Event) {
    event.preventDefault();
    if (!settings) return;
    const found = validateSettings(settings);
    setProblems(found);
    if (found.length > 0) return;
    await saveFirebaseSettings(settings);
    setSaved(true);
    // Firebase apps can't be re-pointed in place: start over with the new settings.
    setTimeout(() => location.reload(), 300);
  }

  async function reset() {
    await clearFirebaseSettingsOverride();
    setSettings({ ...BUILD_SETTINGS });
    setOverridden(false);
    setTimeout(() => location.reload(), 300);
  }

  return (
    <form class="connection-panel" onSubmit={save} aria-labelledby="connection-title">
      <Heading id="connection-title">{t('connection')}</Heading>
      <p class="muted">
        {t('theFirebaseProjectThisExtensionUses')}{' '}
        {overridden ? t('changedHereOverridesTheBuild') : t('asConfiguredInTheBuild')}
      </p>
      {TEXT_FIELDS.map(([key, label]) => (
        <label class="field" key={key}>
          <span>{label}</span>
          <input
            name={key}
            value={settings[key]}
            onInput={(e) => update(key, e.currentTarget.value.trim())}
          />
        </label>
      ))}
      {/* A release package has no emulator to talk to (README, "Release"). */}
      {EMULATORS_BUILT_IN && (
        <label class="row">
          <input
            type="checkbox"
            name="useEmulators"
            checked={settings.useEmulators}
            onChange={(e) => update('useEmulators', e.currentTarget.checked)}
          />
          {t('useLocalEmulators')}
        </label>
      )}
      {EMULATORS_BUILT_IN && settings.useEmulators && (
        <fieldset>
          <legend>{t('emulators')}</legend>
          <label class="field">
            <span>{t('emulatorHost')}</span>
            <input
              name="emulatorHost"
              value={settings.emulatorHost}
              onInput={(e) => update('emulatorHost', e.currentTarget.value.trim())}
            />
          </label>
          {EMULATOR_FIELDS.map(([key, label]) => (
            <label class="field" key={key}>
              <span>{label}</span>
              <input
                name={key}
                inputMode="numeric"
                value={String(settings[key])}
                onInput={(e) => update(key, Number(e.currentTarget.value))}
              />
            </label>
          ))}
        </fieldset>
      )}
      {problems.length > 0 && (
        <ul class="error" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {saved && <p role="status">{t('savedReloading')}</p>}
      <div class="row">
        <button type="submit" class="primary">
          {t('saveConnection')}
        </button>
        {overridden && (
          <button type="button" onClick={reset}>
            {t('resetToBuildDefaults')}
          </button>
        )}
      </div>
    </form>
  );
}
