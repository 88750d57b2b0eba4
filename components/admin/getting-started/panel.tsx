import type { ControlPanelDefinition } from '../../options/panel-registry.ts';
import { rolesFor } from '../shared/roles.ts';
import { GettingStartedPanel } from './getting-started-panel.tsx';
import '../shared/admin.css';
import { t } from '../../../utils/i18n.ts';

const panel: ControlPanelDefinition = {
  id: 'getting-started',
  title: t('gettingStarted'),
  roles: rolesFor('gettingStarted'),
  order: 15,
  component: GettingStartedPanel,
};
export default panel;
