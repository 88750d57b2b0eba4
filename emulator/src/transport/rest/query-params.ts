/**
 * URL query parameters -> request fields, as REST transcoding defines them: dotted paths
 * (`mask.fieldPaths=a&mask.fieldPaths=b`, `currentDocument.exists=true`), repeated keys for
 * repeated fields, values typed by the proto field. Unknown parameters are ignored.
 */
import protobuf from 'protobufjs';
import type { JsonObject } from '../proto/json.ts';

/** System parameters every Google API accepts; none is a request field. */
const SYSTEM_PARAMETERS = new Set([
  '$alt',
  'alt',
  'key',
  'prettyPrint',
  'fields',
  'callback',
  'access_token',
  'quotaUser',
  'upload_protocol',
  'uploadType',
  '$.xgafv',
  '$httpHeaders',
]);

export function applyQueryParams(
  type: protobuf.Type,
  request: JsonObject,
  params: URLSearchParams,
): void {
  for (const [key, raw] of params) {
    if (SYSTEM_PARAMETERS.has(key)) continue;
    assign(type, request, key.split('.').map(camelCase), raw);
  }
}

/** `$alt=json;enum-encoding=int`: enums travel as numbers both ways. */
export function wantsNumericEnums(params: URLSearchParams): boolean {
  return params.getAll('$alt').some((alt) => alt.split(';').includes('enum-encoding=int'));
}

function assign(type: protobuf.Type, target: JsonObject, path: string[], raw: string): void {
  const [head, ...tail] = path;
  const field = head === undefined ? undefined : type.fields[head];
  if (!field || head === undefined) return;
  const resolved = field.resolvedType;
  if (tail.length > 0) {
    if (!(resolved instanceof protobuf.Type) || field.repeated || field.map) return;
    if (typeof target[head] !== 'object' || target[head] === null) target[head] = {};
    assign(resolved, target[head] as JsonObject, tail, raw);
    return;
  }
  const value = typed(field, raw);
  if (!field.repeated) target[head] = value;
  else if (Array.isArray(target[head])) target[head].push(value);
  else target[head] = [value];
}

function typed(field: protobuf.Field, raw: string): unknown {
  if (field.resolvedType instanceof protobuf.Enum) return /^-?\d+$/.test(raw) ? Number(raw) : raw;
  switch (field.type) {
    case 'bool':
      return raw === 'true' || raw === '1';
    case 'int32':
    case 'uint32':
    case 'sint32':
    case 'fixed32':
    case 'sfixed32':
    case 'double':
    case 'float':
      return Number(raw);
    default:
      // strings, bytes (base64), int64 (decimal string) and well-known types in their JSON string form
      return raw;
  }
}

function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
