import { doc, type Firestore, serverTimestamp, setDoc } from 'firebase/firestore';
import type { TypingSignal } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { converter, optionalStr, toDate } from '../convert.ts';

/** A side's typing signal (ADR 010); `at` null while the server time has not come back. */
export type TypingDoc = Omit<TypingSignal, 'at'> & { at: Date | null };

export const typingConverter = converter<TypingDoc>(
  (_id, data) => {
    const name = optionalStr(data.name);
    return { at: data.at ? toDate(data.at) : null, ...(name ? { name } : {}) };
  },
  // The console writes only the operator's side, with writeOperatorTyping below.
  'Typing signals are written with writeOperatorTyping.',
);

/** The visitor's side of a chat's typing signal, which the operator's chat view listens to. */
export const visitorTypingRef = (db: Firestore, ws: string, chatId: string) =>
  doc(db, paths.chatTyping(ws, chatId, 'visitor')).withConverter(typingConverter);

/** Says the operator (named as the visitor sees them) is typing: server time, nothing else. */
export const writeOperatorTyping = (db: Firestore, ws: string, chatId: string, name: string) =>
  setDoc(doc(db, paths.chatTyping(ws, chatId, 'operator')), { at: serverTimestamp(), name });
