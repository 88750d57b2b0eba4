import type { ControlPanelDefinition } from '../../options/panel-registry.ts';
import { rolesFor } from '../shared/roles.ts';
import { AuditLogPanel } from './audit-log-panel.tsx';
import '../shared/admin.css';
import { t } from '../../../utils/i18n.ts';

const panel: ControlPanelDefinition = {
  id: 'audit-log',
  title: t('auditLog'),
  roles: rolesFor('auditLog'),
  order: 80,
  component: AuditLogPanel,
};
export default panel;
