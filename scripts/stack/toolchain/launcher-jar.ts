import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The Firestore emulator's entry point (what the Cloud SDK's cloud_firestore_emulator script runs). */
export const FIRESTORE_MAIN_CLASS = 'com.google.cloud.datastore.emulator.firestore.CloudFirestore';

/**
 * A JAR manifest: `Name: value` lines of at most 72 bytes, longer values continued on lines that
 * start with one space (the JAR File Specification), CRLF line ends, a blank line at the end.
 */
export function manifestText(attributes: Record<string, string>): string {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    const bytes = Buffer.from(`${name}: ${value}`, 'utf8');
    let start = 0;
    let width = 72;
    do {
      let end = Math.min(start + width, bytes.length);
      // Never split a UTF-8 sequence: back up to the start of a character.
      while (end < bytes.length && end > start && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
      lines.push(`${start ? ' ' : ''}${bytes.subarray(start, end).toString('utf8')}`);
      start = end;
      width = 71;
    } while (start < bytes.length);
  }
  return `${lines.join('\r\n')}\r\n\r\n`;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A ZIP archive of uncompressed ("stored") files: all a launcher jar needs. */
export function storedZip(files: { name: string; data: Uint8Array }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const crc = crc32(file.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4); // version needed: 1.0
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00, so the jar is byte-for-byte stable
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(file.data.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(10, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt32LE(0x00210000, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(file.data.length, 20);
    central.writeUInt32LE(file.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(file.data));
    centrals.push(central, name);
    offset += local.length + name.length + file.data.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/**
 * The Cloud SDK's emulator jar has no Main-Class, so `java -jar` (how firebase-tools starts it)
 * cannot run it. A launcher whose manifest names the main class and puts the SDK's jar on the
 * class path can. Written atomically and only when it changed, as parallel test runs share it.
 */
export function ensureLauncherJar(target: string, emulatorJar: string): string {
  const manifest = manifestText({
    'Manifest-Version': '1.0',
    'Main-Class': FIRESTORE_MAIN_CLASS,
    'Class-Path': pathToFileURL(path.resolve(emulatorJar)).href,
    'Created-By': 'Parley (scripts/stack/toolchain)',
  });
  const jar = storedZip([
    { name: 'META-INF/', data: new Uint8Array() },
    { name: 'META-INF/MANIFEST.MF', data: Buffer.from(manifest, 'utf8') },
  ]);
  try {
    if (readFileSync(target).equals(jar)) return target;
  } catch {}
  mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, jar, { mode: 0o755 });
  renameSync(temporary, target);
  return target;
}
