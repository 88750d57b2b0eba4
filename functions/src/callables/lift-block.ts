import { FieldValue } from 'firebase-admin/firestore';
import { nextBlockEntries } from '../../../utils/domain/blocks.ts';
import type { LiftBlockResponse } from '../../../utils/domain/callables.ts';
import { db } from '../admin.ts';
import { requireOperator } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { operatorName } from '../chat-ops.ts';
import { writeAudit } from '../data/audit-log.ts';
import { blockRef, blockSummaryRef, writeBlockSummary } from '../data/blocks.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { validateLiftBlockRequest } from '../requests.ts';

/**
 * An admin ends a block now (Control Panel, Blocked visitors): the record keeps who lifted it and
 * when, the block leaves the summary at once, and the audit log says so. Lifting twice is a no-op.
 */
export const liftBlock = callable('liftBlock', async (request): Promise<LiftBlockResponse> => {
  const { workspaceId: ws, blockId } = valid(validateLiftBlockRequest(request.data));
  const caller = requireOperator(request, ws, 'admin');
  await db().runTransaction(async (tx) => {
    const [block, summary, byName] = await Promise.all([
      tx.get(blockRef(ws, blockId)).then((s) => s.data()),
      tx.get(blockSummaryRef(ws)).then((s) => s.data()),
      operatorName(tx, ws, caller.uid),
    ]);
    if (!block) fail('not-found', 'That block does not exist.', { reason: 'block-missing' });
    if (block.liftedAt) return;
    const entries = nextBlockEntries(summary?.entries ?? {}, blockId, undefined, new Date());
    writeBlockSummary(tx, ws, entries);
    tx.update(blockRef(ws, blockId), {
      liftedAt: FieldValue.serverTimestamp(),
      liftedBy: { uid: caller.uid, name: byName },
    });
    writeAudit(
      ws,
      {
        actor: caller.uid,
        action: 'visitor.unblocked',
        target: blockId,
        details: { visitor: block.visitor.name },
      },
      tx,
    );
  });
  return { blockId };
});
