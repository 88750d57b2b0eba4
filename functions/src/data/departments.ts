import { db } from '../admin.ts';
import { converter, str, strings } from './convert.ts';

export interface DepartmentDoc {
  id: string;
  name: string;
  operatorIds: string[];
}

export const departmentConverter = converter<DepartmentDoc>((data, id) => ({
  id,
  name: str(data.name),
  operatorIds: strings(data.operatorIds),
}));

export const departmentsCol = (ws: string) =>
  db()
    .collection('workspaces')
    .doc(ws)
    .collection('departments')
    .withConverter(departmentConverter);
