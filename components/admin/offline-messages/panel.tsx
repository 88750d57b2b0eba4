import type { ControlPanelDefinition } from '../../options/panel-registry.ts';
import { rolesFor } from '../shared/roles.ts';
import { OfflineMessagesPanel } from './offline-messages-panel.tsx';
import '../shared/admin.css';
import { t } from '../../../utils/i18n.ts';

const panel: ControlPanelDefinition = {
  id: 'offline-messages',
  title: t('offLineMessages'),
  roles: rolesFor('offlineMessages'),
  order: 76,
  component: OfflineMessagesPanel,
};
export default panel;
