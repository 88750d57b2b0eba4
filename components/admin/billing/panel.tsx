import type { ControlPanelDefinition } from '../../options/panel-registry.ts';
import { rolesFor } from '../shared/roles.ts';
import { BillingPanel } from './billing-panel.tsx';
import '../shared/admin.css';
import { t } from '../../../utils/i18n.ts';

/** Administrators only (seed manual: Normal operators can't view invoices or manage cards). */
const panel: ControlPanelDefinition = {
  id: 'billing',
  title: t('billing'),
  roles: rolesFor('billing'),
  order: 60,
  component: BillingPanel,
};
export default panel;
