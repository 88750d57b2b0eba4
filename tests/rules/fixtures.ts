/** The data the rules suites start from: two workspaces and their operators. */
import type { DocumentData } from 'firebase/firestore';

export const WS = 'acme';
export const OTHER_WS = 'globex';

/** Timestamps in the past for fixtures. */
export const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

/** Workspace-relative document path. */
export const wsPath = (rest: string, ws: string = WS) => `workspaces/${ws}/${rest}`;

/** Two workspaces with their operators: what every file's fixture starts from. */
export function baseFixture(): Record<string, DocumentData> {
  const operator = (displayName: string, role: 'admin' | 'normal') => ({
    displayName,
    role,
    active: true,
    maxChats: 5,
    createdAt: minutesAgo(600),
  });
  // What only the operator and admins may read (ADR 005).
  const privateFields = (displayName: string, email: string) => ({
    email,
    sip: {
      uri: `sip:${displayName.toLowerCase()}@chat.test`,
      username: displayName,
      domain: 'chat.test',
    },
  });
  return {
    [`workspaces/${WS}`]: {
      name: 'Acme',
      seatPrice: 1900,
      currency: 'EUR',
      routingMode: 'all',
      createdAt: minutesAgo(1000),
    },
    [`workspaces/${OTHER_WS}`]: {
      name: 'Globex',
      seatPrice: 2500,
      currency: 'USD',
      routingMode: 'all',
      createdAt: minutesAgo(1000),
    },
    [wsPath('operators/nora')]: operator('Nora', 'normal'),
    [wsPath('operators/otto')]: operator('Otto', 'normal'),
    [wsPath('operators/ada')]: operator('Ada', 'admin'),
    [wsPath('operators/fay', OTHER_WS)]: operator('Fay', 'admin'),
    [wsPath('operatorPrivate/nora')]: privateFields('Nora', 'nora@acme.test'),
    [wsPath('operatorPrivate/otto')]: privateFields('Otto', 'otto@acme.test'),
    [wsPath('operatorPrivate/ada')]: privateFields('Ada', 'ada@acme.test'),
    [wsPath('operatorPrivate/fay', OTHER_WS)]: privateFields('Fay', 'fay@globex.test'),
  };
}

/**
 * What a fixture holds, for telling whether the emulator already has it: the same documents and
 * fields, timestamps aside (fixtures date things relative to now, so two calls differ by ms).
 */
export function fixtureKey(docs: Record<string, DocumentData>): string {
  return JSON.stringify(docs, function (key, value) {
    return this[key] instanceof Date ? 'date' : value;
  });
}
