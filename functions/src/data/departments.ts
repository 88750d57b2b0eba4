import type { Department } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const departmentConverter = modelConverter<Department>(() => ({
  name: '',
  operatorIds: [],
}));

export const departmentsCol = (ws: string) =>
  db().collection(paths.departments(ws)).withConverter(departmentConverter);
export const departmentRef = (ws: string, id: string) =>
  db().doc(paths.department(ws, id)).withConverter(departmentConverter);
