/**
 * Where the load benchmark's visitors go: the operators split over two workspaces, one routing by
 * department (each department half of its operators) and one by URL rule (each rule half of its
 * operators), so every visitor's chat goes through the routing a customer configures. Built on the
 * cost benchmark's team (cost/team.ts), then given its routing.
 */
import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import type { OfferMode } from '../../../utils/domain/offers.ts';
import { paths } from '../../../utils/domain/paths.ts';
import type { OperatorAccount } from '../cost/operator-client.ts';
import { makeTeam } from '../cost/team.ts';
import type { VisitorPlace } from '../cost/visitor-client.ts';

export interface LoadWorkspace {
  ws: string;
  accounts: OperatorAccount[];
  /** The places a visitor of this workspace may be: a department chosen, or a page a rule matches. */
  places: VisitorPlace[];
}

const SITE = 'http://127.0.0.1:5173';

export async function makeLoadWorkspaces(
  admin: { db: Firestore; auth: Auth },
  operators: number,
  maxChats: number,
  offerMode: OfferMode,
): Promise<LoadWorkspace[]> {
  const suffix = Date.now().toString(36);
  const halves = [Math.ceil(operators / 2), Math.floor(operators / 2)];
  const [byDepartment, byUrl] = await Promise.all([
    makeTeam(admin.db, admin.auth, `load-dept-${suffix}`, halves[0]!, offerMode),
    makeTeam(admin.db, admin.auth, `load-url-${suffix}`, halves[1]!, offerMode),
  ]);
  const split = (accounts: OperatorAccount[]) => {
    const uids = accounts.map((a) => a.uid);
    const middle = Math.ceil(uids.length / 2);
    return [uids.slice(0, middle), uids.slice(middle)] as const;
  };
  const batch = admin.db.batch();
  const dept = `load-dept-${suffix}`;
  const url = `load-url-${suffix}`;
  const [sales, support] = split(byDepartment);
  batch.update(admin.db.doc(paths.workspace(dept)), { routingMode: 'departments' });
  batch.set(admin.db.doc(paths.department(dept, 'sales')), { name: 'Sales', operatorIds: sales });
  batch.set(admin.db.doc(paths.department(dept, 'support')), {
    name: 'Support',
    operatorIds: support,
  });
  const [pricing, help] = split(byUrl);
  batch.update(admin.db.doc(paths.workspace(url)), { routingMode: 'url' });
  batch.set(admin.db.doc(paths.urlRoute(url, 'pricing')), {
    pattern: '127.0.0.1*/pricing*',
    operatorIds: pricing,
  });
  batch.set(admin.db.doc(paths.urlRoute(url, 'help')), {
    pattern: '127.0.0.1*/help*',
    operatorIds: help,
  });
  for (const account of [...byDepartment, ...byUrl]) {
    const ws = byDepartment.includes(account) ? dept : url;
    batch.update(admin.db.doc(paths.operator(ws, account.uid)), { maxChats });
  }
  await batch.commit();
  return [
    {
      ws: dept,
      accounts: byDepartment,
      places: [
        { departmentId: 'sales', pageUrl: `${SITE}/` },
        { departmentId: 'support', pageUrl: `${SITE}/` },
      ],
    },
    {
      ws: url,
      accounts: byUrl,
      places: [{ pageUrl: `${SITE}/pricing/pro` }, { pageUrl: `${SITE}/help/returns` }],
    },
  ];
}

/** Waits until the routing summary knows every department and URL rule (its triggers caught up). */
export async function waitForRouting(db: Firestore, workspaces: LoadWorkspace[]) {
  const deadline = Date.now() + 120_000;
  for (const { ws, places } of workspaces) {
    const wanted = places.some((p) => p.departmentId) ? 'departments' : 'urlRoutes';
    for (;;) {
      const summary = (await db.doc(paths.routingSummary(ws)).get()).get(wanted) as
        | Record<string, unknown>
        | undefined;
      if (Object.keys(summary ?? {}).length >= 2) break;
      if (Date.now() > deadline)
        throw new Error(`the routing summary of ${ws} never showed its ${wanted}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
