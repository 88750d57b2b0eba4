import type { ControlPanelDefinition } from '../../options/panel-registry.ts';
import { rolesFor } from '../shared/roles.ts';
import { WidgetInstallPanel } from './widget-install-panel.tsx';
import '../shared/admin.css';

const panel: ControlPanelDefinition = {
  id: 'widget-install',
  title: 'Widget install',
  roles: rolesFor('widgetInstall'),
  order: 70,
  component: WidgetInstallPanel,
};
export default panel;
