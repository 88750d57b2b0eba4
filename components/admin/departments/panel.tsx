import type { ControlPanelDefinition } from '../../options/panel-registry.ts';
import { rolesFor } from '../shared/roles.ts';
import { DepartmentsPanel } from './departments-panel.tsx';
import '../shared/admin.css';
import { t } from '../../../utils/i18n.ts';

const panel: ControlPanelDefinition = {
  id: 'departments',
  title: t('departments'),
  roles: rolesFor('departments'),
  order: 30,
  component: DepartmentsPanel,
};
export default panel;
