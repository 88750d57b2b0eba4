import { doc, writeBatch } from 'firebase/firestore';
import type { Department } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { foldForComparison } from '../../domain/text.ts';
import { validateDepartmentName } from '../../domain/validation.ts';
import { t } from '../../i18n.ts';
import { appendAudit } from '../collections/audit-log.ts';
import { type DepartmentDoc, departmentsCollection } from '../collections/departments.ts';
import { InputError, valueOrThrow } from '../errors.ts';
import type { AdminContext } from './context.ts';
import { cleanOperatorIds } from './operator-lists.ts';

export type { DepartmentDoc };

export interface DepartmentInput {
  name: string;
  operatorIds: readonly string[];
}

/**
 * The clean department or an InputError: a valid name not used by another department
 * (case-insensitively) and at least one operator who still exists.
 */
export function cleanDepartment(
  input: DepartmentInput,
  existing: readonly DepartmentDoc[],
  knownOperatorIds: ReadonlySet<string>,
  ownId?: string,
): Department {
  const name = valueOrThrow(validateDepartmentName(input.name));
  const clash = existing.find(
    (other) => other.id !== ownId && foldForComparison(other.name) === foldForComparison(name),
  );
  if (clash) throw new InputError(t('departmentAlreadyExists', clash.name));
  const operatorIds = cleanOperatorIds(input.operatorIds, knownOperatorIds, 'departmentOperators');
  return { name, operatorIds };
}

/** Adds a department; returns its id. */
export async function addDepartment(context: AdminContext, department: Department) {
  const ref = doc(departmentsCollection(context.db, context.workspaceId));
  const batch = writeBatch(context.db);
  batch.set(ref, { id: ref.id, ...department });
  appendAudit(batch, context, 'department.created', ref.id, { name: department.name });
  await batch.commit();
  return ref.id;
}

export async function updateDepartment(context: AdminContext, id: string, department: Department) {
  const batch = writeBatch(context.db);
  batch.set(doc(departmentsCollection(context.db, context.workspaceId), id), { id, ...department });
  appendAudit(batch, context, 'department.updated', id, { name: department.name });
  await batch.commit();
}

export async function deleteDepartment(context: AdminContext, department: DepartmentDoc) {
  const batch = writeBatch(context.db);
  batch.delete(doc(context.db, paths.department(context.workspaceId, department.id)));
  appendAudit(batch, context, 'department.deleted', department.id, { name: department.name });
  await batch.commit();
}
