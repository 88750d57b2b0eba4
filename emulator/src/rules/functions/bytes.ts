/** rules.Bytes methods. */
import type { MethodTable } from './args.ts';

export const bytesMethods: MethodTable<Uint8Array> = {
  size: { arity: 0, fn: (b) => BigInt(b.length) },
  // base64url alphabet, padded (RFC 4648 section 5).
  toBase64: {
    arity: 0,
    fn: (b) => Buffer.from(b).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
  },
  toHexString: { arity: 0, fn: (b) => Buffer.from(b).toString('hex').toUpperCase() },
};
