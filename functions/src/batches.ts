import type { WriteBatch } from 'firebase-admin/firestore';
import { db } from './admin.ts';

/** One step of a clean-up: a few writes (at most three documents) added to a batch. */
export type BatchStep = (batch: WriteBatch) => void;

/**
 * Commits `steps` in as few batches as the 500-write limit allows (150 steps of up to three
 * writes each), in order; nothing to do commits nothing.
 */
export async function commitSteps(steps: readonly BatchStep[]): Promise<void> {
  for (let i = 0; i < steps.length; i += 150) {
    const batch = db().batch();
    for (const step of steps.slice(i, i + 150)) step(batch);
    await batch.commit();
  }
}
