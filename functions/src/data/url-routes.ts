import type { UrlRoute } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const urlRouteConverter = modelConverter<UrlRoute>(() => ({ pattern: '', operatorIds: [] }));

export const urlRoutesCol = (ws: string) =>
  db().collection(paths.urlRoutes(ws)).withConverter(urlRouteConverter);
