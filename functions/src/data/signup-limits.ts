import type { RateLimitLog } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const signupLimitConverter = modelConverter<RateLimitLog>(() => ({ events: {} }));

/**
 * Sign-up attempts for one key (a hash of an email or IP address, never the address itself);
 * functions only, the rules refuse every client.
 */
export const signupLimitRef = (key: string) =>
  db().doc(paths.signupLimit(key)).withConverter(signupLimitConverter);
