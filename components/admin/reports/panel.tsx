import type { ControlPanelDefinition } from '../../options/panel-registry.ts';
import { rolesFor } from '../shared/roles.ts';
import { ReportsPanel } from './reports-panel.tsx';
import '../shared/admin.css';

const panel: ControlPanelDefinition = {
  id: 'reports',
  title: 'Reports',
  roles: rolesFor('reports'),
  order: 77,
  component: ReportsPanel,
};
export default panel;
