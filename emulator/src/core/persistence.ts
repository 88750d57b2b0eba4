/**
 * Keeps the emulator's documents across restarts: one JSON snapshot file in dataDir, written
 * atomically (temp file, fsync, rename, fsync dir), debounced after changes and on close.
 * A file that cannot be read is reported, never silently replaced.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import type { Document } from './api.ts';

export const DATA_FILE = 'firestore-data.json';
const FORMAT = 'parley-firestore-emulator';
const VERSION = 1;
const DEBOUNCE_MS = 250;

export interface Snapshot {
  /** Database name (projects/p/databases/d) -> its documents. */
  databases: Record<string, Document[]>;
}

export class CorruptDataError extends Error {
  constructor(file: string, detail: string) {
    super(
      `Firestore emulator data file ${file} is corrupt or unreadable (${detail}). ` +
        'It was left untouched: fix it, move it away or delete it, then start again.',
    );
    this.name = 'CorruptDataError';
  }
}

function isDocument(d: unknown): d is Document {
  const doc = d as Document;
  return (
    !!doc &&
    typeof doc.name === 'string' &&
    typeof doc.createTime === 'string' &&
    typeof doc.updateTime === 'string' &&
    (doc.fields === undefined || (typeof doc.fields === 'object' && doc.fields !== null))
  );
}

/** Reads the snapshot in dataDir; undefined when there is none yet. Throws CorruptDataError. */
export function loadSnapshot(dataDir: string): Snapshot | undefined {
  const file = path.join(dataDir, DATA_FILE);
  if (!existsSync(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CorruptDataError(file, error instanceof Error ? error.message : String(error));
  }
  const data = parsed as { format?: unknown; version?: unknown; databases?: unknown };
  if (!data || data.format !== FORMAT || data.version !== VERSION) {
    throw new CorruptDataError(file, `not a ${FORMAT} v${VERSION} file`);
  }
  if (!data.databases || typeof data.databases !== 'object')
    throw new CorruptDataError(file, 'no databases');
  for (const [name, docs] of Object.entries(data.databases)) {
    if (!Array.isArray(docs) || !docs.every(isDocument)) {
      throw new CorruptDataError(file, `malformed documents in ${name}`);
    }
  }
  return { databases: data.databases as Record<string, Document[]> };
}

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  }
}

/** Writes the snapshot atomically. */
export function writeSnapshot(dataDir: string, snapshot: Snapshot): void {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATA_FILE);
  const temp = `${file}.tmp-${process.pid}`;
  const body = JSON.stringify({
    format: FORMAT,
    version: VERSION,
    savedAt: new Date().toISOString(),
    ...snapshot,
  });
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, body);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  fsyncDir(dataDir);
}

/** Debounces saves: `markDirty` after changes, `flush` on close. */
export class SnapshotWriter {
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;
  private delayMs: number;

  constructor(
    private readonly dataDir: string,
    private readonly collect: () => Snapshot,
    private readonly log?: (line: string) => void,
    private readonly debounceMs = DEBOUNCE_MS,
  ) {
    this.delayMs = debounceMs;
  }

  markDirty(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.save();
    }, this.delayMs);
    this.timer.unref();
  }

  private save(): void {
    if (!this.dirty) return;
    this.dirty = false;
    try {
      const started = Date.now();
      writeSnapshot(this.dataDir, this.collect());
      // Big databases take a while to write: never spend more than ~10% of the time saving.
      this.delayMs = Math.max(this.debounceMs, (Date.now() - started) * 10);
    } catch (error) {
      this.dirty = true;
      this.log?.(`persistence: saving to ${this.dataDir} failed: ${String(error)}`);
    }
  }

  /** Saves now if anything changed and stops the timer. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.dirty) {
      this.dirty = false;
      writeSnapshot(this.dataDir, this.collect());
    }
  }
}
