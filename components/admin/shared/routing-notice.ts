import type { RoutingMode } from '../../../utils/domain/model.ts';

/** Shown beside both routing switches: the seed manual's note. */
export const EXCLUSIVE_ROUTING_NOTE =
  'Department routing and URL routing cannot be used at the same time: turning one on turns the other off.';

/** What changed for visitors when the routing mode moved from `previous` to `next`. */
export function routingChangeNotice(previous: RoutingMode, next: RoutingMode): string {
  if (next === 'url')
    return previous === 'departments'
      ? 'URL routing is on. Department routing has been turned off: visitors no longer choose a department.'
      : 'URL routing is on: chats from matching addresses go to the operators of their rule.';
  if (next === 'departments')
    return previous === 'url'
      ? 'Department routing is on. URL routing has been turned off.'
      : 'Department routing is on: visitors choose a department on the welcome screen.';
  return 'Chats now go to every available operator.';
}
