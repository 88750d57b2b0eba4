import type { RoutingMode } from '../../../utils/domain/model.ts';
import { t } from '../../../utils/i18n.ts';

/** Shown beside both routing switches: the seed manual's note. */
export const EXCLUSIVE_ROUTING_NOTE = t('departmentRoutingAndUrlRoutingCannot');

/** What changed for visitors when the routing mode moved from `previous` to `next`. */
export function routingChangeNotice(previous: RoutingMode, next: RoutingMode): string {
  if (next === 'url')
    return previous === 'departments'
      ? 'URL routing is on. Department routing has been turned off: visitors no longer choose a department.'
      : 'URL routing is on: chats from matching addresses go to the operators of their rule.';
  if (next === 'departments')
    return previous === 'url'
      ? t('departmentRoutingIsOnUrlRouting')
      : t('departmentRoutingIsOnVisitorsChoose');
  return t('chatsNowGoToEveryAvailable');
}
