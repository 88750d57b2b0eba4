import { describe, expect, it } from 'vitest';
import { evalExpr as ev } from '../test-support.ts';

describe('LatLng', () => {
  it('exposes coordinates and computes great-circle distance in meters', () => {
    expect(ev('latlng.value(10, 20).latitude()')).toBe(10);
    expect(ev('latlng.value(10, 20).longitude()')).toBe(20);
    const d = ev('latlng.value(0, 0).distance(latlng.value(0, 1))') as number;
    expect(d).toBeGreaterThan(111_000);
    expect(d).toBeLessThan(111_400);
    expect(ev('latlng.value(1, 2) == latlng.value(1.0, 2.0)')).toBe(true);
    expect(() => ev('latlng.value(91, 0)')).toThrow(/out of range/);
  });
});

describe('Bytes', () => {
  it('size, base64url and uppercase hex', () => {
    expect(ev("b'\\xFF\\xFF'.size()")).toBe(2n);
    expect(ev("b'€'.size()")).toBe(3n);
    expect(ev("b'\\xFB\\xEF\\xBE'.toBase64()")).toBe('----');
    expect(ev("b'a'.toBase64()")).toBe('YQ==');
    expect(ev("b'\\x2A'.toHexString()")).toBe('2A');
    expect(ev("b'€'.toHexString()")).toBe('E282AC');
  });
});

describe('Path', () => {
  it('bind fills {name} segments', () => {
    expect(String(ev("path('/a/{x}/b/{y}').bind({'x': '1', 'y': '2'})"))).toBe('/a/1/b/2');
  });
});

describe('hashing', () => {
  it('hashes strings as UTF-8 and bytes as is, returning bytes', () => {
    expect(ev("hashing.sha256('abc').toHexString()")).toBe(
      'BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD',
    );
    expect(ev("hashing.md5('abc').toHexString()")).toBe('900150983CD24FB0D6963F7D28E17F72');
    expect(ev("hashing.crc32('123456789').toHexString()")).toBe('CBF43926');
    expect(ev("hashing.crc32c('123456789').toHexString()")).toBe('E3069283');
    expect(ev("hashing.sha256(b'abc') == hashing.sha256('abc')")).toBe(true);
    expect(() => ev('hashing.md5(1)')).toThrow(/bytes or a string/);
  });
});

describe('math', () => {
  it('abs keeps the type; ceil, floor, round return ints', () => {
    expect(ev('math.abs(-1)')).toBe(1n);
    expect(ev('math.abs(-1.5)')).toBe(1.5);
    expect(ev('math.ceil(2.1)')).toBe(3n);
    expect(ev('math.floor(2.7)')).toBe(2n);
    expect(ev('math.floor(-2.5)')).toBe(-3n);
    expect(ev('math.round(2.5)')).toBe(3n);
    expect(ev('math.round(-2.5)')).toBe(-3n);
    expect(ev('math.round(2.4)')).toBe(2n);
    expect(ev('math.ceil(2)')).toBe(2n);
    expect(() => ev('math.floor(1.0/0.0)')).toThrow(/cannot convert/);
  });

  it('sqrt, pow, isInfinite, isNaN', () => {
    expect(ev('math.sqrt(16)')).toBe(4);
    expect(ev('math.pow(2, 10)')).toBe(1024);
    expect(ev('math.isInfinite(1.0 / 0.0)')).toBe(true);
    expect(ev('math.isInfinite(100)')).toBe(false);
    expect(ev('math.isNaN(0.0 / 0.0)')).toBe(true);
    expect(ev('math.isNaN(1)')).toBe(false);
  });
});

describe('conversions', () => {
  it('bool(), int(), float(), string(), bytes(), path()', () => {
    expect(ev("bool('true')")).toBe(true);
    expect(ev("bool('false')")).toBe(false);
    expect(() => ev("bool('yes')")).toThrow(/cannot convert/);
    expect(ev("int('42')")).toBe(42n);
    expect(ev('int(2.9)')).toBe(2n);
    expect(ev('int(-2.9)')).toBe(-2n);
    expect(() => ev("int('4.2')")).toThrow(/cannot convert/);
    expect(ev("float('2.2')")).toBe(2.2);
    expect(ev('float(2)')).toBe(2);
    expect(ev('string(1)')).toBe('1');
    expect(ev('string(1.0)')).toBe('1.0');
    expect(ev('string(1.5)')).toBe('1.5');
    expect(ev('string(true)')).toBe('true');
    expect(ev('string(null)')).toBe('null');
    expect(ev('string(/a/b)')).toBe('/a/b');
    expect(ev("bytes('a')")).toEqual(new Uint8Array([97]));
    expect(String(ev("path('a/b/c')"))).toBe('/a/b/c');
    expect(() => ev('string([1])')).toThrow(/cannot convert/);
  });

  it('debug() returns its argument', () => {
    expect(ev('debug(1 + 1) == 2')).toBe(true);
  });
});
