/**
 * Applies one Write to the current state of its document: preconditions, update (with or
 * without mask), delete, verify, transforms. Pure: returns the new state, commits nothing.
 */
import type {
  Document,
  Fields,
  FieldTransform,
  Precondition,
  Value,
  Write,
  WriteResult,
} from './api.ts';
import { FirestoreError } from './api.ts';
import { assertDocumentSize } from './document-size.ts';
import { cloneFields, deleteField, getField, parseFieldPath, setField } from './field-paths.ts';
import { normalizeFields } from './normalize.ts';
import type { PathResolver } from './paths.ts';
import { freezeDocument, validateStoredFields } from './stored-document.ts';
import { timestampToMicros } from './timestamps.ts';
import { applyTransform } from './transforms.ts';
import { fieldsIdentical } from './values.ts';

export type WriteKind = 'update' | 'delete' | 'verify' | 'transform';

export interface AppliedWrite {
  /** Relative document path. */
  path: string;
  name: string;
  kind: WriteKind;
  before: Document | null;
  /** State after this write; null = absent. */
  after: Document | null;
  /** Whether the stored document changes (a no-op write keeps the old updateTime). */
  changed: boolean;
  result: WriteResult;
}

export interface WriteClock {
  /** Commit time as RFC 3339 (shared by all writes of a commit, and serverTimestamp values). */
  commitTime: string;
}

/** The document name a write targets and what kind of write it is. */
export function writeTarget(write: Write): { name: string; kind: WriteKind } {
  const kinds: [WriteKind, string | undefined][] = [
    ['update', write.update?.name],
    ['delete', write.delete],
    ['verify', write.verify],
    ['transform', write.transform?.document],
  ];
  const present = kinds.filter(([, name]) => name !== undefined);
  if (present.length !== 1) {
    throw new FirestoreError(
      'INVALID_ARGUMENT',
      'A write must have exactly one of update, delete, verify or transform',
    );
  }
  if (write.updateTransforms?.length && !write.update) {
    throw new FirestoreError('INVALID_ARGUMENT', 'updateTransforms are only allowed with update');
  }
  const [kind, name] = present[0]!;
  if (typeof name !== 'string' || !name) {
    throw new FirestoreError('INVALID_ARGUMENT', 'A write must name its document');
  }
  return { name, kind };
}

function checkPrecondition(
  precondition: Precondition | undefined,
  before: Document | null,
  name: string,
  kind: WriteKind,
): void {
  if (!precondition) return;
  if (precondition.exists !== undefined && precondition.updateTime !== undefined) {
    throw new FirestoreError(
      'INVALID_ARGUMENT',
      'A precondition may set exists or updateTime, not both',
    );
  }
  if (precondition.exists === true && !before) {
    const verb = kind === 'delete' ? 'delete' : 'update';
    throw new FirestoreError('NOT_FOUND', `No document to ${verb}: ${name}`);
  }
  if (precondition.exists === false && before) {
    throw new FirestoreError('ALREADY_EXISTS', `Document already exists: ${name}`);
  }
  if (precondition.updateTime !== undefined) {
    const wanted = timestampToMicros(precondition.updateTime);
    if (!before || timestampToMicros(before.updateTime) !== wanted) {
      throw new FirestoreError(
        'FAILED_PRECONDITION',
        `The document's update time does not match the precondition (${precondition.updateTime}): ${name}`,
      );
    }
  }
}

function applyFieldTransforms(
  fields: Fields,
  transforms: FieldTransform[],
  commitTime: string,
): Value[] {
  return transforms.map((t) => {
    const segments = parseFieldPath(t.fieldPath);
    const next = applyTransform(getField(fields, segments), t, commitTime);
    setField(fields, segments, next);
    return structuredClone(next);
  });
}

function updatedFields(write: Write, before: Document | null): Fields {
  const incoming = normalizeFields(write.update?.fields ?? {});
  const mask = write.updateMask?.fieldPaths;
  if (!mask) return incoming;
  const fields = cloneFields(before?.fields);
  for (const path of mask) {
    const segments = parseFieldPath(path);
    const v = getField(incoming, segments);
    if (v === undefined) deleteField(fields, segments);
    else setField(fields, segments, v);
  }
  return fields;
}

/** Applies `write` to its document's state so far in this commit (`stateOf`). */
export function applyWrite(
  write: Write,
  resolver: PathResolver,
  clock: WriteClock,
  stateOf: (path: string) => Document | null,
): AppliedWrite {
  const { name: rawName, kind } = writeTarget(write);
  const path = resolver.documentPath(rawName);
  const name = resolver.name(path);
  const before = stateOf(path);
  checkPrecondition(write.currentDocument, before, name, kind);

  if (kind === 'verify') {
    return { path, name, kind, before, after: before, changed: false, result: {} };
  }
  if (kind === 'delete') {
    return { path, name, kind, before, after: null, changed: before !== null, result: {} };
  }

  const fields = kind === 'update' ? updatedFields(write, before) : cloneFields(before?.fields);
  const transforms =
    kind === 'update' ? (write.updateTransforms ?? []) : (write.transform?.fieldTransforms ?? []);
  const transformResults = applyFieldTransforms(fields, transforms, clock.commitTime);
  validateStoredFields(fields);
  assertDocumentSize(path, name, fields);

  const unchanged = before !== null && fieldsIdentical(before.fields ?? {}, fields);
  const after: Document = unchanged
    ? before
    : freezeDocument({
        // The same text as `name`; reusing the stored string keeps each retained version smaller.
        name: before?.name ?? name,
        fields,
        createTime: before?.createTime ?? clock.commitTime,
        updateTime: clock.commitTime,
      });
  const result: WriteResult = { updateTime: after.updateTime };
  if (transforms.length > 0) result.transformResults = transformResults;
  return { path, name, kind, before, after, changed: !unchanged, result };
}
