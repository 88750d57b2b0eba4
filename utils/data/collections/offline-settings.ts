import { doc, type Firestore } from 'firebase/firestore';
import type { OfflineSettings } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { converter, strings } from '../convert.ts';

export function offlineSettingsFromData(data: Record<string, unknown>): OfflineSettings {
  return { recipientIds: strings(data.recipientIds) };
}

/** settings/offline holds only recipientIds (the rules allow nothing else). */
export const offlineSettingsConverter = converter<OfflineSettings>(
  (_id, data) => offlineSettingsFromData(data),
  (settings) => {
    return { recipientIds: (settings as OfflineSettings).recipientIds };
  },
);

export const offlineSettingsRef = (db: Firestore, ws: string) =>
  doc(db, paths.offlineSettings(ws)).withConverter(offlineSettingsConverter);
