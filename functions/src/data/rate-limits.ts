import type { RateLimitLog } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const rateLimitConverter = modelConverter<RateLimitLog>(() => ({ events: {} }));

/** The caller's rate-limit log; functions only, the rules refuse every client (ADR 001). */
export const rateLimitRef = (ws: string, uid: string) =>
  db().doc(paths.rateLimit(ws, uid)).withConverter(rateLimitConverter);
