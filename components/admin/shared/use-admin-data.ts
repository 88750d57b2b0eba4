import { useEffect, useState } from 'preact/hooks';
import {
  type AdminData,
  type AdminSourceName,
  adminDataFor,
} from '../../../utils/data/admin/admin-data.ts';
import { getFirebase } from '../../../utils/data/firebase.ts';
import type { OperatorSession } from '../../../utils/data/session.ts';

/**
 * The Control Panel's live data for a panel: starts Firebase if needed and keeps the named
 * sources listening while the panel is shown. null until Firebase is ready.
 */
export function useAdminData(
  operator: OperatorSession,
  sources: readonly AdminSourceName[],
): AdminData | null {
  const [data, setData] = useState<AdminData | null>(null);
  const key = sources.join(',');

  useEffect(() => {
    let cancelled = false;
    let releases: (() => void)[] = [];
    void getFirebase().then(({ db }) => {
      if (cancelled) return;
      const admin = adminDataFor(db, operator.workspaceId, operator.uid, operator.role);
      releases = sources.map((name) => admin[name].retain());
      setData(admin);
    });
    return () => {
      cancelled = true;
      for (const release of releases) release();
    };
    // sources are compared by their joined names
  }, [operator.workspaceId, operator.uid, operator.role, key]);

  return data;
}
