import { useState } from 'preact/hooks';
import type { OperatorForm as OperatorFields } from '../../../utils/data/admin/operators.ts';
import { updateOperator, updateRequestFrom } from '../../../utils/data/admin/operators.ts';
import { t } from '../../../utils/i18n.ts';
import type { ControlPanelProps } from '../../options/panel-registry.ts';
import { FormError, FormStatus } from '../shared/form-error.tsx';
import { OperatorForm } from '../shared/operator-form.tsx';
import { SipInfo } from '../shared/sip-info.tsx';
import { useAction } from '../shared/use-action.ts';
import { useAdminData } from '../shared/use-admin-data.ts';

/**
 * My profile, for every operator: who I am, my display name and password (the only fields an
 * operator may change on their own account), and my SIP info for third-party chat clients.
 */
export function ProfilePanel({ operator }: ControlPanelProps) {
  const data = useAdminData(operator, ['operators']);
  const [formKey, setFormKey] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const save = useAction(t('actionSaveYourProfile'));
  const me = data?.operators.items.value.find((op) => op.id === operator.uid);

  async function submit(fields: OperatorFields) {
    if (!me) return;
    setStatus(null);
    const request = await save.run(async () => {
      const built = updateRequestFrom(operator.workspaceId, me, fields, true);
      if (built.displayName === undefined && built.password === undefined) return built;
      await updateOperator(built);
      return built;
    });
    if (!request) return;
    setFormKey((key) => key + 1);
    setStatus(
      request.displayName === undefined && request.password === undefined
        ? t('nothingToSaveNothingWasChanged')
        : `Saved${request.password ? '; your new password works from your next sign-in' : ''}.`,
    );
  }

  return (
    <section class="admin-panel profile-panel" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('myProfile')}</h2>
      <dl class="facts">
        <dt>{t('name')}</dt>
        <dd>{me?.displayName ?? operator.displayName}</dd>
        <dt>{t('email')}</dt>
        <dd>{operator.email}</dd>
        <dt>{t('role')}</dt>
        <dd>{operator.role === 'admin' ? t('administrator') : t('normal')}</dd>
        <dt>{t('workspace')}</dt>
        <dd>{operator.workspaceId}</dd>
      </dl>
      <FormError message={data?.operators.error.value} />
      {me && (
        <section aria-labelledby="profile-edit-title">
          <h3 id="profile-edit-title">{t('changeMyNameOrPassword')}</h3>
          <OperatorForm
            key={formKey}
            mode="self"
            operator={me}
            busy={save.busy}
            error={save.error}
            onSubmit={(fields) => void submit(fields)}
          />
          <FormStatus message={status} />
          <SipInfo
            sip={me.sip}
            name={me.displayName}
            workspaceId={operator.workspaceId}
            uid={me.id}
            canGenerate
          />
        </section>
      )}
    </section>
  );
}
