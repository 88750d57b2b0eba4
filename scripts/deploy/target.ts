/**
 * Which Firebase project `npm run deploy` deploys to, or why it won't. Pure, so the refusal is
 * tested offline: a missing project and the local stack's demo- project stop with a message
 * that says what to do.
 */
export interface DeployInputs {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** .firebaserc's contents, if the file exists */
  firebaserc: string | null;
}

export type DeployTarget = { ok: true; projectId: string } | { ok: false; message: string };

const HOW =
  'Create a Firebase project (README, "Going to production"), then run\n' +
  '  npm run deploy -- --project <your-project-id>\n' +
  'or make it the default with `npx firebase use --add`.';

export function deployTarget(inputs: DeployInputs): DeployTarget {
  const projectId =
    flagValue(inputs.argv, '--project') ??
    flagValue(inputs.argv, '-P') ??
    inputs.env.PARLEY_FIREBASE_PROJECT?.trim() ??
    defaultProject(inputs.firebaserc);
  if (!projectId) return { ok: false, message: `No Firebase project is configured.\n${HOW}` };
  if (projectId.startsWith('demo-'))
    return {
      ok: false,
      message: `"${projectId}" is the local stack's emulator-only project; it cannot be deployed.\n${HOW}`,
    };
  if (!isProjectId(projectId))
    return { ok: false, message: `"${projectId}" is not a Firebase project id.\n${HOW}` };
  return { ok: true, projectId };
}

/** Firebase (Google Cloud) project ids: 6–30 lower-case letters, digits and hyphens. */
export function isProjectId(id: string): boolean {
  return /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(id);
}

function flagValue(argv: readonly string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  if (i >= 0) return argv[i + 1]?.trim() || undefined;
  const inline = argv.find((arg) => arg.startsWith(`${flag}=`));
  return inline ? inline.slice(flag.length + 1).trim() || undefined : undefined;
}

function defaultProject(firebaserc: string | null): string | undefined {
  if (!firebaserc) return undefined;
  try {
    const parsed = JSON.parse(firebaserc) as { projects?: Record<string, string> };
    return parsed.projects?.default?.trim() || undefined;
  } catch {
    return undefined;
  }
}
