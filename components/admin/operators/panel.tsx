import type { ControlPanelDefinition } from '../../options/panel-registry.ts';
import { rolesFor } from '../shared/roles.ts';
import { OperatorsPanel } from './operators-panel.tsx';
import '../shared/admin.css';

/** The seed manual's chapter 4 "Chat Operators" panel. */
const panel: ControlPanelDefinition = {
  id: 'operators',
  title: 'Chat Operators',
  roles: rolesFor('operators'),
  order: 20,
  component: OperatorsPanel,
};
export default panel;
