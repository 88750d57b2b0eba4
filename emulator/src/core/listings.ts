/**
 * ListDocuments and ListCollectionIds: direct children of a parent, in name order, paged with
 * opaque tokens. "Missing" documents are ones that do not exist but have subcollections.
 */
import type { Document, ListDocumentsOptions } from './api.ts';
import { FirestoreError } from './api.ts';
import type { DocumentStore } from './document-store.ts';
import { projectFields } from './field-paths.ts';
import { collectionOf } from './paths.ts';
import { comparePaths, compareUtf8 } from './values.ts';

function encodeToken(last: string): string {
  return Buffer.from(last, 'utf8').toString('base64');
}

function decodeToken(token: string | undefined): string | undefined {
  if (!token) return undefined;
  return Buffer.from(token, 'base64').toString('utf8');
}

function page<T>(
  items: T[],
  keyOf: (item: T) => string,
  compare: (a: string, b: string) => number,
  pageSize: number | undefined,
  pageToken: string | undefined,
): { items: T[]; nextPageToken?: string } {
  const after = decodeToken(pageToken);
  const rest = after === undefined ? items : items.filter((i) => compare(keyOf(i), after) > 0);
  if (pageSize !== undefined && (!Number.isInteger(pageSize) || pageSize < 0)) {
    throw new FirestoreError('INVALID_ARGUMENT', 'pageSize must be a non-negative integer');
  }
  if (!pageSize || rest.length <= pageSize) return { items: rest };
  const shown = rest.slice(0, pageSize);
  return { items: shown, nextPageToken: encodeToken(keyOf(shown[shown.length - 1]!)) };
}

/** Collection paths directly under `parent` ("" = root) that are `collectionId` (or any). */
function childCollections(store: DocumentStore, parent: string, collectionId: string): string[] {
  const out: string[] = [];
  for (const path of store.collectionPaths()) {
    if (collectionOf(path) !== parent) continue;
    if (collectionId && path !== (parent ? `${parent}/${collectionId}` : collectionId)) continue;
    out.push(path);
  }
  return out;
}

/** Paths of documents in `collection` that don't exist but have live descendants. */
function missingDocuments(store: DocumentStore, collection: string, at?: number): string[] {
  const prefix = `${collection}/`;
  const found = new Set<string>();
  for (const path of store.collectionPaths()) {
    if (!path.startsWith(prefix)) continue;
    const id = path.slice(prefix.length).split('/')[0]!;
    const docPath = prefix + id;
    if (found.has(docPath) || store.get(docPath, at)) continue;
    if (store.hasDocuments(path, at)) found.add(docPath);
  }
  return [...found];
}

export function listDocuments(
  store: DocumentStore,
  parent: string,
  collectionId: string,
  options: ListDocumentsOptions,
  nameOf: (path: string) => string,
  at?: number,
): { documents: Document[]; nextPageToken?: string } {
  const orderBy = (options.orderBy ?? '__name__').trim();
  const descending = /\s+desc$/i.test(orderBy);
  if (orderBy.replace(/\s+(asc|desc)$/i, '') !== '__name__') {
    throw new FirestoreError(
      'UNIMPLEMENTED',
      `listDocuments orderBy "${orderBy}" is not supported; use __name__`,
    );
  }
  const docs: Document[] = [];
  for (const collection of childCollections(store, parent, collectionId)) {
    docs.push(...store.documentsIn(collection, at));
    if (options.showMissing) {
      // Missing documents carry only their name (no fields, no times), as in Firestore.
      for (const path of missingDocuments(store, collection, at))
        docs.push({ name: nameOf(path) } as Document);
    }
  }
  const compare = (a: string, b: string) => (descending ? -comparePaths(a, b) : comparePaths(a, b));
  docs.sort((a, b) => compare(a.name, b.name));
  const { items, nextPageToken } = page(
    docs,
    (d) => d.name,
    compare,
    options.pageSize,
    options.pageToken,
  );
  const { mask } = options;
  const documents = mask
    ? items.map((d) => (d.fields ? { ...d, fields: projectFields(d.fields, mask) } : d))
    : items;
  return nextPageToken ? { documents, nextPageToken } : { documents };
}

export function listCollectionIds(
  store: DocumentStore,
  parent: string,
  options: { pageSize?: number; pageToken?: string },
  at?: number,
): { collectionIds: string[]; nextPageToken?: string } {
  const prefix = parent ? `${parent}/` : '';
  const ids = new Set<string>();
  for (const path of store.collectionPaths()) {
    if (!path.startsWith(prefix)) continue;
    const id = path.slice(prefix.length).split('/')[0]!;
    if (!ids.has(id) && store.hasDocuments(path, at)) ids.add(id);
  }
  const sorted = [...ids].sort(compareUtf8);
  const { items, nextPageToken } = page(
    sorted,
    (id) => id,
    compareUtf8,
    options.pageSize,
    options.pageToken,
  );
  return nextPageToken ? { collectionIds: items, nextPageToken } : { collectionIds: items };
}
