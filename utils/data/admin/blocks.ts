import type { LiftBlockResponse } from '../../domain/callables.ts';
import { call } from '../callables.ts';

/** Ends a visitor block now (ADR 010): liftBlock updates the record, the summary and the log. */
export function liftBlock(workspaceId: string, blockId: string): Promise<LiftBlockResponse> {
  return call('liftBlock', { workspaceId, blockId });
}
