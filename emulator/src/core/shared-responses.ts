/**
 * Listen responses that many streams send alike, built once and shared. A commit reaches every
 * Listen stream with the same changed Document objects and the same readTime, and browsers number
 * their first target 2, so 200 listeners of one collection would otherwise each build (and a
 * transport serialize) an identical documentChange and NO_CHANGE per commit. Shared responses are
 * frozen: responses are only ever read (encoded, serialized), and a frozen one may have its text
 * cached by a transport (transport/webchannel/payload-json.ts).
 */
import type { Document, ListenResponse } from './api.ts';
import { microsToTimestamp } from './timestamps.ts';

export function resumeTokenFor(micros: number): string {
  return Buffer.from(`t${micros}`, 'utf8').toString('base64');
}

/** Only the latest commit's responses are kept: every listener gets them in the same notify. */
let commitKey: object | null = null;
let changes = new Map<Document, Map<number, ListenResponse>>();
let noChange: { micros: number; response: ListenResponse } | null = null;

/** `documentChange` of `doc` for target `targetId`, shared by the listeners of `commit`. */
export function sharedDocumentChange(
  commit: object,
  doc: Document,
  targetId: number,
): ListenResponse {
  if (commit !== commitKey) {
    commitKey = commit;
    changes = new Map();
  }
  let byTarget = changes.get(doc);
  if (!byTarget) {
    byTarget = new Map();
    changes.set(doc, byTarget);
  }
  let response = byTarget.get(targetId);
  if (!response) {
    response = freeze({
      documentChange: { document: doc, targetIds: [targetId], removedTargetIds: [] },
    });
    byTarget.set(targetId, response);
  }
  return response;
}

/** The global NO_CHANGE (every target is current as of `micros`). */
export function sharedNoChange(micros: number): ListenResponse {
  if (noChange?.micros !== micros) {
    const response = freeze({
      targetChange: {
        targetChangeType: 'NO_CHANGE',
        targetIds: [],
        readTime: microsToTimestamp(micros),
        resumeToken: resumeTokenFor(micros),
      },
    });
    noChange = { micros, response };
  }
  return noChange.response;
}

/** Freezes the response and its own objects (a document inside is frozen already). */
function freeze(response: ListenResponse): ListenResponse {
  for (const inner of Object.values(response) as object[]) {
    for (const value of Object.values(inner)) if (Array.isArray(value)) Object.freeze(value);
    Object.freeze(inner);
  }
  return Object.freeze(response);
}
