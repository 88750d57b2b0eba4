/**
 * The documents of one database, grouped by collection, with a short version history so reads
 * at a past readTime (read-only transactions, readTime consistency) see a consistent snapshot.
 */
import type { Document } from './api.ts';
import { collectionOf, lastSegment } from './paths.ts';

interface Version {
  micros: number;
  doc: Document | null;
}

/** How long superseded versions stay readable (reads further back are refused). */
export const RETENTION_MICROS = 10 * 60 * 1_000_000;
const SWEEP_EVERY_PUTS = 2000;

function versionAt(versions: Version[], at: number | undefined): Document | null {
  if (at === undefined) return versions[versions.length - 1]!.doc;
  for (let i = versions.length - 1; i >= 0; i--) {
    if (versions[i]!.micros <= at) return versions[i]!.doc;
  }
  return null;
}

export class DocumentStore {
  /** collection path -> document id -> versions (oldest first). */
  private readonly collections = new Map<string, Map<string, Version[]>>();
  private puts = 0;

  constructor(private readonly retentionMicros = RETENTION_MICROS) {}

  /** The document at `path` now, or as of `at` (microseconds). */
  get(path: string, at?: number): Document | null {
    const versions = this.collections.get(collectionOf(path))?.get(lastSegment(path));
    return versions ? versionAt(versions, at) : null;
  }

  /** Records a new state (null = deleted) at commit time `micros`. */
  put(path: string, doc: Document | null, micros: number): void {
    const collection = collectionOf(path);
    const id = lastSegment(path);
    let docs = this.collections.get(collection);
    if (!docs) {
      if (!doc) return;
      docs = new Map();
      this.collections.set(collection, docs);
    }
    const versions = docs.get(id) ?? [];
    versions.push({ micros, doc });
    docs.set(id, versions);
    this.pruneEntry(collection, id, versions, micros);
    if (++this.puts % SWEEP_EVERY_PUTS === 0) this.sweep(micros);
  }

  /** Documents of one collection (as of `at`), unordered. */
  *documentsIn(collectionPath: string, at?: number): Generator<Document> {
    const docs = this.collections.get(collectionPath);
    if (!docs) return;
    for (const versions of docs.values()) {
      const doc = versionAt(versions, at);
      if (doc) yield doc;
    }
  }

  /** Paths of every collection that has held documents (some may be empty now). */
  collectionPaths(): IterableIterator<string> {
    return this.collections.keys();
  }

  /** Whether a collection holds at least one live document (as of `at`). */
  hasDocuments(collectionPath: string, at?: number): boolean {
    for (const _ of this.documentsIn(collectionPath, at)) return true;
    return false;
  }

  /** Every live document (as of `at`). */
  *allDocuments(at?: number): Generator<Document> {
    for (const path of this.collections.keys()) yield* this.documentsIn(path, at);
  }

  /** Drops everything (history included). */
  clear(): void {
    this.collections.clear();
  }

  private pruneEntry(collection: string, id: string, versions: Version[], now: number): void {
    const cutoff = now - this.retentionMicros;
    // Keep the newest version at or before the cutoff: it is what a read at the cutoff sees.
    let keepFrom = 0;
    for (let i = versions.length - 1; i >= 0; i--) {
      if (versions[i]!.micros <= cutoff) {
        keepFrom = i;
        break;
      }
    }
    if (keepFrom > 0) versions.splice(0, keepFrom);
    const only = versions[0]!;
    if (versions.length === 1 && only.doc === null && only.micros <= cutoff) {
      const docs = this.collections.get(collection)!;
      docs.delete(id);
      if (docs.size === 0) this.collections.delete(collection);
    }
  }

  /** Occasionally forgets old history and tombstones everywhere. */
  sweep(now: number): void {
    for (const [collection, docs] of [...this.collections]) {
      for (const [id, versions] of [...docs]) this.pruneEntry(collection, id, versions, now);
    }
  }
}
