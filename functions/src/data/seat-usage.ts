import type { SeatUsage } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const seatUsageConverter = modelConverter<SeatUsage>();

export const seatUsageCol = (ws: string) =>
  db().collection(paths.seatUsages(ws)).withConverter(seatUsageConverter);
/** Keyed by period ('YYYY-MM'). */
export const seatUsageRef = (ws: string, period: string) =>
  db().doc(paths.seatUsage(ws, period)).withConverter(seatUsageConverter);
