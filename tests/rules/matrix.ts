/**
 * The who-may-do-what matrix each rules file declares as a readable table: every actor x
 * {get, list, create, update, delete}, each cell one test asserting allow or deny.
 */
import type { DocumentData, Firestore } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import {
  ACTOR_NAMES,
  type ActorName,
  expectOutcome,
  type Outcome,
  type RulesSuite,
} from './support.ts';

export const OPS = ['get', 'list', 'create', 'update', 'delete'] as const;
export type Op = (typeof OPS)[number];

/** The matrix of a collection only the functions touch: every actor refused every operation. */
export const NOBODY = `
  actor          get    list   create update delete
  visitor        deny   deny   deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         deny   deny   deny   deny   deny
  otherNormal    deny   deny   deny   deny   deny
  admin          deny   deny   deny   deny   deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `;

/** One attempt per operation; `actor` lets create/list shape the request as that actor would. */
export type Operations = Record<Op, (db: Firestore, actor: ActorName) => Promise<unknown>>;

/**
 * Parses a matrix written as a table:
 *
 *   actor         get    list   create update delete
 *   visitor       allow  deny   deny   deny   deny
 *
 * Every actor and every operation must appear exactly once, so a file can't forget a cell.
 */
export function parseMatrix(table: string): [ActorName, Op, Outcome][] {
  const lines = table
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const [header, ...rows] = lines;
  const columns = header!.split(/\s+/).slice(1);
  if (columns.join(' ') !== OPS.join(' '))
    throw new Error(`Matrix header must be "actor ${OPS.join(' ')}", got "${header}"`);
  const seen = new Set<string>();
  const cases: [ActorName, Op, Outcome][] = [];
  for (const row of rows) {
    const [actor, ...cells] = row.split(/\s+/);
    if (!ACTOR_NAMES.includes(actor as ActorName)) throw new Error(`Unknown actor "${actor}"`);
    if (cells.length !== OPS.length) throw new Error(`Row "${row}" needs ${OPS.length} cells`);
    seen.add(actor!);
    cells.forEach((cell, i) => {
      if (cell !== 'allow' && cell !== 'deny') throw new Error(`Cell "${cell}" in "${row}"`);
      cases.push([actor as ActorName, OPS[i]!, cell]);
    });
  }
  const missing = ACTOR_NAMES.filter((name) => !seen.has(name));
  if (missing.length > 0) throw new Error(`Matrix misses actors: ${missing.join(', ')}`);
  return cases;
}

/**
 * Declares the matrix as one test per cell, each starting from exactly `fixture(op, actor)`
 * (suite.ensure re-seeds whenever a cell before it wrote, so a write in one cell never changes
 * what the next one sees, and a create can start from a fixture without the document it creates).
 * Cells run column by column, so the fixture changes at most once per operation.
 */
export function describeMatrix(
  title: string,
  suite: RulesSuite,
  table: string,
  fixture: (op: Op, actor: ActorName) => Record<string, DocumentData>,
  operations: Operations,
): void {
  describe(title, () => {
    const cases = parseMatrix(table);
    const byOperation = OPS.flatMap((op) => cases.filter((cell) => cell[1] === op));
    it.each(byOperation)('%s %s -> %s', async (actor, op, outcome) => {
      await suite.ensure(fixture(op, actor));
      await expectOutcome(operations[op](suite.db(actor), actor), outcome);
    });
    it('covers every actor and operation', () => {
      expect(cases).toHaveLength(ACTOR_NAMES.length * OPS.length);
    });
  });
}
