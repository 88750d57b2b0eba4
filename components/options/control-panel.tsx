import { useEffect, useMemo, useState } from 'preact/hooks';
import { session } from '../../utils/data/session.ts';
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
        <h1>Parley Control Panel</h1>
        <span class="spacer" />
        {state.status === 'signed-in' && (
          <>
            <span class="muted">
              {state.operator.displayName} ({state.operator.role === 'admin' ? 'admin' : 'operator'}
              )
            </span>
            <SignOutButton uid={state.operator.uid} />
          </>
        )}
      </header>
      {state.status === 'starting' && <p class="muted">Loading…</p>}
      {(state.status === 'signed-out' || state.status === 'no-workspace') && (
        <main class="control-panel__signed-out">
          {state.status === 'no-workspace' && (
            <p class="error" role="alert">
              {state.email} is not an operator of any workspace.
            </p>
          )}
          {state.status === 'signed-out' && state.reason && (
            <p class="error" role="alert">
              {state.reason}
            </p>
          )}
          <nav class="row" aria-label="Account">
            <button type="button" aria-pressed={!creating} onClick={() => setCreating(false)}>
              Sign in
            </button>
            <button type="button" aria-pressed={creating} onClick={() => setCreating(true)}>
              Create a workspace
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
            <SignInForm title="Sign in to the Control Panel" />
          )}
          <details>
            <summary>Connection settings</summary>
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
      <nav aria-label="Control panel sections">
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
              Connection
            </a>
          </li>
        </ul>
      </nav>
      <main>{showConnection ? <ConnectionPanel /> : active && render(active)}</main>
    </div>
  );
}
