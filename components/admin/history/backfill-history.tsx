import { useState } from 'preact/hooks';
import { call } from '../../../utils/data/callables.ts';
import { t } from '../../../utils/i18n.ts';
import { FormError, FormStatus } from '../shared/form-error.tsx';
import { useAction } from '../shared/use-action.ts';

/**
 * The one-off backfill (ADR 009): chats that ended before History existed get their summaries
 * and report figures. It runs page after page of the backfillHistory callable, showing how far
 * it got; running it again is harmless.
 */
export function BackfillHistory({ workspaceId }: { workspaceId: string }) {
  const [progress, setProgress] = useState<string | null>(null);
  const action = useAction(t('actionAddOlderChatsToHistory'));
  async function run() {
    let examined = 0;
    let written = 0;
    let after: string | undefined;
    setProgress(t('lookingForOlderChats'));
    const done = await action.run(async () => {
      for (;;) {
        const page = await call('backfillHistory', { workspaceId, ...(after ? { after } : {}) });
        examined += page.examined;
        written += page.written;
        setProgress(t('examinedChatsThatAreOverAdded', examined, written));
        if (!page.next) return true;
        after = page.next;
      }
    });
    setProgress(done ? t('doneExaminedChatsThatAreOver', examined, written) : null);
  }
  return (
    <div class="backfill-history">
      <h3>{t('olderChats')}</h3>
      <p class="hint">{t('chatsThatEndedBeforeHistoryExisted')}</p>
      <button type="button" disabled={action.busy} onClick={() => void run()}>
        {action.busy ? t('addingOlderChats') : t('addOlderChatsToHistory')}
      </button>
      <FormError message={action.error} />
      <FormStatus message={progress} />
    </div>
  );
}
