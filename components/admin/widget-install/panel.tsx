import type { ControlPanelDefinition } from '../../options/panel-registry.ts';
import { rolesFor } from '../shared/roles.ts';
import { WidgetInstallPanel } from './widget-install-panel.tsx';
import '../shared/admin.css';
import { t } from '../../../utils/i18n.ts';

const panel: ControlPanelDefinition = {
  id: 'widget-install',
  title: t('widgetInstall'),
  roles: rolesFor('widgetInstall'),
  order: 70,
  component: WidgetInstallPanel,
};
export default panel;
