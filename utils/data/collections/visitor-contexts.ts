import { doc, type Firestore } from 'firebase/firestore';
import type { VisitorContext, VisitorPage } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { converter, num, optionalStr, record, str, toDate } from '../convert.ts';

export type VisitorContextDoc = VisitorContext;

const page = (value: unknown): VisitorPage => {
  const data = record(value);
  return { url: str(data.url), title: str(data.title), at: num(data.at) };
};

export function visitorContextFromData(
  _id: string,
  data: Record<string, unknown>,
): VisitorContextDoc {
  const timeZone = optionalStr(data.timeZone);
  const referrer = optionalStr(data.referrer);
  const landingUrl = optionalStr(data.landingUrl);
  const campaign = Object.fromEntries(
    Object.entries(record(data.campaign)).filter(([, v]) => typeof v === 'string'),
  ) as Record<string, string>;
  return {
    userAgent: str(data.userAgent),
    language: str(data.language),
    ...(timeZone ? { timeZone } : {}),
    ...(typeof data.utcOffsetMinutes === 'number'
      ? { utcOffsetMinutes: data.utcOffsetMinutes }
      : {}),
    page: page(data.page),
    pages: Array.isArray(data.pages) ? data.pages.map(page).filter((p) => p.url) : [],
    ...(referrer ? { referrer } : {}),
    ...(landingUrl ? { landingUrl } : {}),
    ...(Object.keys(campaign).length > 0 ? { campaign } : {}),
    updatedAt: toDate(data.updatedAt),
  };
}

/** Read-only here: the widget writes it on each page of the chat (ADR 010). */
export const visitorContextConverter = converter<VisitorContextDoc>(
  visitorContextFromData,
  'The visitor context is written by the widget.',
);

export const visitorContextRef = (db: Firestore, ws: string, chatId: string) =>
  doc(db, paths.visitorContext(ws, chatId)).withConverter(visitorContextConverter);
