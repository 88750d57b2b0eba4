import type { ControlPanelDefinition } from '../../options/panel-registry.ts';
import { rolesFor } from '../shared/roles.ts';
import { HistoryPanel } from './history-panel.tsx';
import '../shared/admin.css';

const panel: ControlPanelDefinition = {
  id: 'history',
  title: 'History',
  roles: rolesFor('history'),
  order: 75,
  component: HistoryPanel,
};
export default panel;
