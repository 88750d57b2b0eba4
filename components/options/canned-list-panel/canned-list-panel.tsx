import { onSnapshot } from 'firebase/firestore';
import { useEffect, useState } from 'preact/hooks';
import {
  type CannedResponseDoc,
  cannedResponsesRef,
} from '../../../utils/data/canned-responses.ts';
import { getFirebase } from '../../../utils/data/firebase.ts';
import type { ControlPanelProps } from '../panel-registry.ts';

/**
 * The workspace's canned responses, read-only: what a Normal operator may see (the seed manual's
 * Normal role can't edit them). The admin feature registers a panel with the same id
 * ('canned-responses') that replaces this one with the editor.
 */
export function CannedListPanel({ operator }: ControlPanelProps) {
  const [responses, setResponses] = useState<CannedResponseDoc[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let stop = () => {};
    let cancelled = false;
    void getFirebase().then(({ db }) => {
      if (cancelled) return;
      stop = onSnapshot(
        cannedResponsesRef(db, operator.workspaceId),
        (snapshot) =>
          setResponses(
            snapshot.docs.map((d) => d.data()).sort((a, b) => a.shortcut.localeCompare(b.shortcut)),
          ),
        (failure) => setError(failure.message),
      );
    });
    return () => {
      cancelled = true;
      stop();
    };
  }, [operator.workspaceId]);

  return (
    <section aria-labelledby="canned-title">
      <h2 id="canned-title">Canned responses</h2>
      <p class="muted">
        Type <code>/shortcut</code> and Enter in a chat to send one. %VISITOR% becomes the visitor's
        name, %OPERATOR% yours.
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {responses === null && !error && <p class="muted">Loading…</p>}
      {responses?.length === 0 && <p class="empty">No canned responses yet.</p>}
      {responses && responses.length > 0 && (
        <table class="canned-table">
          <thead>
            <tr>
              <th scope="col">Shortcut</th>
              <th scope="col">Text</th>
            </tr>
          </thead>
          <tbody>
            {responses.map((response) => (
              <tr key={response.id}>
                <td>
                  <code>/{response.shortcut}</code>
                </td>
                <td class="canned-table__text">{response.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
