/**
 * House rule: the extension's UI strings come from its message catalogue
 * (public/_locales/en/messages.json through utils/i18n.ts `t()`), so the catalogue stays the one
 * way to change or translate a word. Fails when a component or entrypoint renders a literal
 * English text node, a literal accessible name, title, placeholder or label, or a literal string
 * as a JSX child; and keeps the catalogue sound: placeholders declared and used, every `t()` call
 * passing as many values as its message has placeholders, no key left unused; and every
 * validation problem, field and callable refusal reason the domain can produce has its message.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import { FIELDS, PROBLEM_KINDS } from '../../utils/domain/problems.ts';
import { REFUSAL_REASONS } from '../../utils/domain/refusals.ts';
import { type Catalogue, placeholdersUsed } from '../../utils/i18n-format.ts';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const catalogue: Catalogue = english;

/** Attributes whose text people read or hear. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** Components' own text props: chosenLabel, emptyText, confirmTitle… */
const isTextAttribute = (name: string) =>
  TEXT_ATTRIBUTES.has(name) || /(Label|Text|Title|Hint|[sS]ubject)$/.test(name);

/**
 * Literal text that is not English words: kept out of the catalogue on purpose. Symbols,
 * separators and the product's name as a brand mark.
 */
const ALLOWED = new Set(['Parley', 'SIP', '·', '—', '/', '…', '×', '%VISITOR%', '%OPERATOR%']);

const isWords = (text: string) => {
  const trimmed = text.trim();
  return /[A-Za-z]/.test(trimmed) && !ALLOWED.has(trimmed);
};

/** The JSX place a literal is rendered in, climbing through ?:, ??, ||, && and (…). */
function renderedAs(node: ts.Node): string | null {
  let child: ts.Node = node;
  let parent = node.parent;
  while (parent) {
    if (ts.isParenthesizedExpression(parent)) {
    } else if (ts.isConditionalExpression(parent) && parent.condition !== child) {
    } else if (
      ts.isBinaryExpression(parent) &&
      parent.right === child &&
      [
        ts.SyntaxKind.QuestionQuestionToken,
        ts.SyntaxKind.BarBarToken,
        ts.SyntaxKind.AmpersandAmpersandToken,
      ].includes(parent.operatorToken.kind)
    ) {
    } else break;
    child = parent;
    parent = parent.parent;
  }
  if (!parent || !ts.isJsxExpression(parent)) return null;
  const place = parent.parent;
  if (ts.isJsxElement(place) || ts.isJsxFragment(place)) return 'a JSX child';
  if (ts.isJsxAttribute(place) && isTextAttribute(place.name.getText()))
    return `${place.name.getText()}=`;
  return null;
}

/** Product sources under `dirs` (tests aside), as git sees them (new files included). */
function productFiles(dirs: string[]): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...dirs], {
    cwd: rootDir,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));
}

function parse(file: string) {
  const source = readFileSync(path.join(rootDir, file), 'utf8');
  return ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
}

function literalTexts(file: string): string[] {
  const sf = parse(file);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && isWords(node.text)) {
      found.push(`${where(node)} text "${node.text.trim().replace(/\s+/g, ' ')}"`);
    } else if (
      ts.isJsxAttribute(node) &&
      isTextAttribute(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      isWords(node.initializer.text)
    ) {
      found.push(`${where(node)} ${node.name.getText()}="${node.initializer.text}"`);
    } else if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateExpression(node)) &&
      isWords(node.getText(sf).slice(1, -1))
    ) {
      const place = renderedAs(node);
      if (place) found.push(`${where(node)} ${place} ${node.getText(sf)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Every `t('key', …values)` (or `richMessage`) call: the key and how many values it passes. */
function translations(file: string): { at: string; key: string; values: number }[] {
  const sf = parse(file);
  const calls: { at: string; key: string; values: number }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      ['t', 'richMessage'].includes(node.expression.text) &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      calls.push({
        at: `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`,
        key: node.arguments[0].text,
        values: node.arguments.length - 1,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return calls;
}

const uiFiles = productFiles(['components', 'entrypoints']).filter((file) => file.endsWith('.tsx'));
const callers = productFiles(['components', 'entrypoints', 'utils']).filter((file) =>
  /\.tsx?$/.test(file),
);

describe('UI strings', () => {
  it('come from the catalogue: no literal English in components and entrypoints', () => {
    expect(uiFiles.length).toBeGreaterThan(50);
    expect(uiFiles.flatMap(literalTexts)).toEqual([]);
  });

  it('have sound catalogue entries: valid names, placeholders declared and used', () => {
    // Browsers compare message names without case: two names differing in case collide.
    const names = Object.keys(catalogue).map((key) => key.toLowerCase());
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    const problems = Object.entries(catalogue).flatMap(([key, entry]) => {
      const used = placeholdersUsed(entry.message);
      const declared = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase());
      const contents = Object.values(entry.placeholders ?? {}).map((p) => p.content);
      return [
        ...(/^[A-Za-z0-9_]+$/.test(key) ? [] : [`${key}: not a valid message name`]),
        ...(entry.message.trim() ? [] : [`${key}: empty message`]),
        ...used.filter((name) => !declared.includes(name)).map((n) => `${key}: $${n}$ undeclared`),
        ...declared.filter((name) => !used.includes(name)).map((n) => `${key}: ${n} unused`),
        ...contents
          .filter((content, i) => content !== `$${i + 1}`)
          .map((content) => `${key}: placeholder content ${content} is not $1…$9 in order`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('are called with as many values as their placeholders, and every message is used', () => {
    const calls = callers.flatMap(translations);
    const wrong = calls
      .filter(({ key, values }) => {
        const entry = catalogue[key];
        return !entry || Object.keys(entry.placeholders ?? {}).length !== values;
      })
      .map(({ at, key, values }) => `${at} t('${key}') with ${values} values`);
    expect(wrong).toEqual([]);
    const manifest = readFileSync(path.join(rootDir, 'wxt.config.ts'), 'utf8');
    const used = new Set(calls.map((call) => call.key));
    const unused = Object.keys(catalogue).filter(
      (key) => !used.has(key) && !manifest.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });

  it('phrase every validation problem, field and refusal reason', () => {
    // `too-long` → problemTooLong: the key utils/data/problem-message.ts and refusal-message.ts use.
    const key = (prefix: string, name: string) =>
      prefix + name.replace(/(^|-)([a-z])/g, (_all, _dash, letter: string) => letter.toUpperCase());
    const wanted = [
      ...PROBLEM_KINDS.map((kind) => key('problem', kind)),
      ...FIELDS.map((field) => key('field', field)),
      // A validation refusal is phrased by its problem.
      ...REFUSAL_REASONS.filter((reason) => reason !== 'invalid-input').map((reason) =>
        key('refusal', reason),
      ),
    ];
    expect(wanted.length).toBeGreaterThan(100);
    expect(wanted.filter((name) => !catalogue[name])).toEqual([]);
  });
});
