import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import type { BlockEntry, BlockSummary, VisitorBlock } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

/**
 * Visitor blocks (ADR 010): the records admins list and lift (`blocks/{id}`) and the one summary
 * of every live block (`summaries/blocks`) the widget's callables look up. Written
 * by blockVisitor and liftBlock only.
 */
export const blockConverter = modelConverter<VisitorBlock>();
const summaryConverter = modelConverter<BlockSummary>(() => ({ entries: {} }));

export const blocksCol = (ws: string) =>
  db().collection(paths.blocks(ws)).withConverter(blockConverter);
export const blockRef = (ws: string, id: string) =>
  db().doc(paths.block(ws, id)).withConverter(blockConverter);
export const blockSummaryRef = (ws: string) =>
  db().doc(paths.blockSummary(ws)).withConverter(summaryConverter);

/** Rewrites the summary with `entries` (live blocks only). */
export function writeBlockSummary(
  tx: Transaction,
  ws: string,
  entries: Record<string, BlockEntry>,
): void {
  tx.set(blockSummaryRef(ws), {
    id: 'blocks',
    entries,
    updatedAt: FieldValue.serverTimestamp(),
  });
}
