import { useState } from 'preact/hooks';
import { call } from '../../../utils/data/callables.ts';
import { FormError, FormStatus } from '../shared/form-error.tsx';
import { useAction } from '../shared/use-action.ts';

/**
 * The one-off backfill (ADR 009): chats that ended before History existed get their summaries
 * and report figures. It runs page after page of the backfillHistory callable, showing how far
 * it got; running it again is harmless.
 */
export function BackfillHistory({ workspaceId }: { workspaceId: string }) {
  const [progress, setProgress] = useState<string | null>(null);
  const action = useAction('add older chats to History');
  async function run() {
    let examined = 0;
    let written = 0;
    let after: string | undefined;
    setProgress('Looking for older chats…');
    const done = await action.run(async () => {
      for (;;) {
        const page = await call('backfillHistory', { workspaceId, ...(after ? { after } : {}) });
        examined += page.examined;
        written += page.written;
        setProgress(`Examined ${examined} chats that are over, added ${written} to History…`);
        if (!page.next) return true;
        after = page.next;
      }
    });
    setProgress(
      done ? `Done: examined ${examined} chats that are over, added ${written} to History.` : null,
    );
  }
  return (
    <div class="backfill-history">
      <h3>Older chats</h3>
      <p class="hint">
        Chats that ended before History existed are not listed yet. Adding them also adds them to
        the reports.
      </p>
      <button type="button" disabled={action.busy} onClick={() => void run()}>
        {action.busy ? 'Adding older chats…' : 'Add older chats to History'}
      </button>
      <FormError message={action.error} />
      <FormStatus message={progress} />
    </div>
  );
}
