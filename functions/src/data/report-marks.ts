import type { ReportMark } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const reportMarkConverter = modelConverter<ReportMark>();

export const reportMarksCol = (ws: string) =>
  db().collection(paths.reportMarks(ws)).withConverter(reportMarkConverter);
export const reportMarkRef = (ws: string, id: string) =>
  db().doc(paths.reportMark(ws, id)).withConverter(reportMarkConverter);

/** The mark of an off-line message (chat marks use the chat id). */
export const offlineMarkId = (messageId: string) => `offline-${messageId}`;
