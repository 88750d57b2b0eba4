import type { OfflineSettings } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const offlineSettingsConverter = modelConverter<OfflineSettings>(() => ({
  recipientIds: [],
}));

export const offlineSettingsRef = (ws: string) =>
  db().doc(paths.offlineSettings(ws)).withConverter(offlineSettingsConverter);
