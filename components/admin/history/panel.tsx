import type { ControlPanelDefinition } from '../../options/panel-registry.ts';
import { rolesFor } from '../shared/roles.ts';
import { HistoryPanel } from './history-panel.tsx';
import '../shared/admin.css';
import { t } from '../../../utils/i18n.ts';

const panel: ControlPanelDefinition = {
  id: 'history',
  title: t('history'),
  roles: rolesFor('history'),
  order: 75,
  component: HistoryPanel,
};
export default panel;
