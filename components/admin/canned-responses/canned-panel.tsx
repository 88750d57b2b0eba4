import { useState } from 'preact/hooks';
import {
  addCanned,
  type CannedInput,
  type CannedResponseDoc,
  cleanCanned,
  deleteCanned,
  updateCanned,
} from '../../../utils/data/admin/canned-responses.ts';
import { can } from '../../../utils/domain/permissions.ts';
import { t } from '../../../utils/i18n.ts';
import type { ControlPanelProps } from '../../options/panel-registry.ts';
import { FormError, FormStatus } from '../shared/form-error.tsx';
import { Modal } from '../shared/modal.tsx';
import { useAction } from '../shared/use-action.ts';
import { useAdminData } from '../shared/use-admin-data.ts';
import { CannedEditor } from './canned-editor.tsx';
import { CannedList } from './canned-list.tsx';

type Editing = { kind: 'add' } | { kind: 'edit'; canned: CannedResponseDoc };

/** Canned responses: everyone reads them; administrators add, edit and delete. */
export function CannedResponsesPanel({ operator }: ControlPanelProps) {
  const data = useAdminData(operator, ['canned']);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const save = useAction(t('actionSaveTheCannedResponse'));
  const remove = useAction(t('actionDeleteTheCannedResponse'));
  const manage = can(operator.role, 'cannedResponses.manage');

  if (!data) return <p class="muted">{t('loading')}</p>;
  const responses = data.canned.items.value;
  const close = () => {
    setEditing(null);
    save.clearError();
  };

  async function submit(input: CannedInput) {
    if (!editing || !data) return;
    const ownId = editing.kind === 'edit' ? editing.canned.id : undefined;
    const done = await save.run(async () => {
      const clean = cleanCanned(input, responses, ownId);
      if (editing.kind === 'edit') await updateCanned(data.context, editing.canned, clean);
      else await addCanned(data.context, clean);
      return clean;
    });
    if (!done) return;
    close();
    setStatus(t('saved', done.shortcut));
  }

  async function destroy(canned: CannedResponseDoc) {
    if (!data) return;
    setDeleting(canned.id);
    setStatus(null);
    const done = await remove.run(async () => {
      await deleteCanned(data.context, canned);
      return true;
    });
    setDeleting(null);
    if (done) setStatus(t('deleted', canned.shortcut));
  }

  return (
    <section class="admin-panel canned-panel" aria-labelledby="canned-title">
      <header class="row admin-panel__header">
        <h2 id="canned-title">{t('cannedResponses')}</h2>
        <span class="spacer" />
        {manage && (
          <button type="button" class="primary" onClick={() => setEditing({ kind: 'add' })}>
            {t('addCannedResponse')}
          </button>
        )}
      </header>
      <p class="muted">
        {t('typeAShortCutCommandSuch')}
        {!manage && t('onlyAdministratorsCanChangeCannedResponses')}
      </p>
      <FormError message={data.canned.error.value} />
      {data.canned.status.value === 'loading' ? (
        <p class="muted">{t('loadingCannedResponses')}</p>
      ) : (
        <CannedList
          responses={responses}
          deleting={deleting}
          {...(manage
            ? {
                onEdit: (canned) => setEditing({ kind: 'edit', canned }),
                onDelete: (canned) => void destroy(canned),
              }
            : {})}
        />
      )}
      <FormError message={remove.error} />
      <FormStatus message={status} />
      {editing && (
        <Modal
          title={
            editing.kind === 'edit' ? t('edit3', editing.canned.shortcut) : t('addCannedResponse')
          }
          onClose={close}
        >
          <CannedEditor
            existing={responses}
            {...(editing.kind === 'edit'
              ? { ownId: editing.canned.id, initial: editing.canned }
              : {})}
            operatorName={operator.displayName}
            busy={save.busy}
            error={save.error}
            onSubmit={(input) => void submit(input)}
            onCancel={close}
          />
        </Modal>
      )}
    </section>
  );
}
