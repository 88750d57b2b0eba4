import { session } from '../../../utils/data/session.ts';
import { activeConsole } from '../../../utils/data/stores/active-console.ts';
import { t } from '../../../utils/i18n.ts';
import { consoleAnnouncer } from '../announcer/announcer.ts';
import { LiveRegion } from '../announcer/live-region.tsx';
import { SignInForm } from '../sign-in/sign-in-form.tsx';
import { ConsoleMain } from './console-main.tsx';

/** The side panel: sign-in, then the console of the signed-in operator. */
export function ConsoleApp() {
  const state = session.value;
  const store = activeConsole.value;
  return (
    // data-live marks when live data has replaced the cached first paint (benchmarks wait for it).
    <div class="console" data-live={store?.lists.live.value ? 'true' : undefined}>
      {state.status !== 'signed-in' && (
        <header class="console__header row">
          <h1>{t('parleyConsole')}</h1>
        </header>
      )}
      {state.status === 'starting' && <p class="muted console__loading">{t('loading')}</p>}
      {(state.status === 'signed-out' || state.status === 'no-workspace') && (
        <main class="console__sign-in">
          {state.status === 'no-workspace' && (
            <p class="error" role="alert">
              {t('isNotAnOperatorOfAny', state.email)}
            </p>
          )}
          {state.status === 'signed-out' && state.reason && (
            <p class="error" role="alert">
              {state.reason}
            </p>
          )}
          <SignInForm />
        </main>
      )}
      {state.status === 'signed-in' &&
        (store ? (
          <ConsoleMain store={store} />
        ) : (
          <>
            <header class="console__header row">
              <h1>{t('parleyConsole')}</h1>
            </header>
            <p class="muted console__loading">{t('connecting')}</p>
          </>
        ))}
      <LiveRegion announcer={consoleAnnouncer} />
    </div>
  );
}
