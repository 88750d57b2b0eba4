import path from 'node:path';
import { findFirestoreEmulatorJar, firebaseToolsJar } from './firestore-emulator-jar.ts';
import { findJava, MIN_JAVA_MAJOR } from './java.ts';
import { ensureLauncherJar } from './launcher-jar.ts';

/** What firebase-tools needs to run Google's Firestore emulator here, or why it cannot. */
export interface FirestoreToolchain {
  /** Environment for the firebase-tools process: the JDK first on PATH, the jar override. */
  env: Record<string, string>;
  /** One line for summaries: which Java and which jar. */
  description: string;
}

export class ToolchainError extends Error {
  override name = 'ToolchainError';
}

const JAVA_HELP =
  'install a JDK 21 or newer (e.g. `apt-get install openjdk-21-jre-headless`, Temurin 21+, or ' +
  '`brew install openjdk@21`) or point JAVA_HOME at one';
const JAR_HELP =
  'install the Cloud SDK component (`gcloud components install cloud-firestore-emulator`, or ' +
  "Debian's `apt-get install google-cloud-cli-firestore-emulator`), or run " +
  '`npx firebase setup:emulators:firestore` on a machine with internet';

/** The Java problem in one line, or null when a Java 21+ is there. */
export function javaProblem(): string | null {
  const { java, tooOld } = findJava();
  if (java) return null;
  const seen = tooOld.length
    ? ` (found only ${tooOld.map((j) => `Java ${j.major} at ${j.bin}`).join(', ')})`
    : '';
  return `Google's Firestore emulator needs Java ${MIN_JAVA_MAJOR} or newer${seen}: ${JAVA_HELP}.`;
}

/** The jar problem in one line, or null when a jar is there. */
export function jarProblem(): string | null {
  if (findFirestoreEmulatorJar()) return null;
  if (process.env.FIRESTORE_EMULATOR_BINARY_PATH)
    return `FIRESTORE_EMULATOR_BINARY_PATH points at ${process.env.FIRESTORE_EMULATOR_BINARY_PATH}, which does not exist.`;
  return `Google's Firestore emulator jar is not on this machine (looked in ${firebaseToolsJar().cacheDir} and the Cloud SDK folders): ${JAR_HELP}.`;
}

/**
 * Finds a Java 21+ and the emulator jar and says how firebase-tools should run them. A jar from
 * the Cloud SDK gets a launcher jar in `cacheDir`; without any jar, firebase-tools downloads its
 * own when it can (`allowDownload`), else this fails with one clear line.
 */
export function resolveFirestoreToolchain(
  cacheDir: string,
  { allowDownload = false } = {},
): FirestoreToolchain {
  const { java } = findJava();
  if (!java) throw new ToolchainError(javaProblem() ?? 'no Java');
  const javaBin = path.dirname(java.bin);
  const env: Record<string, string> = {
    PATH: [javaBin, process.env.PATH].filter(Boolean).join(path.delimiter),
    JAVA_HOME: path.dirname(javaBin),
  };
  const jar = findFirestoreEmulatorJar();
  if (!jar) {
    if (!allowDownload) throw new ToolchainError(jarProblem() ?? 'no jar');
    return { env, description: `Java ${java.major}; firebase-tools downloads its emulator jar` };
  }
  if (jar.source === 'Cloud SDK') {
    env.FIRESTORE_EMULATOR_BINARY_PATH = ensureLauncherJar(
      path.join(cacheDir, 'cloud-firestore-emulator-launcher.jar'),
      jar.path,
    );
  } else if (jar.source === 'override') {
    env.FIRESTORE_EMULATOR_BINARY_PATH = jar.path;
  }
  return { env, description: `Java ${java.major}, emulator jar from the ${jar.source}` };
}
