import { describe, expect, it } from 'vitest';
import { asciiJson, chunk, parseForwardBody, parseHeaderBlock } from './framing.ts';

describe('asciiJson', () => {
  it('escapes every non-ASCII code unit, emoji as their surrogate pair', () => {
    const text = asciiJson({ s: 'héllo 😀 ✓' });
    expect(text).toBe('{"s":"h\\u00e9llo \\ud83d\\ude00 \\u2713"}');
    expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
    expect(JSON.parse(text)).toEqual({ s: 'héllo 😀 ✓' });
  });

  it('keeps lone surrogates escaped (JSON.stringify already does)', () => {
    expect(JSON.parse(asciiJson('\ud800x'))).toBe('\ud800x');
  });
});

describe('chunk', () => {
  it('prefixes the length in UTF-16 code units, which equals bytes for ASCII JSON', () => {
    const text = asciiJson([[1, [{ v: '😀' }]]]);
    const framed = chunk(text);
    expect(framed).toBe(`${text.length}\n${text}`);
    expect(Buffer.byteLength(text)).toBe(text.length);
  });
});

describe('parseForwardBody', () => {
  it('reads the handshake headers and the raw JSON messages with their map ids', () => {
    const headers = encodeURIComponent(
      'Authorization:Bearer owner\r\nX-Goog-Api-Client:gl-js/\r\n',
    );
    const body =
      `headers=${headers}&count=2&ofs=0` +
      `&req0___data__=${encodeURIComponent('{"database":"projects/p/databases/(default)"}')}` +
      `&req1___data__=${encodeURIComponent('{"a":"é 😀 + &"}')}`;
    const parsed = parseForwardBody(body);
    expect(parsed.headers).toEqual({
      authorization: 'Bearer owner',
      'x-goog-api-client': 'gl-js/',
    });
    expect(parsed.maps).toEqual([
      { id: 0, json: '{"database":"projects/p/databases/(default)"}' },
      { id: 1, json: '{"a":"é 😀 + &"}' },
    ]);
  });

  it('adds ofs to the index in the key, not the position', () => {
    const body = 'count=2&ofs=7&req3___data__=%7B%7D&req1___data__=%5B%5D';
    expect(parseForwardBody(body).maps).toEqual([
      { id: 8, json: '[]' },
      { id: 10, json: '{}' },
    ]);
  });

  it('accepts an empty body (sendBeacon terminate, count=0)', () => {
    expect(parseForwardBody('')).toEqual({ headers: {}, maps: [] });
    expect(parseForwardBody('count=0')).toEqual({ headers: {}, maps: [] });
  });

  it('turns a map without __data__ into a JSON object of its fields', () => {
    expect(parseForwardBody('count=1&ofs=0&req0_x=1&req0_y=b').maps).toEqual([
      { id: 0, json: '{"x":"1","y":"b"}' },
    ]);
  });
});

describe('parseHeaderBlock', () => {
  it('splits Name:value lines, lower-casing names and keeping colons in values', () => {
    expect(parseHeaderBlock('A:1\r\nB-C: x:y \r\n\r\n')).toEqual({ a: '1', 'b-c': 'x:y' });
  });
});
