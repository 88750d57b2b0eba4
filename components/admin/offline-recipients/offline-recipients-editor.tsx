import { useState } from 'preact/hooks';
import { t } from '../../../utils/i18n.ts';
import { FormError, FormStatus } from '../shared/form-error.tsx';
import { OperatorPicker, type PickableOperator } from '../shared/operator-picker.tsx';
import { useAction } from '../shared/use-action.ts';

export interface OfflineRecipientsProps {
  operators: readonly PickableOperator[];
  recipientIds: readonly string[];
  onUpdate: (recipientIds: string[]) => Promise<void>;
}

/**
 * The seed manual's Off-line messages window: drag the operators who should receive off-line
 * messages by email into the recipients list, then Update.
 */
export function OfflineRecipientsEditor(props: OfflineRecipientsProps) {
  // The stored list until the admin changes it: the window may open before the settings have
  // loaded, and must then show them when they arrive rather than an empty list.
  const [edited, setEdited] = useState<string[] | null>(null);
  const chosen = edited ?? [...props.recipientIds];
  const [saved, setSaved] = useState<string | null>(null);
  const action = useAction(t('actionUpdateTheOfflineRecipients'));

  async function update(event: Event) {
    event.preventDefault();
    setSaved(null);
    const done = await action.run(async () => {
      await props.onUpdate(chosen);
      return true;
    });
    if (!done) return;
    setEdited(null);
    setSaved(
      chosen.length === 0
        ? t('updatedNobodyReceivesOffLineMessages')
        : chosen.length === 1
          ? t('updatedOffLineMessagesGoToOne')
          : t('updatedOffLineMessagesGoToMany', chosen.length),
    );
  }

  return (
    <form class="offline-messages" onSubmit={update} aria-busy={action.busy}>
      <p class="muted hint">{t('visitorsWhoFindNobodyAvailableLeave')}</p>
      <OperatorPicker
        operators={props.operators}
        chosen={chosen}
        onChange={(ids) => {
          setEdited(ids);
          setSaved(null);
        }}
        chosenLabel={t('recipients')}
        disabled={action.busy}
      />
      <FormError message={action.error} />
      <FormStatus message={saved} />
      <div class="row form-actions">
        <button type="submit" class="primary" disabled={action.busy}>
          {action.busy ? t('updating') : t('update')}
        </button>
      </div>
    </form>
  );
}
