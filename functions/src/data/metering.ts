import { appendFileSync } from 'node:fs';
import {
  AggregateQuery,
  DocumentReference,
  Firestore,
  Query,
  Transaction,
  WriteBatch,
} from 'firebase-admin/firestore';

/**
 * Counts the functions' Firestore reads and writes as Firestore bills them, for the cost
 * benchmark (scripts/bench/cost.ts, ADR 006): a document get is one read (found or not), a query
 * one read per document returned and at least one, every document written (set, create, update,
 * delete; in a batch or a transaction) one write. Off unless PARLEY_METER_FILE names a file: then
 * each process appends {fn, reads, writes} lines to it, fn being the deployed function the
 * process serves. Installed once, on the admin SDK's classes, by db() (admin.ts).
 */
const METER_FILE = 'PARLEY_METER_FILE';
const INSTALLED = Symbol.for('parley.functions.metering');

export function installMetering(): void {
  const file = process.env[METER_FILE];
  const shared = globalThis as { [INSTALLED]?: boolean };
  if (!file || shared[INSTALLED]) return;
  shared[INSTALLED] = true;
  const fn = process.env.FUNCTION_TARGET ?? process.env.K_SERVICE ?? 'embedded';
  let pending = { reads: 0, writes: 0 };
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.reads === 0 && pending.writes === 0) return;
    appendFileSync(file, `${JSON.stringify({ fn, ...pending })}\n`);
    pending = { reads: 0, writes: 0 };
  };
  const count = (reads: number, writes: number) => {
    pending.reads += reads;
    pending.writes += writes;
    if (!scheduled) {
      scheduled = true;
      setTimeout(flush, 100);
    }
  };
  process.on('exit', flush);

  // DocumentReference.get goes through Firestore.getAll; transactions read on their own.
  const getAll = Firestore.prototype.getAll;
  Firestore.prototype.getAll = function (this: Firestore, ...args: Parameters<typeof getAll>) {
    return getAll.apply(this, args).then((docs) => {
      count(docs.length, 0);
      return docs;
    });
  } as typeof getAll;
  // Query.get and a transaction's query both run Query._get (internal, stable across v7).
  const queryProto = Query.prototype as unknown as {
    _get: (...args: unknown[]) => Promise<{ result: { size: number } }>;
  };
  const queryGet = queryProto._get;
  queryProto._get = function (this: unknown, ...args: unknown[]) {
    return queryGet.apply(this, args).then((response) => {
      count(Math.max(1, response.result.size), 0);
      return response;
    });
  };
  const txGet = Transaction.prototype.get;
  Transaction.prototype.get = function (this: Transaction, refOrQuery: unknown) {
    const result = txGet.call(this, refOrQuery as never);
    // A count is billed one read per 1000 index entries counted (at least one).
    if (refOrQuery instanceof DocumentReference || refOrQuery instanceof AggregateQuery)
      void result.then(
        () => count(1, 0),
        () => {},
      );
    return result;
  } as typeof txGet;
  const txGetAll = Transaction.prototype.getAll;
  Transaction.prototype.getAll = function (this: Transaction, ...args: unknown[]) {
    return (txGetAll.apply(this, args as never) as Promise<unknown[]>).then((docs) => {
      count(docs.length, 0);
      return docs;
    });
  } as typeof txGetAll;
  // Every write, batched or not, in a transaction or not, is an operation of a WriteBatch.
  const batchProto = WriteBatch.prototype as unknown as Record<
    string,
    (...args: unknown[]) => unknown
  >;
  for (const method of ['set', 'create', 'update', 'delete']) {
    const original = batchProto[method]!;
    batchProto[method] = function (this: unknown, ...args: unknown[]) {
      count(0, 1);
      return original.apply(this, args);
    };
  }
}
