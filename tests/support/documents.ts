/**
 * Documents of the stack's Firestore emulator through its REST API, as the emulator's owner (the
 * rules do not apply): what the product really saved, and putting back what a suite changed in
 * the shared `demo` workspace. Values come back as plain JavaScript (integers as numbers,
 * timestamps as Dates).
 */
import { inject } from 'vitest';

export type DocumentData = Record<string, unknown>;

interface Value {
  nullValue?: null;
  booleanValue?: boolean;
  integerValue?: string;
  doubleValue?: number;
  timestampValue?: string;
  stringValue?: string;
  referenceValue?: string;
  arrayValue?: { values?: Value[] };
  mapValue?: { fields?: Record<string, Value> };
}

const OWNER = { Authorization: 'Bearer owner' };

function documentsUrl(path: string) {
  const stack = inject('stack');
  return `http://${stack.firestoreHost}/v1/projects/${stack.projectId}/databases/(default)/documents/${path}`;
}

function decode(value: Value): unknown {
  if ('integerValue' in value) return Number(value.integerValue);
  if ('timestampValue' in value) return new Date(value.timestampValue!);
  if ('arrayValue' in value) return (value.arrayValue?.values ?? []).map(decode);
  if ('mapValue' in value) return decodeFields(value.mapValue?.fields);
  if ('nullValue' in value) return null;
  return value.booleanValue ?? value.doubleValue ?? value.stringValue ?? value.referenceValue;
}

function decodeFields(fields: Record<string, Value> = {}): DocumentData {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, decode(value)]));
}

function encode(value: unknown): Value {
  if (value === null) return { nullValue: null };
  if (typeof value === 'boolean') return { booleanValue: value };
  if (typeof value === 'number')
    return Number.isInteger(value) ? { integerValue: String(value) } : { doubleValue: value };
  if (typeof value === 'string') return { stringValue: value };
  if (value instanceof Date) return { timestampValue: value.toISOString() };
  if (Array.isArray(value)) return { arrayValue: { values: value.map(encode) } };
  return {
    mapValue: {
      fields: Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, encode(v)])),
    },
  };
}

/** The document at `path`, or undefined when there is none. */
export async function readDocument(path: string): Promise<DocumentData | undefined> {
  const response = await fetch(documentsUrl(path), { headers: OWNER });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return decodeFields(((await response.json()) as { fields?: Record<string, Value> }).fields);
}

/** Every document of the collection at `path`. */
export async function listDocuments(path: string): Promise<{ id: string; data: DocumentData }[]> {
  const documents: { id: string; data: DocumentData }[] = [];
  let pageToken = '';
  do {
    const query = `pageSize=300${pageToken ? `&pageToken=${encodeURIComponent(pageToken)}` : ''}`;
    const response = await fetch(`${documentsUrl(path)}?${query}`, { headers: OWNER });
    if (!response.ok) throw new Error(`LIST ${path}: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as {
      documents?: { name: string; fields?: Record<string, Value> }[];
      nextPageToken?: string;
    };
    for (const d of body.documents ?? [])
      documents.push({ id: d.name.split('/').pop() ?? '', data: decodeFields(d.fields) });
    pageToken = body.nextPageToken ?? '';
  } while (pageToken);
  return documents;
}

/** Sets `fields` of the document (creating it if need be) and removes the `removed` ones. */
export async function patchDocument(path: string, fields: DocumentData, removed: string[] = []) {
  const mask = [...Object.keys(fields), ...removed]
    .map((field) => `updateMask.fieldPaths=${encodeURIComponent(field)}`)
    .join('&');
  const body = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, encode(v)]));
  const response = await fetch(`${documentsUrl(path)}?${mask}`, {
    method: 'PATCH',
    headers: { ...OWNER, 'Content-Type': 'application/json' },
    body: JSON.stringify({ fields: body }),
  });
  if (!response.ok) throw new Error(`PATCH ${path}: ${response.status} ${await response.text()}`);
}

export async function deleteDocument(path: string) {
  const response = await fetch(documentsUrl(path), { method: 'DELETE', headers: OWNER });
  if (!response.ok) throw new Error(`DELETE ${path}: ${response.status} ${await response.text()}`);
}

/** Polls the document until `done` accepts it; returns what it accepted. */
export async function waitForDocument(
  path: string,
  done: (data: DocumentData | undefined) => boolean,
  timeoutMs = 20_000,
): Promise<DocumentData | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const data = await readDocument(path);
    if (done(data)) return data;
    if (Date.now() > deadline) throw new Error(`${path} did not reach the expected state`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Polls the demo workspace's chats until the one of visitor `name` satisfies `done`. */
export async function waitForChatOf(
  name: string,
  done: (data: DocumentData) => boolean,
  timeoutMs = 20_000,
): Promise<{ id: string; data: DocumentData }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const chats = await listDocuments('workspaces/demo/chats');
    const chat = chats.find((c) => (c.data.visitor as { name?: string })?.name === name);
    if (chat && done(chat.data)) return chat;
    if (Date.now() > deadline) throw new Error(`${name}'s chat did not reach the expected state`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
