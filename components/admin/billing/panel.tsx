import type { ControlPanelDefinition } from '../../options/panel-registry.ts';
import { rolesFor } from '../shared/roles.ts';
import { BillingPanel } from './billing-panel.tsx';
import '../shared/admin.css';

/** Administrators only (seed manual: Normal operators can't view invoices or manage cards). */
const panel: ControlPanelDefinition = {
  id: 'billing',
  title: 'Billing',
  roles: rolesFor('billing'),
  order: 60,
  component: BillingPanel,
};
export default panel;
