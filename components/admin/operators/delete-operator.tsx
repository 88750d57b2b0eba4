import type { OperatorDoc } from '../../../utils/data/admin/operators.ts';
import { t } from '../../../utils/i18n.ts';
import { FormError } from '../shared/form-error.tsx';

/** "Delete Nora?" with what happens to their chats and seat; the error stays next to it. */
export function DeleteOperatorConfirm(props: {
  operator: OperatorDoc;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { operator } = props;
  return (
    <div class="confirm">
      <p>
        {t('delete')} <strong>{operator.displayName}</strong> ({operator.email}
        {t('theirAccountIsRemovedTheirOngoing')}
      </p>
      <FormError message={props.error} />
      <div class="row form-actions">
        <button type="button" class="danger" disabled={props.busy} onClick={props.onConfirm}>
          {props.busy ? t('deleting') : t('delete2', operator.displayName)}
        </button>
        <button type="button" disabled={props.busy} onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
