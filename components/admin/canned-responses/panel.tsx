import type { ControlPanelDefinition } from '../../options/panel-registry.ts';
import { rolesFor } from '../shared/roles.ts';
import { CannedResponsesPanel } from './canned-panel.tsx';
import '../shared/admin.css';
import { t } from '../../../utils/i18n.ts';

/** Seen by every operator (read-only for Normal ones); administrators edit. */
const panel: ControlPanelDefinition = {
  id: 'canned-responses',
  title: t('cannedResponses'),
  roles: rolesFor('cannedResponses'),
  order: 50,
  component: CannedResponsesPanel,
};
export default panel;
