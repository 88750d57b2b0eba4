import { createHash } from 'node:crypto';
import type { Transaction } from 'firebase-admin/firestore';
import { findBlock } from '../../utils/domain/blocks.ts';
import type { CallerRequest } from './callable.ts';
import { blockSummaryRef } from './data/blocks.ts';
import { fail } from './errors.ts';
import { callerIp } from './signup-limits.ts';

/** What a blocked visitor is told, by every callable that refuses them (the widget says it too). */
export const BLOCKED_MESSAGE = 'Chat is not available.';

/**
 * A visitor's email or network address as blocks keep it: a hash salted with the workspace, so
 * no document holds the raw address and one workspace's hashes say nothing about another's.
 * An IPv4 address can be found from its hash by trying them all, so these hashes stay in
 * documents no client reads (ADR 010).
 */
export const identityHash = (kind: 'email' | 'address', ws: string, value: string) =>
  createHash('sha256').update(`${kind}:${ws}:${value.trim().toLowerCase()}`).digest('hex');

/** The hashed network address of a deployed call; undefined when there is none to go by. */
export function addressHashOf(ws: string, request: CallerRequest): string | undefined {
  const ip = callerIp(request);
  return ip === 'unknown' ? undefined : identityHash('address', ws, ip);
}

/**
 * Whether a live block holds for the caller of a widget callable: their uid (when signed in),
 * the email they give and the address they call from. One read (the block summary), inside `tx`
 * when given.
 */
export async function isCallerBlocked(
  ws: string,
  request: CallerRequest,
  email?: string,
  tx?: Transaction,
): Promise<boolean> {
  const ref = blockSummaryRef(ws);
  const summary = (await (tx ? tx.get(ref) : ref.get())).data();
  if (!summary || Object.keys(summary.entries).length === 0) return false;
  const who = {
    uid: request.auth?.uid,
    emailHash: email ? identityHash('email', ws, email) : undefined,
    addressHash: addressHashOf(ws, request),
  };
  return findBlock(summary, who, new Date()) !== null;
}

/** Refuses a blocked caller with the polite sentence (permission-denied). */
export async function refuseBlocked(
  ws: string,
  request: CallerRequest,
  email?: string,
  tx?: Transaction,
): Promise<void> {
  if (await isCallerBlocked(ws, request, email, tx))
    fail('permission-denied', BLOCKED_MESSAGE, { reason: 'blocked' });
}
