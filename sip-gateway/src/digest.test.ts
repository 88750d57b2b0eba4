import { describe, expect, it } from 'vitest';
import { sipHa1 } from '../../functions/src/sip-credentials.ts';
import {
  challenges,
  checkNonce,
  expectedResponse,
  makeNonce,
  NONCE_LIFETIME_MS,
  readCredentials,
  responseMatches,
} from './digest.ts';

// RFC 7616 §3.9.1's worked example (the same digest RFC 8760 brings to SIP).
const RFC = {
  username: 'Mufasa',
  realm: 'http-auth@example.org',
  password: 'Circle of Life',
  nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v',
  cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
  uri: '/dir/index.html',
};

describe('digest', () => {
  it('computes RFC 7616 §3.9.1 responses for SHA-256 and MD5 from the stored HA1', () => {
    for (const [algorithm, response] of [
      ['SHA-256', '753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1'],
      ['MD5', '8ca523f5e9506fed4657c9700eebdbec'],
    ] as const) {
      const credentials = readCredentials({
        scheme: 'Digest',
        username: `"${RFC.username}"`,
        realm: `"${RFC.realm}"`,
        uri: `"${RFC.uri}"`,
        algorithm,
        nonce: `"${RFC.nonce}"`,
        nc: '00000001',
        cnonce: `"${RFC.cnonce}"`,
        qop: 'auth',
        response: `"${response}"`,
      })!;
      const ha1 = sipHa1(algorithm, RFC.username, RFC.realm, RFC.password);
      const expected = expectedResponse(credentials, ha1, 'GET', Buffer.alloc(0));
      expect(expected).toBe(response);
      expect(responseMatches(credentials, expected)).toBe(true);
    }
  });

  it('refuses incomplete or unsupported credentials', () => {
    expect(readCredentials({ scheme: 'Basic', username: '"a"' })).toBeNull();
    expect(
      readCredentials({
        scheme: 'Digest',
        username: '"a"',
        realm: '"r"',
        nonce: '"n"',
        uri: '"sip:x"',
        response: '"0"',
        algorithm: 'MD5-sess',
      }),
    ).toBeNull();
    // qop without nc/cnonce is malformed.
    expect(
      readCredentials({
        scheme: 'Digest',
        username: '"a"',
        realm: '"r"',
        nonce: '"n"',
        uri: '"sip:x"',
        response: '"0"',
        qop: 'auth',
      }),
    ).toBeNull();
  });

  it('issues signed nonces that go stale and cannot be forged or moved to another realm', () => {
    const secret = Buffer.from('secret');
    const now = Date.now();
    const nonce = makeNonce(secret, 'demo.chat.parley.test', now);
    expect(checkNonce(secret, 'demo.chat.parley.test', nonce, now + 1000)).toBe('valid');
    expect(checkNonce(secret, 'demo.chat.parley.test', nonce, now + NONCE_LIFETIME_MS + 1)).toBe(
      'stale',
    );
    expect(checkNonce(secret, 'other.chat.parley.test', nonce, now)).toBe('invalid');
    expect(checkNonce(Buffer.from('other'), 'demo.chat.parley.test', nonce, now)).toBe('invalid');
    expect(checkNonce(secret, 'demo.chat.parley.test', `${nonce}x`, now)).toBe('invalid');
  });

  it('challenges with SHA-256 first, then MD5', () => {
    const offered = challenges(Buffer.from('s'), 'demo.chat.parley.test', true);
    expect(offered.map((c) => c.algorithm)).toEqual(['SHA-256', 'MD5']);
    expect(offered[0]).toMatchObject({ realm: '"demo.chat.parley.test"', stale: 'true' });
  });
});
