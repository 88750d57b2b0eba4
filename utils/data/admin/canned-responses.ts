import { doc, writeBatch } from 'firebase/firestore';
import { validateShortcut } from '../../domain/canned.ts';
import { paths } from '../../domain/paths.ts';
import { validateCannedText } from '../../domain/validation.ts';
import { appendAudit } from '../collections/audit-log.ts';
import {
  type CannedResponseDoc,
  cannedResponsesCollection,
} from '../collections/canned-responses.ts';
import { valueOrThrow } from '../errors.ts';
import type { AdminContext } from './context.ts';

export type { CannedResponseDoc };

export interface CannedInput {
  shortcut: string;
  text: string;
}

/**
 * The clean shortcut (no leading slash) and text, or an InputError: shortcut rules, duplicates and
 * built-in commands come from utils/domain/canned.ts.
 */
export function cleanCanned(
  input: CannedInput,
  existing: readonly { id: string; shortcut: string }[],
  ownId?: string,
): CannedInput {
  return {
    shortcut: valueOrThrow(validateShortcut(input.shortcut, existing, ownId)),
    text: valueOrThrow(validateCannedText(input.text)),
  };
}

export async function addCanned(context: AdminContext, canned: CannedInput): Promise<string> {
  const ref = doc(cannedResponsesCollection(context.db, context.workspaceId));
  const batch = writeBatch(context.db);
  batch.set(ref, {
    id: ref.id,
    ...canned,
    createdBy: context.uid,
    updatedAt: new Date(),
  });
  appendAudit(batch, context, 'canned.created', ref.id, { shortcut: canned.shortcut });
  await batch.commit();
  return ref.id;
}

/** Edits text and shortcut; the author stays who it was (the rules insist). */
export async function updateCanned(
  context: AdminContext,
  original: CannedResponseDoc,
  canned: CannedInput,
) {
  const batch = writeBatch(context.db);
  batch.set(doc(cannedResponsesCollection(context.db, context.workspaceId), original.id), {
    ...original,
    ...canned,
  });
  appendAudit(batch, context, 'canned.updated', original.id, { shortcut: canned.shortcut });
  await batch.commit();
}

export async function deleteCanned(context: AdminContext, canned: CannedResponseDoc) {
  const batch = writeBatch(context.db);
  batch.delete(doc(context.db, paths.cannedResponse(context.workspaceId, canned.id)));
  appendAudit(batch, context, 'canned.deleted', canned.id, { shortcut: canned.shortcut });
  await batch.commit();
}
