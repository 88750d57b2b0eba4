/**
 * The variables a WXT build sees: the .env files WXT loads for a mode and browser (in its order,
 * later files winning), then the environment, which wins over every file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';

export function wxtEnvFiles(mode: string, browser: string): string[] {
  return [
    '.env',
    '.env.local',
    `.env.${mode}`,
    `.env.${mode}.local`,
    `.env.${browser}`,
    `.env.${browser}.local`,
    `.env.${mode}.${browser}`,
    `.env.${mode}.${browser}.local`,
  ];
}

export function buildEnv(
  rootDir: string,
  browser: string,
  environment: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  const fromFiles: Record<string, string | undefined> = {};
  for (const file of wxtEnvFiles('production', browser)) {
    const full = path.join(rootDir, file);
    if (existsSync(full)) Object.assign(fromFiles, parseEnv(readFileSync(full, 'utf8')));
  }
  return { ...fromFiles, ...environment };
}
