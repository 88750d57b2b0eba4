import type { CollectionReference, DocumentReference } from 'firebase-admin/firestore';
import type { OfflineDelivery, WithId } from '../../../utils/domain/model.ts';
import type { ComposedMail } from './compose.ts';

/** A document that is mailed and carries its own delivery log (sent, retried, failed). */
export type Mailable = { delivery: OfflineDelivery };

/**
 * One kind of mail the functions send with retries (delivery.ts): where its documents live and
 * what the mail says. Off-line messages and transcripts go through the same path.
 */
export interface Mailbox<D extends Mailable> {
  /** for logs: 'off-line message', 'transcript' */
  what: string;
  collection(ws: string): CollectionReference<WithId<D>>;
  ref(ws: string, id: string): DocumentReference<WithId<D>>;
  compose(ws: string, item: WithId<D>): Promise<ComposedMail>;
  /** Why it can't be sent at all (retrying would not help), or null. */
  undeliverable(item: WithId<D>): string | null;
}
