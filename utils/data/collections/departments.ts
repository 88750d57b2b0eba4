import { collection, type Firestore } from 'firebase/firestore';
import type { Department, WithId } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { converter, str, strings } from '../convert.ts';

export type DepartmentDoc = WithId<Department>;

export function departmentFromData(id: string, data: Record<string, unknown>): DepartmentDoc {
  return { id, name: str(data.name, id), operatorIds: strings(data.operatorIds) };
}

/**
 * The console reads departments (the visitor-info panel shows the name); the Control Panel writes
 * them with exactly the fields the rules allow (name, operatorIds).
 */
export const departmentConverter = converter<DepartmentDoc>(departmentFromData, (department) => {
  const { name, operatorIds } = department as Department;
  return { name, operatorIds };
});

export const departmentsCollection = (db: Firestore, ws: string) =>
  collection(db, paths.departments(ws)).withConverter(departmentConverter);
