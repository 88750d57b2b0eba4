import type { OfflineMessage } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const offlineMessageConverter = modelConverter<OfflineMessage>();

export const offlineMessagesCol = (ws: string) =>
  db().collection(paths.offlineMessages(ws)).withConverter(offlineMessageConverter);
export const offlineMessageRef = (ws: string, id: string) =>
  db().doc(paths.offlineMessage(ws, id)).withConverter(offlineMessageConverter);
