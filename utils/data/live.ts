import { signal } from '@preact/signals';
import {
  type DocumentReference,
  type FirestoreError,
  onSnapshot,
  type Query,
} from 'firebase/firestore';
import { t } from '../i18n.ts';
import { firestoreErrorMessage } from './errors.ts';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface LiveOptions<T> {
  /** keeps the items in this order (Firestore's order otherwise) */
  order?: (a: T, b: T) => number;
  /** also delivers when only metadata changes (a pending write reaching the server) */
  includeMetadataChanges?: boolean;
}

/**
 * The one way Parley binds Firestore to signals: a live query or document whose data, load
 * status, readable error and cache state are signals. Reference counted: the listener runs while
 * at least one holder retains the source and stops with the last release, so two panels showing
 * the operators share one listener and a closed panel leaves none behind.
 */
export abstract class LiveSource {
  readonly status = signal<LoadStatus>('idle');
  /** a sentence for the user, null while all is well */
  readonly error = signal<string | null>(null);
  /** Firestore's error code ('permission-denied', …) behind `error` */
  readonly errorCode = signal<string | null>(null);
  /** true while the data comes from Firestore's cache because the server is out of reach */
  readonly fromCache = signal(false);
  #holders = 0;
  #stop: (() => void) | undefined;

  /** `what`: a catalogue phrase naming the data, t('liveTheOperators') */
  constructor(readonly what: string) {}

  /** Starts listening if nobody did; returns the release function (safe to call twice). */
  retain(): () => void {
    if (this.#holders++ === 0) {
      this.status.value = 'loading';
      this.error.value = null;
      this.errorCode.value = null;
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

  protected loaded(fromCache: boolean) {
    this.fromCache.value = fromCache;
    this.status.value = 'ready';
    this.error.value = null;
    this.errorCode.value = null;
  }

  protected failed(error: FirestoreError) {
    this.status.value = 'error';
    this.errorCode.value = error.code;
    this.error.value =
      error.code === 'permission-denied'
        ? t('youMayNotSeeAnyMore', this.what)
        : firestoreErrorMessage(error, t('actionLoad', this.what));
  }

  protected abstract listen(): () => void;
}

/** A live query result: `items`, kept in `order` when given. */
export class LiveList<T> extends LiveSource {
  readonly items = signal<T[]>([]);

  constructor(
    what: string,
    private readonly source: () => Query<T>,
    private readonly options: LiveOptions<T> = {},
  ) {
    super(what);
  }

  protected listen() {
    const { order, includeMetadataChanges = false } = this.options;
    return onSnapshot(
      this.source(),
      { includeMetadataChanges },
      (snapshot) => {
        const items = snapshot.docs.map((d) => d.data({ serverTimestamps: 'estimate' }));
        this.items.value = order ? items.sort(order) : items;
        this.loaded(snapshot.metadata.fromCache);
      },
      (error) => this.failed(error),
    );
  }
}

/** A live document; `data` is undefined while the document doesn't exist. */
export class LiveDoc<T> extends LiveSource {
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
        this.loaded(snapshot.metadata.fromCache);
      },
      (error) => this.failed(error),
    );
  }
}
