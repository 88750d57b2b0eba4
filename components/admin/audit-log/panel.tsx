import type { ControlPanelDefinition } from '../../options/panel-registry.ts';
import { rolesFor } from '../shared/roles.ts';
import { AuditLogPanel } from './audit-log-panel.tsx';
import '../shared/admin.css';

const panel: ControlPanelDefinition = {
  id: 'audit-log',
  title: 'Audit log',
  roles: rolesFor('auditLog'),
  order: 80,
  component: AuditLogPanel,
};
export default panel;
