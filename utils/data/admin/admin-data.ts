import type { Firestore } from 'firebase/firestore';
import type { OfflineSettings, Role } from '../../domain/model.ts';
import { t } from '../../i18n.ts';
import { type BlockDoc, blocksNewestFirst } from '../collections/blocks.ts';
import {
  type CannedResponseDoc,
  cannedResponsesCollection,
} from '../collections/canned-responses.ts';
import { type DepartmentDoc, departmentsCollection } from '../collections/departments.ts';
import { type InvoiceDoc, invoicesNewestFirst } from '../collections/invoices.ts';
import { offlineSettingsRef } from '../collections/offline-settings.ts';
import {
  byDefaultThenBrand,
  type PaymentMethodDoc,
  paymentMethodsCollection,
} from '../collections/payment-methods.ts';
import { type TeamPresence, teamPresenceRef } from '../collections/presence.ts';
import { type UrlRouteDoc, urlRoutesCollection } from '../collections/url-routes.ts';
import { type WorkspaceDoc, workspaceRef } from '../collections/workspaces.ts';
import { LiveDoc, LiveList } from '../live.ts';
import type { AdminContext } from './context.ts';
import { OperatorAccounts } from './operator-accounts.ts';
import { byDisplayName } from './operators.ts';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
const byShortcut = (a: CannedResponseDoc, b: CannedResponseDoc) =>
  a.shortcut.localeCompare(b.shortcut);
const byPattern = (a: UrlRouteDoc, b: UrlRouteDoc) => a.pattern.localeCompare(b.pattern);

/**
 * Every collection the Control Panel shows, as live signal sources for one workspace. Nothing
 * listens until a panel retains a source (see ../live.ts), so a normal operator, whose
 * panels retain only operators and canned responses, never asks for data the rules refuse them.
 */
export class AdminData {
  readonly context: AdminContext;
  readonly workspace: LiveDoc<WorkspaceDoc>;
  readonly operators: OperatorAccounts;
  /** the presence board (ADR 006), not every heartbeat */
  readonly presences: LiveDoc<TeamPresence[]>;
  readonly departments: LiveList<DepartmentDoc>;
  readonly urlRoutes: LiveList<UrlRouteDoc>;
  readonly offlineSettings: LiveDoc<OfflineSettings>;
  readonly canned: LiveList<CannedResponseDoc>;
  readonly invoices: LiveList<InvoiceDoc>;
  readonly paymentMethods: LiveList<PaymentMethodDoc>;
  /** visitor blocks, newest first (ADR 010) */
  readonly blocks: LiveList<BlockDoc>;

  constructor(db: Firestore, workspaceId: string, uid: string, role: Role) {
    const ws = workspaceId;
    this.context = { db, workspaceId, uid };
    this.workspace = new LiveDoc(t('liveTheWorkspace'), () => workspaceRef(db, ws));
    this.operators = new OperatorAccounts(db, ws, { uid, role }, byDisplayName);
    this.presences = new LiveDoc(t('livePresence'), () => teamPresenceRef(db, ws));
    this.departments = new LiveList(t('liveTheDepartments'), () => departmentsCollection(db, ws), {
      order: byName,
    });
    this.urlRoutes = new LiveList(t('liveTheUrlRoutingRules'), () => urlRoutesCollection(db, ws), {
      order: byPattern,
    });
    this.offlineSettings = new LiveDoc(t('liveTheOfflineRecipients'), () =>
      offlineSettingsRef(db, ws),
    );
    this.canned = new LiveList(
      t('liveTheCannedResponses'),
      () => cannedResponsesCollection(db, ws),
      {
        order: byShortcut,
      },
    );
    this.invoices = new LiveList(t('liveTheInvoices'), () => invoicesNewestFirst(db, ws));
    this.paymentMethods = new LiveList(
      t('liveThePaymentMethods'),
      () => paymentMethodsCollection(db, ws),
      { order: byDefaultThenBrand },
    );
    this.blocks = new LiveList(t('liveTheBlockedVisitors'), () => blocksNewestFirst(db, ws));
  }
}

export type AdminSourceName = {
  [K in keyof AdminData]: AdminData[K] extends { retain(): () => void } ? K : never;
}[keyof AdminData];

let shared: { key: string; data: AdminData } | undefined;

/** The page's one AdminData for the signed-in operator (a new one after switching accounts). */
export function adminDataFor(
  db: Firestore,
  workspaceId: string,
  uid: string,
  role: Role,
): AdminData {
  const key = `${workspaceId}|${uid}|${role}`;
  if (shared?.key !== key) shared = { key, data: new AdminData(db, workspaceId, uid, role) };
  return shared.data;
}
