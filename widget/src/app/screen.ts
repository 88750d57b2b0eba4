/** What the widget's panel shows (WidgetController.screen) and where the visitor is. */
export type Screen =
  | { kind: 'loading' }
  | { kind: 'welcome' }
  | { kind: 'chat' }
  /** unavailable: nobody can take a chat now; missed: a queued chat was never accepted */
  | { kind: 'offline'; reason: 'unavailable' | 'missed' }
  | { kind: 'offline-sent'; email: string }
  /** the workspace is not live yet (its creator has not verified their email) */
  | { kind: 'inactive' }
  /** this visitor is blocked (ADR 010) */
  | { kind: 'blocked' }
  /** the service could not be reached at all; the panel offers to retry */
  | { kind: 'failed'; message: string };

export interface PageInfo {
  pageUrl: string;
  referrer?: string;
}
