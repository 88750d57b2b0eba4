import { ROLES, type Role } from '../../../utils/domain/model.ts';
import { type Panel, visiblePanels } from '../../../utils/domain/permissions.ts';

/** Who sees a Control Panel panel, read from utils/domain/permissions.ts (one source of truth). */
export function rolesFor(panel: Panel): Role[] {
  return ROLES.filter((role) => visiblePanels(role).includes(panel));
}
