import type { ControlPanelDefinition } from './panel-registry.ts';
import { ProfilePanel } from './profile-panel/profile-panel.tsx';

/** Panels the shell itself provides; admin features add theirs from components/admin/. */
export const SHELL_PANELS: ControlPanelDefinition[] = [
  {
    id: 'profile',
    title: 'My profile',
    roles: ['admin', 'normal'],
    order: 10,
    component: ProfilePanel,
  },
];
