import type { ControlPanelDefinition } from '../../options/panel-registry.ts';
import { rolesFor } from '../shared/roles.ts';
import { BlockedVisitorsPanel } from './blocked-visitors-panel.tsx';
import '../shared/admin.css';
import { t } from '../../../utils/i18n.ts';

const panel: ControlPanelDefinition = {
  id: 'blocked-visitors',
  title: t('blockedVisitors'),
  roles: rolesFor('blockedVisitors'),
  order: 78,
  component: BlockedVisitorsPanel,
};
export default panel;
