/** Resource names the RPCs carry: projects/{p}/databases/{d}[/documents[/...]]. */
import { invalidArgument } from '../errors.ts';

export interface DatabaseId {
  project: string;
  database: string;
}

const NAME = /^projects\/([^/]+)\/databases\/([^/]+)(?:\/documents(?:\/.*)?)?$/;

/** The database a resource name belongs to; INVALID_ARGUMENT when it is not one of ours. */
export function databaseOf(name: unknown, field = 'name'): DatabaseId {
  const match = typeof name === 'string' ? NAME.exec(name) : null;
  if (!match) {
    throw invalidArgument(
      `${field} must look like projects/{project}/databases/{database}[/documents/...], got ${JSON.stringify(name ?? '')}`,
    );
  }
  return { project: match[1]!, database: match[2]! };
}

const AUTO_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A 20-character id like the SDKs generate, for CreateDocument without documentId. */
export function autoId(): string {
  let id = '';
  for (let i = 0; i < 20; i++) {
    id += AUTO_ID_ALPHABET[Math.floor(Math.random() * AUTO_ID_ALPHABET.length)];
  }
  return id;
}
