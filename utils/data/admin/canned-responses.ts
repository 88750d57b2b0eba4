import { doc } from 'firebase/firestore';
import { validateShortcut } from '../../domain/canned.ts';
import { paths } from '../../domain/paths.ts';
import { validateCannedText } from '../../domain/validation.ts';
import { type CannedResponseDoc, cannedResponsesRef } from '../canned-responses.ts';
import { deleteAudited, setAudited } from './audited-writes.ts';
import type { AdminContext } from './context.ts';
import { valueOrThrow } from './errors.ts';

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
  const ref = doc(cannedResponsesRef(context.db, context.workspaceId));
  await setAudited(
    context,
    ref,
    { id: ref.id, ...canned, createdBy: context.uid, updatedAt: new Date() },
    'canned.created',
    { shortcut: canned.shortcut },
  );
  return ref.id;
}

/** Edits text and shortcut; the author stays who it was (the rules insist). */
export async function updateCanned(
  context: AdminContext,
  original: CannedResponseDoc,
  canned: CannedInput,
) {
  const ref = doc(cannedResponsesRef(context.db, context.workspaceId), original.id);
  await setAudited(context, ref, { ...original, ...canned }, 'canned.updated', {
    shortcut: canned.shortcut,
  });
}

export async function deleteCanned(context: AdminContext, canned: CannedResponseDoc) {
  const ref = doc(context.db, paths.cannedResponse(context.workspaceId, canned.id));
  await deleteAudited(context, ref, 'canned.deleted', { shortcut: canned.shortcut });
}
