import type { TranscriptMail } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const transcriptMailConverter = modelConverter<TranscriptMail>();

export const transcriptMailsCol = (ws: string) =>
  db().collection(paths.transcriptMails(ws)).withConverter(transcriptMailConverter);
export const transcriptMailRef = (ws: string, id: string) =>
  db().doc(paths.transcriptMail(ws, id)).withConverter(transcriptMailConverter);
