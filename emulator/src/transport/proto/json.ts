/**
 * Conversions between Firestore's wire forms and the proto3 JSON the core speaks: binary protobuf
 * (gRPC), canonical proto3 JSON (REST) and proto3 JSON with numeric enums (`$alt=json;enum-encoding=int`,
 * what @google-cloud/firestore sends with preferRest).
 */
import protobuf from 'protobufjs';
import protojson from 'protobufjs/ext/protojson.js';

export type JsonObject = Record<string, unknown>;

/** Unknown members are ignored, like Google's servers do, so newer clients keep working. */
const LENIENT = { ignoreUnknownFields: true };

/** Binary protobuf -> proto3 JSON (int64 as strings, bytes base64, RFC 3339 timestamps...). */
export function decodeToJson(type: protobuf.Type, bytes: Uint8Array): JsonObject {
  return protojson.toJson(type, type.decode(bytes)) as JsonObject;
}

/**
 * A request as the core wants it: canonical proto3 JSON in which every message that is present
 * also carries its repeated fields, empty ones included. proto3 JSON drops empty lists, yet
 * `updateMask: {fieldPaths: []}` (transform-only update) and `mask: {fieldPaths: []}` (names
 * only) mean something different from an absent mask.
 */
export function decodeRequest(type: protobuf.Type, bytes: Uint8Array): JsonObject {
  return withEmptyLists(type, decodeToJson(type, bytes));
}

/** Like decodeRequest, for a request that arrived as (possibly non-canonical) JSON. */
export function normalizeRequest(type: protobuf.Type, json: unknown): JsonObject {
  return withEmptyLists(type, normalizeJson(type, json));
}

/** proto3 JSON -> binary protobuf. Throws when the JSON does not fit the type. */
export function encodeFromJson(type: protobuf.Type, json: unknown): Uint8Array {
  return type.encode(protojson.fromJson(type, json, LENIENT)).finish();
}

/**
 * Any accepted proto3 JSON (enum numbers, `"1"` for int32, timestamps with offsets...) -> the
 * canonical form the core expects. Throws when the JSON does not fit the type.
 */
export function normalizeJson(type: protobuf.Type, json: unknown): JsonObject {
  return protojson.toJson(type, protojson.fromJson(type, json, LENIENT)) as JsonObject;
}

/** Canonical proto3 JSON -> the same with enum values as numbers (google.protobuf.NullValue stays null). */
export function enumsToNumbers(type: protobuf.Type, json: JsonObject): JsonObject {
  return convertMessage(type, json);
}

const WELL_KNOWN = /^\.google\.protobuf\./;

function withEmptyLists(type: protobuf.Type, json: JsonObject): JsonObject {
  if (WELL_KNOWN.test(type.fullName)) return json;
  for (const field of type.fieldsArray) {
    const value = json[field.name];
    if (field.repeated && !field.map && value === undefined && !field.partOf) json[field.name] = [];
    const resolved = field.resolvedType;
    if (!(resolved instanceof protobuf.Type) || value === undefined || field.map) continue;
    if (Array.isArray(value)) {
      for (const entry of value) if (isObject(entry)) withEmptyLists(resolved, entry);
    } else if (isObject(value)) withEmptyLists(resolved, value);
  }
  return json;
}

function convertMessage(type: protobuf.Type, json: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(json)) {
    const field = type.fields[key];
    out[key] = field ? convertField(field, value) : value;
  }
  return out;
}

function convertField(field: protobuf.Field, value: unknown): unknown {
  const resolved = field.resolvedType;
  if (!resolved) return value;
  if (field.map && isObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, convertSingle(resolved, entry)]),
    );
  }
  if (field.repeated && Array.isArray(value)) {
    return value.map((entry) => convertSingle(resolved, entry));
  }
  return convertSingle(resolved, value);
}

function convertSingle(resolved: protobuf.Type | protobuf.Enum, value: unknown): unknown {
  if (resolved instanceof protobuf.Enum) {
    if (resolved.fullName === '.google.protobuf.NullValue') return value;
    if (typeof value === 'string' && value in resolved.values) return resolved.values[value];
    return value;
  }
  return isObject(value) ? convertMessage(resolved, value) : value;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
