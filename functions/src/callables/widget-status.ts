import type { WidgetStatusResponse } from '../../../utils/domain/callables.ts';
import { poolMembers, poolOf, someoneBusyOnline } from '../../../utils/domain/queue.ts';
import { departmentAvailability, routeChat } from '../../../utils/domain/routing.ts';
import { type WidgetLook, widgetLookFrom } from '../../../utils/domain/widget-look.ts';
import { WIDGET_APP_CHECK } from '../app-check.ts';
import { isCallerBlocked } from '../blocks.ts';
import { callable } from '../callable.ts';
import { valid } from '../input.ts';
import { validateWidgetStatusRequest } from '../requests.ts';
import { loadRoutingContext } from '../routing-context.ts';
import { isWorkspaceLive, markOnboarding } from '../workspace-status.ts';

/**
 * What the widget needs before its welcome screen: can anyone take a chat from this page, which
 * departments to offer, and the look the admin set (from the workspace document it reads anyway,
 * so the look costs no read; ADR 011). Open to anyone (visitors call it before signing in). The
 * first call from a page ticks "Install the widget" on the getting-started checklist.
 */
export const widgetStatus = callable(
  'widgetStatus',
  async (request): Promise<WidgetStatusResponse> => {
    const { workspaceId, pageUrl } = valid(validateWidgetStatusRequest(request.data));
    const [context, blocked] = await Promise.all([
      loadRoutingContext(workspaceId),
      isCallerBlocked(workspaceId, request), // ADR 010
    ]);
    const look = lookOf(context.workspace.widgetLook);
    if (blocked) {
      // The panel that says so still wears the site's look.
      return {
        available: false,
        routingMode: context.mode,
        departments: [],
        blocked: true,
        ...look,
      };
    }
    if (!(await isWorkspaceLive(workspaceId, context.workspace))) {
      // Not verified yet: the widget shows neither chat nor off-line form (see isWorkspaceLive).
      return { available: false, routingMode: context.mode, departments: [], inactive: true };
    }
    await markOnboarding(workspaceId, context.workspace, 'widget', pageUrl);
    // A chat may also wait in the queue while someone who could take it is online but busy
    // (ADR 008): the welcome screen then leads there rather than to the off-line form.
    const departments = departmentAvailability(context).map((d) => ({
      ...d,
      available:
        d.available || someoneBusyOnline(context, poolMembers(`department:${d.id}`, context)),
    }));
    if (context.mode === 'departments' && departments.length > 0) {
      // The visitor picks a department, so the widget is live when one of them can answer.
      return {
        available: departments.some((d) => d.available),
        routingMode: context.mode,
        departments,
        ...look,
      };
    }
    const routed = routeChat({ ...context, pageUrl });
    return {
      available:
        routed.ok &&
        (routed.candidates.length > 0 ||
          someoneBusyOnline(context, poolMembers(poolOf(routed.basis), context))),
      routingMode: context.mode,
      departments,
      ...look,
    };
  },
  WIDGET_APP_CHECK,
);

/** Only the valid parts of the stored look (the rules can't check the accent's contrast). */
function lookOf(stored: unknown): { look?: WidgetLook } {
  const look = widgetLookFrom(stored);
  return Object.keys(look).length > 0 ? { look } : {};
}
