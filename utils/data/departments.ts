import {
  collection,
  type DocumentData,
  type Firestore,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
  type SnapshotOptions,
} from 'firebase/firestore';
import type { Department, WithId } from '../domain/model.ts';
import { paths } from '../domain/paths.ts';
import { dataOf, str, strings } from './convert.ts';

export type DepartmentDoc = WithId<Department>;

export function departmentFromData(id: string, data: Record<string, unknown>): DepartmentDoc {
  return { id, name: str(data.name, id), operatorIds: strings(data.operatorIds) };
}

/** Read-only in the console: the visitor-info panel shows the department's name. */
export const departmentConverter: FirestoreDataConverter<DepartmentDoc, DocumentData> = {
  toFirestore() {
    throw new Error('Departments are edited in the Control Panel.');
  },
  fromFirestore(snapshot: QueryDocumentSnapshot, options?: SnapshotOptions) {
    return departmentFromData(snapshot.id, dataOf(snapshot, options));
  },
};

export const departmentsRef = (db: Firestore, ws: string) =>
  collection(db, paths.departments(ws)).withConverter(departmentConverter);
