import { callable } from '../callable.ts';
import { valid } from '../input.ts';
import { availableOperatorIds, candidates } from '../pending-domain/routing.ts';
import { validateWidgetStatus } from '../pending-domain/validation.ts';
import { loadRoutingContext } from '../routing-context.ts';

export interface WidgetStatusResult {
  /** Whether a chat started now would reach an operator (else the widget shows the offline form). */
  available: boolean;
  routingMode: 'all' | 'departments' | 'url';
  /** The departments a visitor may choose (departments mode only; empty otherwise). */
  departments: { id: string; name: string; available: boolean }[];
}

/**
 * What the widget needs before its welcome screen: can anyone take a chat from this page, and
 * which departments to offer. Open to anyone (visitors call it before signing in).
 */
export const widgetStatus = callable('widgetStatus', async (request) => {
  const { workspaceId, pageUrl } = valid(validateWidgetStatus(request.data));
  const context = await loadRoutingContext(workspaceId);
  const { routingMode } = context;
  if (routingMode === 'departments') {
    const available = new Set(availableOperatorIds(context));
    const departments = context.departments
      .map((d) => ({
        id: d.id,
        name: d.name,
        available: d.operatorIds.some((id: string) => available.has(id)),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return {
      available: departments.some((d) => d.available),
      routingMode,
      departments,
    } satisfies WidgetStatusResult;
  }
  return {
    available: candidates(context, { pageUrl }).length > 0,
    routingMode,
    departments: [],
  } satisfies WidgetStatusResult;
});
