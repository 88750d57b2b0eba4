import {
  type DocumentData,
  doc,
  type Firestore,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
  type SnapshotOptions,
} from 'firebase/firestore';
import type { OfflineSettings } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { dataOf, strings } from '../convert.ts';

export function offlineSettingsFromData(data: Record<string, unknown>): OfflineSettings {
  return { recipientIds: strings(data.recipientIds) };
}

/** settings/offline holds only recipientIds (the rules allow nothing else). */
export const offlineSettingsConverter: FirestoreDataConverter<OfflineSettings, DocumentData> = {
  toFirestore(settings) {
    return { recipientIds: (settings as OfflineSettings).recipientIds };
  },
  fromFirestore(snapshot: QueryDocumentSnapshot, options?: SnapshotOptions) {
    return offlineSettingsFromData(dataOf(snapshot, options));
  },
};

export const offlineSettingsRef = (db: Firestore, ws: string) =>
  doc(db, paths.offlineSettings(ws)).withConverter(offlineSettingsConverter);
