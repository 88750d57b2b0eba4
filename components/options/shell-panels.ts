import { CannedListPanel } from './canned-list-panel/canned-list-panel.tsx';
import type { ControlPanelDefinition } from './panel-registry.ts';
import { ProfilePanel } from './profile-panel/profile-panel.tsx';

/**
 * Panels the shell itself provides; admin features add theirs from components/admin/. The
 * read-only canned list is replaced by an admin panel registered with the same id.
 */
export const SHELL_PANELS: ControlPanelDefinition[] = [
  {
    id: 'profile',
    title: 'My profile',
    roles: ['admin', 'normal'],
    order: 10,
    component: ProfilePanel,
  },
  {
    id: 'canned-responses',
    title: 'Canned responses',
    roles: ['admin', 'normal'],
    order: 50,
    component: CannedListPanel,
  },
];
