import { db } from '../admin.ts';

/**
 * workspaces/{ws}/rateLimits/{uid}: `events` maps an action ('startChat', 'offlineMessage') to
 * the caller's recent event times (epoch ms). Written by functions only; no client rule may allow
 * it. An addition to DESIGN.md's model.
 */
export interface RateLimitDoc {
  events: Record<string, number[]>;
}

export const rateLimitRef = (ws: string, uid: string) =>
  db().collection('workspaces').doc(ws).collection('rateLimits').doc(uid);
