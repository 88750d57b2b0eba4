import type { ControlPanelDefinition } from '../../options/panel-registry.ts';
import { rolesFor } from '../shared/roles.ts';
import { ProfilePanel } from './profile-panel.tsx';
import '../shared/admin.css';
import { t } from '../../../utils/i18n.ts';

/**
 * Replaces the shell's read-only "My profile" (same id; the registry lets a later panel replace
 * an earlier one) with one where operators change their name and password and see their SIP info.
 */
const panel: ControlPanelDefinition = {
  id: 'profile',
  title: t('myProfile'),
  roles: rolesFor('profile'),
  order: 10,
  component: ProfilePanel,
};
export default panel;
