import { deleteField, writeBatch } from 'firebase/firestore';
import { type ChatTimeouts, validateChatTimeouts } from '../../domain/chat-timeouts.ts';
import type { RoutingMode } from '../../domain/model.ts';
import { type OfferSettings, validateOfferSettings } from '../../domain/offers.ts';
import { parseRetentionDays } from '../../domain/retention.ts';
import { validateWidgetLook, type WidgetLook } from '../../domain/widget-look.ts';
import { appendAudit } from '../collections/audit-log.ts';
import { workspaceRef } from '../collections/workspaces.ts';
import { InputError, valueOrThrow } from '../errors.ts';
import { problemMessage } from '../problem-message.ts';
import type { AdminContext } from './context.ts';

/**
 * One enum decides how chats are routed ('all' | 'departments' | 'url'), so turning URL routing
 * on turns department routing off and the other way round, as the seed manual requires.
 */
export async function setRoutingMode(context: AdminContext, mode: RoutingMode): Promise<void> {
  const batch = writeBatch(context.db);
  batch.update(workspaceRef(context.db, context.workspaceId), { routingMode: mode });
  appendAudit(batch, context, 'workspace.routingChanged', context.workspaceId, { mode });
  await batch.commit();
}

/**
 * The queue and transfer timeouts (ADR 001), as typed: validated with the bounds firestore.rules
 * enforces (an InputError says what is wrong before anything is sent), stored as whole seconds.
 * Both are written, so the stored pair is always what the form showed.
 */
export async function setChatTimeouts(
  context: AdminContext,
  input: { queueTimeoutSeconds: unknown; transferTimeoutSeconds: unknown },
): Promise<ChatTimeouts> {
  const timeouts = valueOrThrow(validateChatTimeouts(input));
  const batch = writeBatch(context.db);
  batch.update(workspaceRef(context.db, context.workspaceId), { ...timeouts });
  appendAudit(batch, context, 'workspace.timeoutsChanged', context.workspaceId, { ...timeouts });
  await batch.commit();
  return timeouts;
}

/**
 * The widget's look (ADR 011): validated as the form shows it (the contrast of white text on the
 * accent colour, which the rules can't compute, included), then stored whole, so parts left
 * empty go back to the widget's defaults. The audit entry lists what was set.
 */
export async function setWidgetLook(
  context: AdminContext,
  input: { title?: unknown; greeting?: unknown; accent?: unknown; position?: unknown },
): Promise<WidgetLook> {
  const result = validateWidgetLook(input);
  if (!result.ok) throw new InputError(problemMessage(result.problem));
  const look = result.value;
  const batch = writeBatch(context.db);
  batch.update(workspaceRef(context.db, context.workspaceId), { widgetLook: look });
  appendAudit(batch, context, 'workspace.widgetLookChanged', context.workspaceId, {
    ...(look.title ? { title: look.title } : {}),
    ...(look.accent ? { accent: look.accent } : {}),
    ...(look.position ? { position: look.position } : {}),
    greeting: look.greeting ? 'set' : 'default',
  });
  await batch.commit();
  return look;
}

/**
 * How chats are offered (ADR 008): everyone at once or one at a time for so many seconds,
 * validated with the rules' bounds, both stored so the pair is what the form showed; audited.
 */
export async function setOfferSettings(
  context: AdminContext,
  input: { offerMode: unknown; offerSeconds: unknown },
): Promise<OfferSettings> {
  const settings = valueOrThrow(validateOfferSettings(input));
  const batch = writeBatch(context.db);
  batch.update(workspaceRef(context.db, context.workspaceId), { ...settings });
  appendAudit(batch, context, 'workspace.offersChanged', context.workspaceId, { ...settings });
  await batch.commit();
  return settings;
}

/**
 * How long transcripts are kept (ADR 009), as typed: '' = forever (the field is removed), else
 * whole days; housekeeping purges what ended earlier. Audited like every workspace change.
 */
export async function setTranscriptRetention(
  context: AdminContext,
  input: string,
): Promise<number | null> {
  const days = valueOrThrow(parseRetentionDays(input));
  const batch = writeBatch(context.db);
  batch.update(workspaceRef(context.db, context.workspaceId), {
    transcriptRetentionDays: days ?? deleteField(),
  });
  appendAudit(batch, context, 'workspace.retentionChanged', context.workspaceId, {
    days: days ?? 'forever',
  });
  await batch.commit();
  return days;
}
