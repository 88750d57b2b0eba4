import type { ControlPanelDefinition } from '../../options/panel-registry.ts';
import { rolesFor } from '../shared/roles.ts';
import { ReportsPanel } from './reports-panel.tsx';
import '../shared/admin.css';
import { t } from '../../../utils/i18n.ts';

const panel: ControlPanelDefinition = {
  id: 'reports',
  title: t('reports'),
  roles: rolesFor('reports'),
  order: 77,
  component: ReportsPanel,
};
export default panel;
