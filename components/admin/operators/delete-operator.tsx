import type { OperatorDoc } from '../../../utils/data/admin/operators.ts';
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
        Delete <strong>{operator.displayName}</strong> ({operator.email})? Their account is removed,
        their ongoing chats go back to the queue (or are closed when nobody else is available), and
        their seat is freed.
      </p>
      <FormError message={props.error} />
      <div class="row form-actions">
        <button type="button" class="danger" disabled={props.busy} onClick={props.onConfirm}>
          {props.busy ? 'Deleting…' : `Delete ${operator.displayName}`}
        </button>
        <button type="button" disabled={props.busy} onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
