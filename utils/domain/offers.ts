/**
 * How a routed chat is offered (ADR 008), a workspace setting:
 * - 'all' (default, the manual's behaviour): every available candidate at once; the first accept
 *   wins;
 * - 'one': one operator at a time, least busy first (fewest active chats, then longest idle, the
 *   order routing.ts gives), for `offerSeconds`; when the offer lapses it moves to the next
 *   candidate who has not let it lapse yet. An operator who lets LAPSES_BEFORE_AWAY offers in a
 *   row lapse is set to Away.
 */
import { OFFER_MODES, type OfferMode, type Workspace } from './model.ts';
import type { Validation } from './validation.ts';

export { OFFER_MODES, type OfferMode };

/** LiveAgent rings one agent for 30 s before the next (docs: peers). */
export const DEFAULT_OFFER_SECONDS = 30;
export const OFFER_SECONDS_BOUNDS = { min: 10, max: 300 } as const;
export const LAPSES_BEFORE_AWAY = 3;

export interface OfferSettings {
  offerMode: OfferMode;
  offerSeconds: number;
}

export const OFFER_MODE_LABELS: Record<OfferMode, string> = {
  all: 'Everyone at once',
  one: 'One at a time, least busy first',
};

/** The settings in force: the stored ones, else the defaults. */
export function offerSettingsOf(
  workspace: Pick<Workspace, 'offerMode' | 'offerSeconds'> | null | undefined,
): OfferSettings {
  const seconds = workspace?.offerSeconds;
  return {
    offerMode: workspace?.offerMode === 'one' ? 'one' : 'all',
    offerSeconds:
      typeof seconds === 'number' && seconds >= OFFER_SECONDS_BOUNDS.min
        ? seconds
        : DEFAULT_OFFER_SECONDS,
  };
}

/** Both settings as typed or sent; the seconds as the chat timeouts are checked. */
export function validateOfferSettings(input: {
  offerMode: unknown;
  offerSeconds: unknown;
}): Validation<OfferSettings> {
  if (!OFFER_MODES.includes(input.offerMode as OfferMode))
    return {
      ok: false,
      message: 'Choose how chats are offered.',
      problem: { kind: 'no-offer-mode' },
    };
  const text = typeof input.offerSeconds === 'string' ? input.offerSeconds.trim() : undefined;
  const value =
    text === undefined ? input.offerSeconds : /^\d+$/.test(text) ? Number(text) : Number.NaN;
  const { min, max } = OFFER_SECONDS_BOUNDS;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    return {
      ok: false,
      message: `The time to answer an offer must be between ${min} and ${max} seconds.`,
      problem: { kind: 'seconds-out-of-range', field: 'offerSeconds', min, max },
    };
  return { ok: true, value: { offerMode: input.offerMode as OfferMode, offerSeconds: value } };
}

/** Who a chat is offered to now, and until when (only one at a time has a deadline). */
export interface Offer {
  offeredTo: string[];
  expiresAt?: Date;
}

/**
 * The offer for `candidates` (available operators, least busy first). One at a time skips those
 * who already let this chat lapse; when everyone has, it starts over with the first.
 */
export function makeOffer(
  settings: OfferSettings,
  candidates: readonly string[],
  now: Date,
  passedBy: readonly string[] = [],
): Offer {
  if (candidates.length === 0) return { offeredTo: [] };
  if (settings.offerMode === 'all') return { offeredTo: [...candidates] };
  const next = candidates.find((uid) => !passedBy.includes(uid)) ?? candidates[0]!;
  return {
    offeredTo: [next],
    expiresAt: new Date(now.getTime() + settings.offerSeconds * 1000),
  };
}

/** Has a one-at-a-time offer run out? (An offer without a deadline never does.) */
export function isOfferLapsed(
  chat: { status: string; offeredTo: readonly string[]; offerExpiresAt?: Date },
  now: Date,
): boolean {
  return (
    chat.status === 'queued' &&
    chat.offeredTo.length > 0 &&
    chat.offerExpiresAt !== undefined &&
    chat.offerExpiresAt.getTime() <= now.getTime()
  );
}

/** An operator's lapse count after one more lapse; Away once it reaches LAPSES_BEFORE_AWAY. */
export function afterLapse(lapses: number | undefined): { lapses: number; setAway: boolean } {
  const next = (lapses ?? 0) + 1;
  return next >= LAPSES_BEFORE_AWAY
    ? { lapses: 0, setAway: true }
    : { lapses: next, setAway: false };
}
