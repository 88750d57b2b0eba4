import { collection, type Firestore, limit, orderBy, query } from 'firebase/firestore';
import type { VisitorBlock, WithId } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { converter, optionalDate, optionalStr, record, str, toDate } from '../convert.ts';

export type BlockDoc = WithId<VisitorBlock>;

const person = (value: unknown) => {
  const data = record(value);
  return { uid: str(data.uid), name: str(data.name, 'An operator') };
};

export function blockFromData(id: string, data: Record<string, unknown>): BlockDoc {
  const visitor = record(data.visitor);
  const email = optionalStr(visitor.email);
  const liftedAt = optionalDate(data.liftedAt);
  return {
    id,
    visitor: {
      uid: str(visitor.uid),
      name: str(visitor.name, 'Visitor'),
      ...(email ? { email } : {}),
    },
    chatId: str(data.chatId),
    reason: str(data.reason),
    until: data.until ? toDate(data.until) : null,
    byEmail: data.byEmail === true,
    byAddress: data.byAddress === true,
    createdAt: toDate(data.createdAt),
    createdBy: person(data.createdBy),
    ...(liftedAt ? { liftedAt, liftedBy: person(data.liftedBy) } : {}),
  };
}

/** Read-only here: blockVisitor and liftBlock write blocks with the summary and the audit log. */
export const blockConverter = converter<BlockDoc>(
  blockFromData,
  'Blocks are written by blockVisitor and liftBlock only.',
);

/** The Control Panel's list: the newest 200 blocks (live ones first is the panel's sorting). */
export const blocksNewestFirst = (db: Firestore, ws: string) =>
  query(
    collection(db, paths.blocks(ws)).withConverter(blockConverter),
    orderBy('createdAt', 'desc'),
    limit(200),
  );
