import { db } from '../admin.ts';
import { converter, str, strings } from './convert.ts';

export interface UrlRouteDoc {
  id: string;
  pattern: string;
  operatorIds: string[];
}

export const urlRouteConverter = converter<UrlRouteDoc>((data, id) => ({
  id,
  pattern: str(data.pattern),
  operatorIds: strings(data.operatorIds),
}));

export const urlRoutesCol = (ws: string) =>
  db().collection('workspaces').doc(ws).collection('urlRoutes').withConverter(urlRouteConverter);
