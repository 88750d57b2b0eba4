/**
 * The getting-started checklist a new administrator lands on: what is left to do before the
 * first chat, each item ticked by the data itself (never by a click), so it can't lie.
 */
import type { WorkspaceOnboarding } from './model.ts';

export type ChecklistItemId =
  | 'verify-email'
  | 'operators'
  | 'routing'
  | 'canned-responses'
  | 'widget'
  | 'test-chat';

export interface ChecklistItem {
  id: ChecklistItemId;
  title: string;
  /** What to do, or what was done once it is. */
  detail: string;
  done: boolean;
  /** The Control Panel section that does it (URL hash) and its link text, if any. */
  panel?: string;
  action?: string;
}

export interface ChecklistFacts {
  emailVerified: boolean;
  operatorCount: number;
  departmentCount: number;
  urlRouteCount: number;
  cannedCount: number;
  onboarding: WorkspaceOnboarding | undefined;
}

/** "1 department", "2 departments" */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function gettingStartedChecklist(facts: ChecklistFacts): ChecklistItem[] {
  const widgetPage = facts.onboarding?.widgetSeenOn;
  return [
    {
      id: 'verify-email',
      title: 'Verify your email address',
      detail: facts.emailVerified
        ? 'Verified.'
        : 'Open the link we emailed you. The widget stays off until you do.',
      done: facts.emailVerified,
    },
    {
      id: 'operators',
      title: 'Add operators',
      detail:
        facts.operatorCount > 1
          ? `${count(facts.operatorCount, 'operator')}.`
          : 'Invite your colleagues, or add them with a password you choose.',
      done: facts.operatorCount > 1,
      panel: 'operators',
      action: 'Open Chat Operators',
    },
    {
      id: 'routing',
      title: 'Set up departments or URL routing',
      detail:
        facts.departmentCount + facts.urlRouteCount > 0
          ? `${count(facts.departmentCount, 'department')}, ${count(facts.urlRouteCount, 'URL routing rule')}.`
          : 'Until then every chat rings all available operators.',
      done: facts.departmentCount + facts.urlRouteCount > 0,
      panel: 'departments',
      action: 'Open Departments (URL routing is in the Chat Operators menu)',
    },
    {
      id: 'canned-responses',
      title: 'Add canned responses',
      detail:
        facts.cannedCount > 0
          ? `${count(facts.cannedCount, 'canned response')}.`
          : 'Answers you type often, sent with a short-cut command.',
      done: facts.cannedCount > 0,
      panel: 'canned-responses',
      action: 'Open Canned responses',
    },
    {
      id: 'widget',
      title: 'Install the widget',
      detail: widgetPage
        ? `The widget answered on ${widgetPage}.`
        : 'Paste the snippet into your website; this ticks when the widget first loads there.',
      done: Boolean(facts.onboarding?.widgetSeenAt),
      panel: 'widget-install',
      action: 'Open Widget install',
    },
    {
      id: 'test-chat',
      title: 'Send yourself a test chat',
      detail: facts.onboarding?.firstChatAt
        ? 'Your first chat arrived.'
        : 'Go online in the side panel, then start a chat from your website.',
      done: Boolean(facts.onboarding?.firstChatAt),
    },
  ];
}

/** "3 of 6 done" */
export function checklistProgress(items: readonly ChecklistItem[]): {
  done: number;
  total: number;
} {
  return { done: items.filter((item) => item.done).length, total: items.length };
}
