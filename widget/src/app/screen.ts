/** Which screen the widget shows, and the small shapes the controller passes around. */

export type Screen =
  | { kind: 'loading' }
  | { kind: 'welcome' }
  | { kind: 'chat' }
  /**
   * unavailable: nobody can take a chat now; missed: a queued chat was never accepted; queue:
   * the visitor chose to leave a message instead of waiting
   */
  | { kind: 'offline'; reason: OfflineReason }
  | { kind: 'offline-sent'; email: string }
  /** the workspace is not live yet (its creator has not verified their email) */
  | { kind: 'inactive' }
  /** this visitor is blocked (ADR 010) */
  | { kind: 'blocked' }
  /** the service could not be reached at all; the panel offers to retry */
  | { kind: 'failed'; message: string };

export type OfflineReason = 'unavailable' | 'missed' | 'queue';

export interface PageInfo {
  pageUrl: string;
  referrer?: string;
}

/** `{[key]: value}`, or nothing for an absent or empty value (optional fields stay absent). */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined || value === '' ? {} : { [key]: value }) as { [P in K]?: V };
}
