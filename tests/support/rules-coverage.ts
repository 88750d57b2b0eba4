/**
 * The rules coverage gate's logic: which `allow` conditions of firestore.rules no test ever made
 * the emulator evaluate. Google's emulator reports, per project, every expression of the rules
 * with the values it took (`GET /emulator/v1/projects/<p>:ruleCoverage`); an expression never
 * evaluated has no values. The rules suites each use their own project, so reports are merged.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where every project's coverage of a test run goes (JSON for the gate, HTML for people). */
export const RULES_COVERAGE_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../test-artifacts/rules-coverage',
);

export interface CoverageNode {
  sourcePosition?: { line: number; column: number };
  values?: { count?: number }[];
  children?: CoverageNode[];
}

export interface CoverageReport {
  report?: CoverageNode[];
}

export interface AllowCondition {
  /** 1-based, where the condition's expression starts (after `if`). */
  line: number;
  column: number;
  methods: string;
  /** The enclosing `match` paths, outermost first, for a readable name. */
  match: string;
  text: string;
  /** Character offsets of the expression in the rules text, end exclusive. */
  start: number;
  end: number;
}

/** Every `allow <methods>: if <condition>;` of a rules file, with where it sits. */
export function allowConditions(rules: string): AllowCondition[] {
  const conditions: AllowCondition[] = [];
  const code = blankComments(rules);
  for (const found of code.matchAll(/allow\s+([a-z, ]+?)\s*:\s*if\s+/g)) {
    const start = (found.index ?? 0) + found[0].length;
    const end = code.indexOf(';', start);
    const { line, column } = positionOf(rules, start);
    conditions.push({
      line,
      column,
      methods: found[1]!.replace(/\s+/g, ' ').trim(),
      match: enclosingMatches(code, start).join(''),
      text: rules.slice(start, end).replace(/\s+/g, ' ').trim(),
      start,
      end,
    });
  }
  return conditions;
}

/**
 * The conditions no report shows evaluated. A constant (`if false`) has nothing to evaluate and
 * never fails the gate; any other condition counts as evaluated when some expression inside it
 * took a value in some project.
 */
export function unevaluatedConditions(rules: string, reports: CoverageReport[]): AllowCondition[] {
  const evaluated = new Set<number>();
  const lineStarts = lineStartsOf(rules);
  const visit = (node: CoverageNode) => {
    const position = node.sourcePosition;
    if (position && node.values?.some((value) => (value.count ?? 1) > 0)) {
      evaluated.add(lineStarts[position.line - 1]! + position.column - 1);
    }
    for (const child of node.children ?? []) visit(child);
  };
  for (const report of reports) for (const node of report.report ?? []) visit(node);
  const offsets = [...evaluated];
  return allowConditions(rules).filter(
    (condition) =>
      !/^(true|false)$/.test(condition.text) &&
      !offsets.some((offset) => offset >= condition.start && offset < condition.end),
  );
}

/** A line a failure message can show: where, for what, and the condition. */
export function describeCondition(condition: AllowCondition): string {
  const text = condition.text.length > 100 ? `${condition.text.slice(0, 97)}…` : condition.text;
  return `firestore.rules:${condition.line} ${condition.match} allow ${condition.methods}: if ${text}`;
}

/** Saves one project's coverage (JSON for the gate, HTML for people) under `dir`. */
export async function saveCoverage(firestoreHost: string, projectId: string, dir: string) {
  const base = `http://${firestoreHost}/emulator/v1/projects/${projectId}:ruleCoverage`;
  const [json, html] = await Promise.all([
    fetch(base).then((response) => response.text()),
    fetch(`${base}.html`).then((response) => response.text()),
  ]);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${projectId}.json`), json);
  await writeFile(path.join(dir, `${projectId}.html`), html);
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function positionOf(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Comments replaced by spaces, so offsets stay and `allow` in a comment is not a rule. */
function blankComments(rules: string): string {
  return rules.replace(/\/\/[^\n]*/g, (comment) => ' '.repeat(comment.length));
}

/** The `match /path` blocks that contain `offset`, by counting braces. */
function enclosingMatches(code: string, offset: number): string[] {
  const stack: (string | null)[] = [];
  const opener = /match\s+(\S+)\s*\{|\{|\}/g;
  for (const token of code.slice(0, offset).matchAll(opener)) {
    if (token[0] === '}') stack.pop();
    else stack.push(token[1] ?? null);
  }
  return stack.filter(
    (part): part is string => part !== null && part !== '/databases/{database}/documents',
  );
}
