/**
 * A rules file kept loaded: read at start, reloaded when it changes (editors often replace the
 * file, so the directory is watched), each load logged as success or its issues with line:column.
 */
import { watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RulesIssue } from '../core/api.ts';
import { formatRulesIssues } from './control.ts';

export type LoadRules = (source: string) => { issues: RulesIssue[] };

/** Loads the file now (a missing file is an error), then on every change; returns the stop function. */
export async function watchRulesFile(
  file: string,
  load: LoadRules,
  log: (line: string) => void,
): Promise<() => void> {
  const absolute = path.resolve(file);
  let loaded: string | null = null;

  const apply = (source: string) => {
    loaded = source;
    const { issues } = load(source);
    const errors = issues.filter((issue) => issue.severity === 'ERROR');
    const name = path.basename(absolute);
    if (issues.length > 0) log(formatRulesIssues(issues, name));
    log(
      errors.length > 0
        ? `Rules in ${absolute} have ${errors.length} error(s); the previous rules stay in force`
        : `Rules loaded from ${absolute}`,
    );
  };

  let source: string;
  try {
    source = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the rules file ${absolute}: ${(error as Error).message}`);
  }
  apply(source);

  let timer: NodeJS.Timeout | undefined;
  const reload = () => {
    clearTimeout(timer);
    // Editors write in several steps: wait for the file to settle.
    timer = setTimeout(async () => {
      try {
        const next = await readFile(absolute, 'utf8');
        if (next !== loaded) apply(next);
      } catch {
        // Mid-replace or deleted: the next event (or a restore) brings it back.
      }
    }, 100);
  };
  const watcher = watch(path.dirname(absolute), (_event, changed) => {
    if (!changed || changed.toString() === path.basename(absolute)) reload();
  });
  watcher.on('error', (error) => log(`Stopped watching ${absolute}: ${error.message}`));
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
