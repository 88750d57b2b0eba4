/**
 * Widget size benchmark: gzipped size of the loader (widget.js, budget 5 KB), of everything a
 * visitor who chats downloads (the loader's lazy chunks: Preact, the screens and Firebase with
 * one language, budget 177 KB, the figure before App Check), App Check's chunk apart
 * (only sites with a site key load it), and the bytes an average page view costs when 5% of
 * visitors open the chat. Reads widget/dist (run `npm run build:widget` first).
 *
 *   npx tsx scripts/bench/widget-size.ts [distDir]
 *
 * Exits non-zero when a budget is exceeded or the loader would not run as a classic script.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { LANGUAGES } from '../../widget/src/i18n/language.ts';

export const LOADER_BUDGET = 5 * 1024;
/** Issue 13: the full widget must not grow beyond 177 KB gzipped (with its catalogues). */
export const FULL_BUDGET = 177 * 1024;
/** The share of page views on which the visitor opens the chat, for the per-page-view figure. */
export const OPEN_SHARE = 0.05;

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface WidgetSizes {
  loader: FileSize;
  /** Chunks the loader's first click pulls in, transitively. */
  chunks: FileSize[];
  /**
   * What one visitor downloads to chat, gzipped: the loader and its chunks with only the largest
   * of the language catalogues (a visitor gets their own language alone, English is built in),
   * without App Check's chunk.
   */
  fullGzip: number;
  /** App Check's chunk, downloaded on top only where the embed sets data-app-check-key. */
  appCheckGzip: number;
  /** An average page view with OPEN_SHARE of visitors opening the chat: loader + share × rest. */
  perPageViewGzip: number;
  /** Why the loader would fail as `<script async>` (static import/export, import.meta), if so. */
  loaderProblems: string[];
}

const gz = (content: Buffer) => gzipSync(content, { level: 9 }).length;

export async function measureWidgetSize(distDir: string): Promise<WidgetSizes> {
  const read = (file: string) => readFile(path.join(distDir, file));
  const loaderSource = await read('widget.js');
  const loader = { file: 'widget.js', bytes: loaderSource.length, gzip: gz(loaderSource) };

  // The loader names the app chunk as a string (it imports it by URL at run time); from there,
  // follow the chunks' relative import specifiers.
  const seen = new Map<string, FileSize>();
  const queue = [...loaderSource.toString('utf8').matchAll(/["'`](chunks\/[\w.-]+\.js)["'`]/g)].map(
    (match) => match[1]!,
  );
  if (queue.length === 0) throw new Error('widget.js names no app chunk (chunks/….js)');
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    const content = await read(file);
    seen.set(file, { file, bytes: content.length, gzip: gz(content) });
    queue.push(...importsOf(content.toString('utf8'), file));
  }
  const chunks = [...seen.values()].sort((a, b) => b.gzip - a.gzip);
  const isCatalogue = (file: string) =>
    LANGUAGES.some((language) => file.startsWith(`chunks/${language}-`));
  const isAppCheck = (file: string) => file.startsWith('chunks/firebase-app-check-');
  const catalogues = chunks.filter((c) => isCatalogue(c.file));
  const largestCatalogue = Math.max(0, ...catalogues.map((c) => c.gzip));
  const fullGzip =
    loader.gzip +
    chunks
      .filter((c) => !isCatalogue(c.file) && !isAppCheck(c.file))
      .reduce((sum, c) => sum + c.gzip, 0) +
    largestCatalogue;
  return {
    loader,
    chunks,
    fullGzip,
    appCheckGzip: chunks.filter((c) => isAppCheck(c.file)).reduce((sum, c) => sum + c.gzip, 0),
    perPageViewGzip: loader.gzip + OPEN_SHARE * (fullGzip - loader.gzip),
    loaderProblems: classicScriptProblems(loaderSource.toString('utf8')),
  };
}

/** Relative module specifiers (static and dynamic) of a built chunk, as dist-relative paths. */
function importsOf(source: string, from: string): string[] {
  const found = new Set<string>();
  const specifier = /(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of source.matchAll(specifier)) {
    found.add(path.posix.normalize(path.posix.join(path.posix.dirname(from), match[1]!)));
  }
  return [...found];
}

export function classicScriptProblems(source: string): string[] {
  const problems: string[] = [];
  if (/(^|[;}\s])import\s*[\w{*'"]/.test(source)) problems.push('has a static import');
  if (/(^|[;}\s])export\s*[{*\w]/.test(source)) problems.push('has an export');
  if (/\bimport\.meta\b/.test(source)) problems.push('uses import.meta');
  return problems;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const distDir = path.resolve(process.argv[2] ?? path.join(root, 'widget/dist'));
  const sizes = await measureWidgetSize(distDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') {
      console.error(`No widget build in ${distDir}: run \`npm run build:widget\` first.`);
      process.exit(1);
    }
    throw error;
  });
  const row = (name: string, raw: string, gzip: string, note = '') =>
    console.log(`  ${name.padEnd(40)} ${raw.padStart(10)} ${gzip.padStart(10)}  ${note}`);
  console.log('Widget size (gzip -9)');
  row('file', 'raw', 'gzipped');
  const loaderOk = sizes.loader.gzip <= LOADER_BUDGET;
  const fullOk = sizes.fullGzip <= FULL_BUDGET;
  row(
    'widget.js (loader)',
    kb(sizes.loader.bytes),
    kb(sizes.loader.gzip),
    `budget ${kb(LOADER_BUDGET)} ${loaderOk ? 'ok' : 'OVER'}`,
  );
  for (const chunk of sizes.chunks) row(chunk.file, kb(chunk.bytes), kb(chunk.gzip));
  row(
    'full widget (loader + lazy chunks, one language)',
    '',
    kb(sizes.fullGzip),
    `budget ${kb(FULL_BUDGET)} ${fullOk ? 'ok' : 'OVER'}, headroom ${kb(FULL_BUDGET - sizes.fullGzip)}`,
  );
  row('  + App Check (sites with data-app-check-key)', '', kb(sizes.appCheckGzip));
  row(
    `per page view, ${OPEN_SHARE * 100}% of visitors open the chat`,
    '',
    kb(sizes.perPageViewGzip),
    'loader + 5% × the rest',
  );
  if (sizes.loaderProblems.length) {
    console.log(`  loader is not a valid classic script: ${sizes.loaderProblems.join(', ')}`);
  }
  if (!loaderOk || !fullOk || sizes.loaderProblems.length) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
