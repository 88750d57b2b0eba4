import type { Firestore } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { setChatTimeouts } from './workspace.ts';

// No Firestore behind it: a refused value must never get as far as a write.
const context = { db: {} as Firestore, workspaceId: 'demo', uid: 'ada' };

describe('setChatTimeouts', () => {
  it('refuses an out-of-range timeout with the form message before writing anything', async () => {
    const attempt = setChatTimeouts(context, {
      queueTimeoutSeconds: 180,
      transferTimeoutSeconds: 700,
    });
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(
      'The transfer timeout must be between 15 and 600 seconds.',
    );
  });

  it('refuses fractions the rules would refuse as non-integers', async () => {
    await expect(
      setChatTimeouts(context, { queueTimeoutSeconds: 90.5, transferTimeoutSeconds: 60 }),
    ).rejects.toThrow('The queue timeout must be a whole number of seconds.');
  });
});
