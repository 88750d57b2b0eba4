import { signal } from '@preact/signals';
import { type Firestore, onSnapshot } from 'firebase/firestore';
import type { Role } from '../../domain/model.ts';
import { t } from '../../i18n.ts';
import {
  type OperatorDoc,
  type OperatorPrivateDoc,
  operatorPrivateRef,
  operatorPrivatesCollection,
  operatorsCollection,
  withPrivateFields,
} from '../collections/operators.ts';
import { LiveSource } from '../live.ts';

/**
 * The Control Panel's operators: the public documents joined with the private fields the reader
 * may see (ADR 005): every operator's for an admin, only their own for a normal operator (whose
 * request for the others' would be refused).
 */
export class OperatorAccounts extends LiveSource {
  readonly items = signal<OperatorDoc[]>([]);
  #public: OperatorDoc[] | undefined;
  #fromCache = false;
  #private = new Map<string, OperatorPrivateDoc>();

  constructor(
    private readonly db: Firestore,
    private readonly ws: string,
    private readonly reader: { uid: string; role: Role },
    private readonly order: (a: OperatorDoc, b: OperatorDoc) => number,
  ) {
    super(t('liveTheOperators'));
  }

  protected listen() {
    this.#public = undefined;
    this.#private = new Map();
    const stopPublic = onSnapshot(
      operatorsCollection(this.db, this.ws),
      (snapshot) => {
        this.#public = snapshot.docs.map((d) => d.data({ serverTimestamps: 'estimate' }));
        this.#fromCache = snapshot.metadata.fromCache;
        this.#publish();
      },
      (error) => this.failed(error),
    );
    const keep = (docs: OperatorPrivateDoc[]) => {
      this.#private = new Map(docs.map((d) => [d.id, d]));
      this.#publish();
    };
    const stopPrivate =
      this.reader.role === 'admin'
        ? onSnapshot(
            operatorPrivatesCollection(this.db, this.ws),
            (snapshot) => keep(snapshot.docs.map((d) => d.data({ serverTimestamps: 'estimate' }))),
            (error) => this.failed(error),
          )
        : onSnapshot(
            operatorPrivateRef(this.db, this.ws, this.reader.uid),
            (snapshot) => {
              const own = snapshot.data({ serverTimestamps: 'estimate' });
              keep(own ? [own] : []);
            },
            (error) => this.failed(error),
          );
    return () => {
      stopPublic();
      stopPrivate();
    };
  }

  #publish() {
    if (!this.#public) return;
    const joined = this.#public.map((op) => withPrivateFields(op, this.#private.get(op.id)));
    this.items.value = joined.sort(this.order);
    this.loaded(this.#fromCache);
  }
}
