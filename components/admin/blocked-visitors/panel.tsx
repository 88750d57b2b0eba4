import type { ControlPanelDefinition } from '../../options/panel-registry.ts';
import { rolesFor } from '../shared/roles.ts';
import { BlockedVisitorsPanel } from './blocked-visitors-panel.tsx';
import '../shared/admin.css';

const panel: ControlPanelDefinition = {
  id: 'blocked-visitors',
  title: 'Blocked visitors',
  roles: rolesFor('blockedVisitors'),
  order: 78,
  component: BlockedVisitorsPanel,
};
export default panel;
