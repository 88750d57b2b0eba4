/**
 * Stages what Firebase Hosting serves (firebase.json "hosting.public": ".hosting"): the built
 * widget under /widget/, the same layout as the local demo site, so the Control Panel's default
 * snippet address (https://<project>.web.app/widget/widget.js) and the account page beside it
 * (/widget/account.html) are the same paths everywhere.
 */
import { cp, mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HOSTING_DIR = '.hosting';
export const WIDGET_DIST = 'widget/dist';

export async function stageHosting(rootDir: string): Promise<string> {
  const dist = path.join(rootDir, WIDGET_DIST);
  const built = await stat(path.join(dist, 'widget.js')).catch(() => null);
  if (!built)
    throw new Error(`${WIDGET_DIST}/widget.js is missing: run npm run build:widget first.`);
  const target = path.join(rootDir, HOSTING_DIR);
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  // Source maps stay home: they would publish the widget's sources to every visitor.
  await cp(dist, path.join(target, 'widget'), {
    recursive: true,
    filter: (source) => !source.endsWith('.map'),
  });
  return target;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  stageHosting(rootDir).then(
    (dir) => console.log(`Hosting staged in ${path.relative(rootDir, dir)}/`),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
