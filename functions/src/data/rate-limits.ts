import { db } from '../admin.ts';

/**
 * workspaces/{ws}/rateLimits/{uid}: recent event times (epoch ms) per action for one caller,
 * written by functions only (no client rule allows it). An extension of DESIGN.md's model.
 */
export interface RateLimitDoc {
  events: Record<string, number[]>;
}

export const rateLimitRef = (ws: string, uid: string) =>
  db().collection('workspaces').doc(ws).collection('rateLimits').doc(uid);
