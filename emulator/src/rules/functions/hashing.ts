/** The `hashing.` namespace: every function returns Bytes (strings are hashed as UTF-8). */
import { createHash } from 'node:crypto';
import { argBytesOrString, type MethodTable } from './args.ts';

function crcTable(poly: number): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? poly ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

const CRC32 = crcTable(0xedb88320);
const CRC32C = crcTable(0x82f63b78);

function crc(table: Uint32Array, data: Uint8Array): Uint8Array {
  let c = 0xffffffff;
  for (const byte of data) c = table[(c ^ byte) & 0xff]! ^ (c >>> 8);
  c = (c ^ 0xffffffff) >>> 0;
  // Big-endian, as the checksum is conventionally printed.
  return new Uint8Array([c >>> 24, (c >>> 16) & 0xff, (c >>> 8) & 0xff, c & 0xff]);
}

const digest = (algorithm: string, data: Uint8Array) =>
  new Uint8Array(createHash(algorithm).update(data).digest());

export const hashingNamespace: MethodTable<null> = {
  crc32: { arity: 1, fn: (_, [v]) => crc(CRC32, argBytesOrString('hashing.crc32', v)) },
  crc32c: { arity: 1, fn: (_, [v]) => crc(CRC32C, argBytesOrString('hashing.crc32c', v)) },
  md5: { arity: 1, fn: (_, [v]) => digest('md5', argBytesOrString('hashing.md5', v)) },
  sha256: { arity: 1, fn: (_, [v]) => digest('sha256', argBytesOrString('hashing.sha256', v)) },
};
