import type { ControlPanelDefinition } from '../../options/panel-registry.ts';
import { rolesFor } from '../shared/roles.ts';
import { OperatorsPanel } from './operators-panel.tsx';
import '../shared/admin.css';
import { t } from '../../../utils/i18n.ts';

/** The seed manual's chapter 4 "Chat Operators" panel. */
const panel: ControlPanelDefinition = {
  id: 'operators',
  title: t('chatOperators'),
  roles: rolesFor('operators'),
  order: 20,
  component: OperatorsPanel,
};
export default panel;
