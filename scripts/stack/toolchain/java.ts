import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** firebase-tools starts Google's Firestore emulator with `java -jar`; that jar needs Java 21+. */
export const MIN_JAVA_MAJOR = 21;

export interface Java {
  /** The `java` executable. */
  bin: string;
  major: number;
}

/** `java -version` text → major version: `"25.0.3"` → 25, `"21"` → 21, `"1.8.0_402"` → 8. */
export function javaMajorOf(versionText: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionText);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/**
 * Where a JDK usually is, best first: JAVA_HOME, every `java` on PATH, then the folders that
 * package managers install JDKs into (Debian/Ubuntu, Fedora, Homebrew, macOS, SDKMAN, asdf).
 */
export function javaCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const exe = process.platform === 'win32' ? 'java.exe' : 'java';
  const candidates: string[] = [];
  if (env.JAVA_HOME) candidates.push(path.join(env.JAVA_HOME, 'bin', exe));
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir) candidates.push(path.join(dir, exe));
  }
  const home = os.homedir();
  const jdkFolders = [
    '/usr/lib/jvm',
    '/usr/java',
    '/opt/java',
    '/opt/homebrew/opt',
    '/usr/local/opt',
    '/Library/Java/JavaVirtualMachines',
    path.join(home, '.sdkman/candidates/java'),
    path.join(home, '.asdf/installs/java'),
  ];
  for (const folder of jdkFolders) {
    let entries: string[];
    try {
      entries = readdirSync(folder);
    } catch {
      continue;
    }
    // Newest-looking names first, so `temurin-25` wins over `java-17` without running both.
    for (const entry of entries.sort().reverse()) {
      candidates.push(path.join(folder, entry, 'bin', exe));
      candidates.push(path.join(folder, entry, 'Contents/Home/bin', exe));
      candidates.push(path.join(folder, entry, 'libexec/openjdk.jdk/Contents/Home/bin', exe));
    }
  }
  return [...new Set(candidates)].filter((candidate) => existsSync(candidate));
}

function majorOf(bin: string): number | null {
  // `java -version` prints to stderr.
  const result = spawnSync(bin, ['-version'], { encoding: 'utf8', timeout: 20_000 });
  return javaMajorOf(`${result.stderr ?? ''}${result.stdout ?? ''}`);
}

/** The first Java of MIN_JAVA_MAJOR or newer, and every older one seen (for the error message). */
export function findJava(env: NodeJS.ProcessEnv = process.env): {
  java: Java | null;
  tooOld: Java[];
} {
  const tooOld: Java[] = [];
  for (const bin of javaCandidates(env)) {
    const major = majorOf(bin);
    if (major === null) continue;
    if (major >= MIN_JAVA_MAJOR) return { java: { bin, major }, tooOld };
    tooOld.push({ bin, major });
  }
  return { java: null, tooOld };
}
