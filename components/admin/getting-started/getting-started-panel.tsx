import type { ChecklistFacts } from '../../../utils/domain/onboarding.ts';
import { t } from '../../../utils/i18n.ts';
import type { ControlPanelProps } from '../../options/panel-registry.ts';
import { richMessage } from '../../ui/rich-message.tsx';
import { FormError } from '../shared/form-error.tsx';
import { useAdminData } from '../shared/use-admin-data.ts';
import { Checklist } from './checklist.tsx';
import { useVerificationWatch, VerificationActions } from './verification.tsx';

/**
 * Where a new administrator lands: what is left before the first chat. Every item is ticked by
 * the workspace's own data (live), never by a click, so the list can't drift from the truth.
 */
export function GettingStartedPanel({ operator }: ControlPanelProps) {
  const data = useAdminData(operator, [
    'workspace',
    'operators',
    'departments',
    'urlRoutes',
    'canned',
  ]);
  const workspace = data?.workspace.data.value;
  const verification = useVerificationWatch(operator.workspaceId, workspace?.verified ?? true);

  if (!data || !workspace) return <p class="muted">{t('loading')}</p>;
  const facts: ChecklistFacts = {
    emailVerified: workspace.verified !== false,
    operatorCount: data.operators.items.value.length,
    departmentCount: data.departments.items.value.length,
    urlRouteCount: data.urlRoutes.items.value.length,
    cannedCount: data.canned.items.value.length,
    onboarding: workspace.onboarding,
  };
  return (
    <section class="admin-panel getting-started" aria-labelledby="getting-started-title">
      <header class="admin-panel__header">
        <h2 id="getting-started-title">{t('gettingStarted')}</h2>
      </header>
      <p class="muted">
        {richMessage('welcomeToWorkspace', workspace.name, <code>{workspace.id}</code>)}
      </p>
      <FormError message={data.workspace.error.value ?? data.operators.error.value} />
      <Checklist facts={facts} verifyActions={<VerificationActions watch={verification} />} />
    </section>
  );
}
