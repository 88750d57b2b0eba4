/**
 * Firestore's v1 protobuf schema, loaded once from the descriptor that @google-cloud/firestore
 * ships (build/protos/v1.json), so the wire format always matches what the SDKs were built with.
 */
import { createRequire } from 'node:module';
import protobuf from 'protobufjs';

const require = createRequire(import.meta.url);
const descriptor = require('@google-cloud/firestore/build/protos/v1.json') as protobuf.INamespace;

export const firestoreRoot: protobuf.Root = protobuf.Root.fromJSON(descriptor);
firestoreRoot.resolveAll();

export const SERVICE_NAME = 'google.firestore.v1.Firestore';
export const firestoreService: protobuf.Service = firestoreRoot.lookupService(SERVICE_NAME);

export interface MethodSchema {
  name: string;
  requestType: protobuf.Type;
  responseType: protobuf.Type;
  requestStream: boolean;
  responseStream: boolean;
}

/** Every RPC of the service, keyed by its proto name (GetDocument, RunQuery, Listen...). */
export const firestoreMethods: ReadonlyMap<string, MethodSchema> = new Map(
  firestoreService.methodsArray.map((method) => [
    method.name,
    {
      name: method.name,
      requestType: method.resolvedRequestType!,
      responseType: method.resolvedResponseType!,
      requestStream: Boolean(method.requestStream),
      responseStream: Boolean(method.responseStream),
    },
  ]),
);

export function methodSchema(name: string): MethodSchema {
  const schema = firestoreMethods.get(name);
  if (!schema) throw new Error(`Unknown Firestore RPC ${name}`);
  return schema;
}
