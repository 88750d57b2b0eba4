import type { Invoice } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const invoiceConverter = modelConverter<Invoice>();

/** Keyed by period ('YYYY-MM'): closing a period twice finds the first invoice. */
export const invoiceRef = (ws: string, period: string) =>
  db().doc(paths.invoice(ws, period)).withConverter(invoiceConverter);
