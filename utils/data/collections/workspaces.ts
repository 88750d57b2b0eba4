import { doc, type Firestore } from 'firebase/firestore';
import { isKnownCurrency } from '../../domain/billing.ts';
import {
  ROUTING_MODES,
  type WithId,
  type Workspace,
  type WorkspaceOnboarding,
} from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { widgetLookFrom } from '../../domain/widget-look.ts';
import {
  converter,
  num,
  oneOf,
  optionalDate,
  optionalStr,
  record,
  str,
  toDate,
} from '../convert.ts';

export type WorkspaceDoc = WithId<Workspace>;

export function workspaceFromData(id: string, data: Record<string, unknown>): WorkspaceDoc {
  const currency = str(data.currency, 'EUR');
  return {
    id,
    name: str(data.name, id),
    seatPrice: Math.max(0, Math.round(num(data.seatPrice))),
    currency: isKnownCurrency(currency) ? currency : 'EUR',
    routingMode: oneOf(data.routingMode, ROUTING_MODES, 'all'),
    createdAt: toDate(data.createdAt),
    ...positiveSeconds('queueTimeoutSeconds', data.queueTimeoutSeconds),
    ...positiveSeconds('transferTimeoutSeconds', data.transferTimeoutSeconds),
    ...(typeof data.transcriptRetentionDays === 'number' && data.transcriptRetentionDays > 0
      ? { transcriptRetentionDays: data.transcriptRetentionDays }
      : {}),
    // Only sign-up writes false; every older workspace counts as verified.
    verified: data.verified !== false,
    onboarding: onboardingFrom(record(data.onboarding)),
    widgetLook: widgetLookFrom(data.widgetLook),
  };
}

function onboardingFrom(data: Record<string, unknown>): WorkspaceOnboarding {
  const widgetSeenAt = optionalDate(data.widgetSeenAt);
  const widgetSeenOn = optionalStr(data.widgetSeenOn);
  const firstChatAt = optionalDate(data.firstChatAt);
  return {
    ...(widgetSeenAt ? { widgetSeenAt } : {}),
    ...(widgetSeenOn ? { widgetSeenOn } : {}),
    ...(firstChatAt ? { firstChatAt } : {}),
  };
}

/** An optional timeout: kept only when it is a positive number (absent means the default). */
function positiveSeconds<K extends string>(key: K, value: unknown): { [P in K]?: number } {
  return typeof value === 'number' && value > 0 ? ({ [key]: value } as { [P in K]: number }) : {};
}

/**
 * Read side; the Control Panel changes the workspace with setRoutingMode, setChatTimeouts and
 * setWidgetLook.
 */
export const workspaceConverter = converter<WorkspaceDoc>(
  workspaceFromData,
  'Change the workspace with setRoutingMode(), setChatTimeouts() or setWidgetLook().',
);

export const workspaceRef = (db: Firestore, ws: string) =>
  doc(db, paths.workspace(ws)).withConverter(workspaceConverter);
