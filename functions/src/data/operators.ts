import type { Operator } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const operatorConverter = modelConverter<Operator>(() => ({
  role: 'normal',
  active: true,
  maxChats: 5,
}));

export const operatorsCol = (ws: string) =>
  db().collection(paths.operators(ws)).withConverter(operatorConverter);
export const operatorRef = (ws: string, uid: string) =>
  db().doc(paths.operator(ws, uid)).withConverter(operatorConverter);
