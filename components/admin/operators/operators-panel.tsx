import { useEffect, useState } from 'preact/hooks';
import { openInternalChatWith } from '../../../utils/data/admin/internal-chat.ts';
import {
  createOperator,
  createRequestFrom,
  deleteOperator,
  inviteOperator,
  inviteRequestFrom,
  type OperatorDoc,
  type OperatorForm as OperatorFields,
  updateOperator,
  updateRequestFrom,
} from '../../../utils/data/admin/operators.ts';
import { accountSiteUrl, loadWidgetScriptUrl } from '../../../utils/data/admin/widget-snippet.ts';
import { teamPresenceOf } from '../../../utils/data/collections/presence.ts';
import { openConsole, trackFocusedWindow } from '../../../utils/data/extension-pages.ts';
import { loadFirebaseSettings } from '../../../utils/data/firebase-config.ts';
import {
  countActiveSeats,
  formatMoney,
  monthlyFee,
  seatChangeNotice,
} from '../../../utils/domain/billing.ts';
import type { CreateOperatorResponse } from '../../../utils/domain/callables.ts';
import { t } from '../../../utils/i18n.ts';
import type { ControlPanelProps } from '../../options/panel-registry.ts';
import { FormError, FormStatus } from '../shared/form-error.tsx';
import { MenuButton } from '../shared/menu-button.tsx';
import { Modal } from '../shared/modal.tsx';
import { OperatorForm } from '../shared/operator-form.tsx';
import { SipInfo } from '../shared/sip-info.tsx';
import { useAction } from '../shared/use-action.ts';
import { useAdminData } from '../shared/use-admin-data.ts';
import { DeleteOperatorConfirm } from './delete-operator.tsx';
import { GeneratedPassword } from './generated-password.tsx';
import { OperatorsSettingsDialog } from './operators-settings-dialog.tsx';
import { OperatorsTable } from './operators-table.tsx';

let trackingWindow = false;
/** Start Chat opens the side panel, which needs this window's id before the click (once per page). */
function trackWindowOnce() {
  if (trackingWindow) return;
  trackingWindow = true;
  trackFocusedWindow();
}

type Dialog =
  | { kind: 'add' }
  | { kind: 'invite' }
  | { kind: 'edit'; operator: OperatorDoc }
  | { kind: 'delete'; operator: OperatorDoc }
  | { kind: 'password'; name: string; email: string; password: string }
  | { kind: 'offline' }
  | { kind: 'url' }
  | { kind: 'timeouts' };

/**
 * Operators with presence, the Add/Edit/Delete windows, Start Chat, and the panel's gear menu
 * (off-line recipients, URL routing, chat timeouts: operators-settings-dialog.tsx).
 */
export function OperatorsPanel({ operator: me }: ControlPanelProps) {
  const data = useAdminData(me, [
    'workspace',
    'operators',
    'presences',
    'offlineSettings',
    'urlRoutes',
  ]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const form = useAction(t('actionSaveTheOperator'));
  const chat = useAction(t('actionStartTheChat'));
  useEffect(trackWindowOnce, []);

  if (!data) return <p class="muted">{t('loading')}</p>;
  const { context } = data;
  const operators = data.operators.items.value;
  const workspace = data.workspace.data.value;
  const presenceOf = (uid: string) => teamPresenceOf(data.presences.data.value ?? [], uid);
  const seats = countActiveSeats(operators);
  const close = () => {
    setDialog(null);
    form.clearError();
  };

  async function add(fields: OperatorFields) {
    const result = await form.run<CreateOperatorResponse>(() =>
      createOperator(createRequestFrom(context.workspaceId, fields)),
    );
    if (!result) return;
    if (result.password)
      setDialog({
        kind: 'password',
        name: fields.displayName.trim(),
        email: fields.email.trim(),
        password: result.password,
      });
    else close();
    setStatus(t('added', fields.displayName.trim()));
  }

  /** The invitation's link opens the account page beside widget.js (see accountSiteUrl). */
  async function invite(fields: OperatorFields) {
    const result = await form.run(async () => {
      const siteUrl = accountSiteUrl(await loadWidgetScriptUrl(await loadFirebaseSettings()));
      return inviteOperator(inviteRequestFrom(context.workspaceId, fields, siteUrl));
    });
    if (!result) return;
    close();
    setStatus(t('invitationSentTo', result.sentTo));
  }

  async function edit(original: OperatorDoc, fields: OperatorFields) {
    const done = await form.run(() =>
      updateOperator(updateRequestFrom(context.workspaceId, original, fields)),
    );
    if (!done) return;
    close();
    setStatus(t('savedSProfile', fields.displayName.trim()));
  }

  async function remove(target: OperatorDoc) {
    const result = await form.run(() => deleteOperator(context.workspaceId, target.id));
    if (!result) return;
    close();
    const moved = result.requeuedChats + result.closedChats;
    setStatus(
      moved > 0
        ? `${t('deletedOperator', target.displayName)} ${t('deletedOperatorChatsMoved', result.requeuedChats, result.closedChats)}`
        : t('deletedOperator', target.displayName),
    );
  }

  function startChat(target: OperatorDoc) {
    setStatus(null);
    // The side panel opens only inside the click itself, so it opens before anything is awaited.
    void openConsole().catch(() => {});
    void chat
      .run(() => openInternalChatWith(context, target.id))
      .then((id) => id && setStatus(t('chatWithOpenedInTheConsole', target.displayName)));
  }

  return (
    <section class="admin-panel operators-panel" aria-labelledby="operators-title">
      <header class="row admin-panel__header">
        <h2 id="operators-title">{t('chatOperators')}</h2>
        <span class="spacer" />
        <button type="button" class="primary" onClick={() => setDialog({ kind: 'add' })}>
          {t('add2')}
        </button>
        <button type="button" onClick={() => setDialog({ kind: 'invite' })}>
          {t('invite')}
        </button>
        <MenuButton
          label={t('chatOperatorsSettings')}
          items={[
            { label: t('offLineMessages'), onSelect: () => setDialog({ kind: 'offline' }) },
            { label: t('urlRouting'), onSelect: () => setDialog({ kind: 'url' }) },
            { label: t('chatTimeouts'), onSelect: () => setDialog({ kind: 'timeouts' }) },
          ]}
        />
      </header>
      <p class="muted">
        {t('addNewOrEditExistingChat')}
        {workspace &&
          (seats === 1
            ? t(
                'feeLineOneSeat',
                formatMoney(workspace.seatPrice, workspace.currency),
                formatMoney(monthlyFee(workspace.seatPrice, seats), workspace.currency),
              )
            : t(
                'feeLineSeats',
                seats,
                formatMoney(workspace.seatPrice, workspace.currency),
                formatMoney(monthlyFee(workspace.seatPrice, seats), workspace.currency),
              ))}
        .
      </p>
      <FormError message={data.operators.error.value ?? data.presences.error.value} />
      {data.operators.status.value === 'loading' ? (
        <p class="muted">{t('loadingOperators')}</p>
      ) : (
        <OperatorsTable
          operators={operators}
          presenceOf={presenceOf}
          selfUid={me.uid}
          onEdit={(operator) => setDialog({ kind: 'edit', operator })}
          onDelete={(operator) => setDialog({ kind: 'delete', operator })}
          onStartChat={startChat}
        />
      )}
      <FormError message={chat.error} />
      <FormStatus message={status} />

      {dialog?.kind === 'add' && (
        <Modal title={t('addOperator')} onClose={close}>
          <OperatorForm
            mode="add"
            busy={form.busy}
            error={form.error}
            notice={workspace && seatChangeNotice(workspace.seatPrice, seats, workspace.currency)}
            onSubmit={(fields) => void add(fields)}
            onCancel={close}
          />
        </Modal>
      )}
      {dialog?.kind === 'invite' && (
        <Modal title={t('inviteOperator')} onClose={close}>
          <OperatorForm
            mode="invite"
            busy={form.busy}
            error={form.error}
            notice={workspace && seatChangeNotice(workspace.seatPrice, seats, workspace.currency)}
            onSubmit={(fields) => void invite(fields)}
            onCancel={close}
          />
        </Modal>
      )}
      {dialog?.kind === 'password' && (
        <Modal title={t('operatorAdded')} onClose={close}>
          <GeneratedPassword {...dialog} onDone={close} />
        </Modal>
      )}
      {dialog?.kind === 'edit' && (
        <Modal title={t('edit', dialog.operator.displayName)} onClose={close}>
          <OperatorForm
            mode="edit"
            operator={dialog.operator}
            busy={form.busy}
            error={form.error}
            onSubmit={(fields) => void edit(dialog.operator, fields)}
            onCancel={close}
          />
          <SipInfo
            sip={dialog.operator.sip}
            name={dialog.operator.displayName}
            workspaceId={context.workspaceId}
            uid={dialog.operator.id}
            canGenerate
          />
        </Modal>
      )}
      {dialog?.kind === 'delete' && (
        <Modal title={t('delete2', dialog.operator.displayName)} onClose={close}>
          <DeleteOperatorConfirm
            operator={dialog.operator}
            busy={form.busy}
            error={form.error}
            onConfirm={() => void remove(dialog.operator)}
            onCancel={close}
          />
        </Modal>
      )}
      {(dialog?.kind === 'offline' || dialog?.kind === 'url' || dialog?.kind === 'timeouts') && (
        <OperatorsSettingsDialog kind={dialog.kind} data={data} onClose={close} />
      )}
    </section>
  );
}
