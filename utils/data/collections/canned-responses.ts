import { collection, type Firestore, serverTimestamp } from 'firebase/firestore';
import type { CannedResponse, WithId } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { converter, str, toDate } from '../convert.ts';

export type CannedResponseDoc = WithId<CannedResponse>;

export function cannedFromData(id: string, data: Record<string, unknown>): CannedResponseDoc {
  return {
    id,
    shortcut: str(data.shortcut),
    text: str(data.text),
    createdBy: str(data.createdBy),
    updatedAt: toDate(data.updatedAt),
  };
}

/**
 * The console reads canned responses; the Control Panel writes shortcut, text, the author and
 * server time, exactly the keys the rules allow.
 */
export const cannedConverter = converter<CannedResponseDoc>(cannedFromData, (canned) => {
  const { shortcut, text, createdBy } = canned as CannedResponseDoc;
  return { shortcut, text, createdBy, updatedAt: serverTimestamp() };
});

export const cannedResponsesCollection = (db: Firestore, ws: string) =>
  collection(db, paths.cannedResponses(ws)).withConverter(cannedConverter);
