/**
 * Reads and writes counted the way Firestore bills them (ADR 006):
 * - a client's listener: every document in its first result (at least one read, found or not),
 *   then every document added, changed or removed that the server sends, the writer's own echo
 *   included (a local write the SDK shows before the server has it is not a read; the server's
 *   version of it, which follows, is);
 * - a client's get: one read per document (at least one); a client's write: one per document;
 * - the functions: their own counts, appended by functions/src/data/metering.ts to a file;
 * - the rules' own document reads for each client request (rules-reads.ts), kept apart: the
 *   issue's targets are for the clients and the functions, the bill has these on top.
 */
import { readFileSync } from 'node:fs';
import {
  type DocumentReference,
  type DocumentSnapshot,
  onSnapshot,
  type Query,
  type QuerySnapshot,
} from 'firebase/firestore';

export interface Tally {
  reads: number;
  writes: number;
}

export const zero = (): Tally => ({ reads: 0, writes: 0 });
export const minus = (a: Tally, b: Tally): Tally => ({
  reads: a.reads - b.reads,
  writes: a.writes - b.writes,
});

/** One client's counter; every listener and write of a benchmark client goes through it. */
export class ClientMeter {
  readonly tally = zero();
  /** Reads by listener, for the breakdown. */
  readonly byListener = new Map<string, number>();
  /** The rules' reads for this client's requests, in all and by kind of request. */
  rulesReads = 0;
  readonly byRule = new Map<string, number>();
  /**
   * Listeners the server ended with an error, by label (the first message): an ended listener
   * delivers nothing more, so its messages count as not delivered.
   */
  readonly errors = new Map<string, { count: number; message: string }>();

  #failed(label: string) {
    return (error: Error) => {
      const seen = this.errors.get(label);
      this.errors.set(label, {
        count: (seen?.count ?? 0) + 1,
        message: seen?.message ?? error.message,
      });
    };
  }
  #waiting = 0;
  #allAnswered: (() => void) | undefined;

  /** Resolves once every listener opened so far has had its first result. */
  answered(): Promise<void> {
    if (this.#waiting === 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.#allAnswered = resolve;
    });
  }

  #firstAnswer() {
    if (--this.#waiting === 0) this.#allAnswered?.();
  }

  #read(label: string, reads: number) {
    this.tally.reads += reads;
    this.byListener.set(label, (this.byListener.get(label) ?? 0) + reads);
  }

  listenQuery<T>(
    label: string,
    query: Query<T>,
    onData: (snapshot: QuerySnapshot<T>) => void,
  ): () => void {
    let first = true;
    this.#waiting++;
    return onSnapshot(
      query,
      (snapshot) => {
        const changes = snapshot
          .docChanges()
          .filter((change) => !change.doc.metadata.hasPendingWrites).length;
        this.#read(label, first ? Math.max(1, changes) : changes);
        if (first) this.#firstAnswer();
        first = false;
        onData(snapshot);
      },
      this.#failed(label),
    );
  }

  listenDoc<T>(
    label: string,
    ref: DocumentReference<T>,
    onData: (snapshot: DocumentSnapshot<T>) => void,
  ) {
    let first = true;
    this.#waiting++;
    return onSnapshot(
      ref,
      (snapshot) => {
        this.#read(label, 1);
        if (first) this.#firstAnswer();
        first = false;
        onData(snapshot);
      },
      this.#failed(label),
    );
  }

  wrote(documents: number) {
    this.tally.writes += documents;
  }

  /** The documents the rules read to decide one of this client's requests (rules-reads.ts). */
  rulesRead(label: string, reads: number) {
    this.rulesReads += reads;
    if (reads > 0) this.byRule.set(label, (this.byRule.get(label) ?? 0) + reads);
  }
}

export function sum(tallies: Iterable<Tally>): Tally {
  const total = zero();
  for (const t of tallies) {
    total.reads += t.reads;
    total.writes += t.writes;
  }
  return total;
}

/** The functions' counts so far, by function name, from the metering file. */
export function functionTallies(file: string): Map<string, Tally> {
  const byFunction = new Map<string, Tally>();
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return byFunction;
  }
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const { fn, reads, writes } = JSON.parse(line) as { fn: string } & Tally;
    const tally = byFunction.get(fn) ?? zero();
    tally.reads += reads;
    tally.writes += writes;
    byFunction.set(fn, tally);
  }
  return byFunction;
}

/** Reads by listener over many clients. */
export const byListener = (meters: Iterable<ClientMeter>) =>
  mergeCounts([...meters].map((m) => m.byListener));

/** The rules' reads by kind of request over many clients. */
export const byRule = (meters: Iterable<ClientMeter>) =>
  mergeCounts([...meters].map((m) => m.byRule));

function mergeCounts(counts: Map<string, number>[]): Map<string, number> {
  const total = new Map<string, number>();
  for (const count of counts)
    for (const [label, n] of count) total.set(label, (total.get(label) ?? 0) + n);
  return total;
}

/** "label ×count (first message)" for every listener ended by an error, over many clients. */
export function listenerErrors(meters: Iterable<ClientMeter>): string {
  const total = new Map<string, { count: number; message: string }>();
  for (const meter of meters)
    for (const [label, e] of meter.errors) {
      const seen = total.get(label);
      total.set(label, {
        count: (seen?.count ?? 0) + e.count,
        message: seen?.message ?? e.message,
      });
    }
  return (
    [...total]
      .map(([label, e]) => `${label} ×${e.count} (${e.message.slice(0, 120)})`)
      .join('; ') || 'none'
  );
}
