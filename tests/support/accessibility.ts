/**
 * The accessibility gate's one runner: axe-core injected into a page and run against WCAG 2.1 A
 * and AA and axe's best practices. Serious and critical violations fail; each is printed with its
 * rule, the selectors of the elements at fault and axe's help page, so a failure says what to fix.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;

/** The impacts that fail the gate; minor and moderate ones are printed but pass. */
const FAILING = new Set(['serious', 'critical']);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  /** each element at fault: its selector (a shadow root's inside after " >>> ") and axe's summary */
  nodes: { target: string; summary: string }[];
}

let axeSource: Promise<string> | undefined;

/** axe.min.js of the installed axe-core, read once per test file. */
function loadAxe(): Promise<string> {
  const require = createRequire(import.meta.url);
  const file = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js');
  axeSource ??= readFile(file, 'utf8');
  return axeSource;
}

/**
 * Runs axe on `page`, on the whole document or only within `scope` (a CSS selector of the
 * document: the widget's shadow host, whose open shadow root axe enters itself). Returns every
 * violation, whatever its impact.
 */
export async function axeViolations(page: Page, scope?: string): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  if (!loaded) await page.evaluate(await loadAxe());
  return page.evaluate(
    async (include, tags) => {
      type Target = string | string[];
      type Result = {
        violations: {
          id: string;
          impact: string | null;
          help: string;
          helpUrl: string;
          nodes: { target: Target[]; failureSummary?: string }[];
        }[];
      };
      const axe = (globalThis as unknown as { axe: { run(...args: unknown[]): Promise<Result> } })
        .axe;
      const context = include ? { include: [[include]] } : document;
      const result = await axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((node) => ({
          target: node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' '),
          summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
        })),
      }));
    },
    scope ?? null,
    [...AXE_TAGS],
  );
}

/** One violation as a failure report prints it. */
export function describeViolation(v: AxeViolation): string {
  const nodes = v.nodes.map((n) => `    at ${n.target}\n      ${n.summary}`).join('\n');
  return `[${v.impact}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}`;
}

/**
 * The gate for one state of one page: prints every violation (minor ones too, as a hint) and
 * fails the test, without stopping it, when a serious or critical one is among them, so one run
 * reports every state at fault.
 */
export async function expectAccessible(page: Page, where: string, scope?: string): Promise<void> {
  const violations = await axeViolations(page, scope);
  if (violations.length > 0)
    console.info(`axe, ${where}:\n${violations.map(describeViolation).join('\n')}`);
  const failing = violations.filter((v) => FAILING.has(v.impact ?? '')).map(describeViolation);
  expect.soft(failing, `serious or critical axe violations on ${where}`).toEqual([]);
}
