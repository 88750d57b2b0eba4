import { useEffect, useMemo, useState } from 'preact/hooks';
import { session } from '../../utils/data/session.ts';
import { t } from '../../utils/i18n.ts';
import { SignInForm } from '../console/sign-in/sign-in-form.tsx';
import { SignOutButton } from '../ui/sign-out-button.tsx';
import { ConnectionPanel } from './connection-panel/connection-panel.tsx';
import { CreateWorkspaceFormView } from './create-workspace/create-workspace-form.tsx';
import type { ControlPanelDefinition } from './panel-registry.ts';
import { buildPanelRegistry } from './panels.ts';

const CONNECTION_ID = 'connection';

function currentHash() {
  return decodeURIComponent(location.hash.replace(/^#/, ''));
}

/** The options page: sign-in, then the panels the operator's role may see, plus Connection. */
export function ControlPanel() {
  const registry = useMemo(buildPanelRegistry, []);
  const [selected, setSelected] = useState(currentHash);
  useEffect(() => {
    const follow = () => setSelected(currentHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);

  // Signed out: sign in, or create a workspace (and land on its getting-started checklist).
  const [creating, setCreating] = useState(false);
  const state = session.value;
  return (
    <div class="control-panel">
      <header class="row control-panel__header">
        <h1>{t('parleyControlPanel')}</h1>
        <span class="spacer" />
        {state.status === 'signed-in' && (
          <>
            <span class="muted">
              {state.operator.displayName} (
              {state.operator.role === 'admin' ? t('admin') : t('operator2')})
            </span>
            <SignOutButton uid={state.operator.uid} />
          </>
        )}
      </header>
      {state.status === 'starting' && <p class="muted">{t('loading')}</p>}
      {(state.status === 'signed-out' || state.status === 'no-workspace') && (
        <main class="control-panel__signed-out">
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
          <nav class="row" aria-label={t('account')}>
            <button type="button" aria-pressed={!creating} onClick={() => setCreating(false)}>
              {t('signIn')}
            </button>
            <button type="button" aria-pressed={creating} onClick={() => setCreating(true)}>
              {t('createAWorkspace')}
            </button>
          </nav>
          {creating ? (
            <CreateWorkspaceFormView
              onCreated={() => {
                setCreating(false);
                location.hash = '#getting-started';
              }}
            />
          ) : (
            <SignInForm title={t('signInToTheControlPanel')} />
          )}
          <details>
            <summary>{t('connectionSettings')}</summary>
            <ConnectionPanel headingLevel={3} />
          </details>
        </main>
      )}
      {state.status === 'signed-in' && (
        <SignedInPanels
          panels={registry.panelsFor(state.operator.role)}
          selected={selected}
          render={(panel) => <panel.component operator={state.operator} />}
        />
      )}
    </div>
  );
}

function SignedInPanels({
  panels,
  selected,
  render,
}: {
  panels: ControlPanelDefinition[];
  selected: string;
  render: (panel: ControlPanelDefinition) => preact.ComponentChild;
}) {
  const active = panels.find((panel) => panel.id === selected) ?? panels[0];
  const showConnection = selected === CONNECTION_ID || !active;
  return (
    <div class="control-panel__body">
      <nav aria-label={t('controlPanelSections')}>
        <ul>
          {panels.map((panel) => (
            <li key={panel.id}>
              <a
                href={`#${panel.id}`}
                aria-current={!showConnection && panel === active ? 'page' : undefined}
              >
                {panel.title}
              </a>
            </li>
          ))}
          <li>
            <a href={`#${CONNECTION_ID}`} aria-current={showConnection ? 'page' : undefined}>
              {t('connection')}
            </a>
          </li>
        </ul>
      </nav>
      <main>{showConnection ? <ConnectionPanel /> : active && render(active)}</main>
    </div>
  );
}
