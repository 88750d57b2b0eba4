/** Why the console signed an operator out (access-watch.ts), from the catalogue. */
import { t } from '../i18n.ts';

/** The ended access's cause, and how many unsent messages had to be thrown away with it. */
export function accessEndedNotice(cause: 'deleted' | 'deactivated', unsent: number): string {
  const reason =
    cause === 'deleted' ? t('signedOutAccountDeleted') : t('signedOutAccountDeactivated');
  if (unsent === 0) return reason;
  return (
    reason + (unsent === 1 ? t('discardedOneUnsentMessage') : t('discardedUnsentMessages', unsent))
  );
}

export function roleChangedNotice(): string {
  return t('signedOutRoleChanged');
}
