import type { CannedResponse } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const cannedResponseConverter = modelConverter<CannedResponse>();

/** The workspace's canned responses (the SIP gateway expands `/shortcut` from them). */
export const cannedResponsesCol = (ws: string) =>
  db().collection(paths.cannedResponses(ws)).withConverter(cannedResponseConverter);
