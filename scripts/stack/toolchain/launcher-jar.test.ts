import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, ensureLauncherJar, FIRESTORE_MAIN_CLASS, manifestText } from './launcher-jar.ts';

describe('manifestText', () => {
  it('keeps lines within 72 bytes and continues long values on lines starting with a space', () => {
    const value = `file:///opt/${'a'.repeat(150)}/cloud-firestore-emulator.jar`;
    const text = manifestText({ 'Class-Path': value });
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toBe('');
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(72);
    expect(lines.slice(1, -2).every((line) => line.startsWith(' '))).toBe(true);
    const joined =
      lines[0] +
      lines
        .slice(1, -2)
        .map((line) => line.slice(1))
        .join('');
    expect(joined).toBe(`Class-Path: ${value}`);
  });

  it('never splits a multi-byte character', () => {
    const text = manifestText({ Name: 'é'.repeat(80) });
    expect(text).not.toContain('\uFFFD');
    expect(text.replace(/\r\n /g, '')).toContain('é'.repeat(80));
  });
});

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});

describe('ensureLauncherJar', () => {
  it('writes a jar that unzip reads, naming the main class and the emulator jar', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-launcher-'));
    const target = ensureLauncherJar(path.join(dir, 'launcher.jar'), '/opt/sdk dir/emulator.jar');
    const manifest = execFileSync('unzip', ['-p', target, 'META-INF/MANIFEST.MF'], {
      encoding: 'utf8',
    }).replace(/\r\n /g, '');
    expect(manifest).toContain(`Main-Class: ${FIRESTORE_MAIN_CLASS}`);
    expect(manifest).toContain('Class-Path: file:///opt/sdk%20dir/emulator.jar');
    const before = readFileSync(target);
    ensureLauncherJar(target, '/opt/sdk dir/emulator.jar');
    expect(readFileSync(target).equals(before)).toBe(true);
  });
});
