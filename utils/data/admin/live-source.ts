import { signal } from '@preact/signals';
import {
  type DocumentReference,
  type FirestoreError,
  onSnapshot,
  type Query,
} from 'firebase/firestore';
import { firestoreErrorMessage } from './errors.ts';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Reference counting shared by LiveList and LiveDoc: the Firestore listener runs while at least
 * one panel holds the source (retain), and stops when the last one lets go, so switching panels
 * doesn't leave listeners behind and two panels showing the operators share one.
 */
export abstract class RetainedSource {
  readonly status = signal<LoadStatus>('idle');
  readonly error = signal<string | null>(null);
  #holders = 0;
  #stop: (() => void) | undefined;

  constructor(protected readonly what: string) {}

  /** Starts listening if nobody did; returns the release function (safe to call twice). */
  retain(): () => void {
    if (this.#holders++ === 0) {
      this.status.value = 'loading';
      this.error.value = null;
      this.#stop = this.listen();
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.#holders === 0) {
        this.#stop?.();
        this.#stop = undefined;
        this.status.value = 'idle';
      }
    };
  }

  protected loaded() {
    this.status.value = 'ready';
    this.error.value = null;
  }

  protected failed(error: FirestoreError) {
    this.status.value = 'error';
    this.error.value = firestoreErrorMessage(error, `load ${this.what}`);
  }

  protected abstract listen(): () => void;
}

/** A live query result as signals: items, load status and a readable error. */
export class LiveList<T> extends RetainedSource {
  readonly items = signal<T[]>([]);

  constructor(
    what: string,
    private readonly source: () => Query<T>,
    private readonly order?: (a: T, b: T) => number,
  ) {
    super(what);
  }

  protected listen() {
    return onSnapshot(
      this.source(),
      (snapshot) => {
        const items = snapshot.docs.map((d) => d.data({ serverTimestamps: 'estimate' }));
        this.items.value = this.order ? items.sort(this.order) : items;
        this.loaded();
      },
      (error) => this.failed(error),
    );
  }
}

/** A live document as signals; `data` is undefined while the document doesn't exist. */
export class LiveDoc<T> extends RetainedSource {
  readonly data = signal<T | undefined>(undefined);

  constructor(
    what: string,
    private readonly source: () => DocumentReference<T>,
  ) {
    super(what);
  }

  protected listen() {
    return onSnapshot(
      this.source(),
      (snapshot) => {
        this.data.value = snapshot.exists()
          ? snapshot.data({ serverTimestamps: 'estimate' })
          : undefined;
        this.loaded();
      },
      (error) => this.failed(error),
    );
  }
}
