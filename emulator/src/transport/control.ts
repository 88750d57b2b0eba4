/**
 * The emulator's own endpoints, shaped like Google's emulator so firebase-tools and
 * @firebase/rules-unit-testing work unchanged:
 *   PUT    /emulator/v1/projects/{p}:securityRules           {rules:{files:[{content}]}, ignore_errors?}
 *   DELETE /emulator/v1/projects/{p}/databases/{d}/documents  clears the database
 *   GET    /emulator/v1/projects/{p}:ruleCoverage[.html]      rule coverage (rule-coverage.ts)
 *   GET    /                                                  "Ok" (liveness probe)
 */
import type http from 'node:http';
import type { EmulatorCore, RulesIssue } from '../core/api.ts';
import { readBody, sendJson, sendText } from './http/body.ts';
import { coverageHtml, coverageJson } from './rule-coverage.ts';

const RULES = /^\/emulator\/v1\/projects\/([^/:]+):securityRules$/;
const CLEAR = /^\/emulator\/v1\/projects\/([^/]+)\/databases\/([^/]+)\/documents$/;
const COVERAGE = /^\/emulator\/v1\/projects\/([^/:]+):ruleCoverage(\.html)?$/;

export function isControlPath(pathname: string): boolean {
  return pathname === '/' || pathname.startsWith('/emulator/');
}

/** Answers a control request; resolves to a short outcome for the request log. */
export async function handleControl(
  core: EmulatorCore,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
): Promise<string> {
  const method = req.method ?? 'GET';
  if (pathname === '/' && (method === 'GET' || method === 'HEAD')) {
    sendText(res, 200, 'Ok');
    return 'Ok';
  }

  const rules = RULES.exec(pathname);
  if (rules && method === 'PUT') return putRules(core, req, res, decodeURIComponent(rules[1]!));

  const clear = CLEAR.exec(pathname);
  if (clear && method === 'DELETE') {
    await readBody(req);
    const [project, database] = [decodeURIComponent(clear[1]!), decodeURIComponent(clear[2]!)];
    core.clear(project, database);
    sendJson(res, 200, {});
    return `cleared projects/${project}/databases/${database}`;
  }

  const coverage = COVERAGE.exec(pathname);
  if (coverage && method === 'GET') {
    const project = decodeURIComponent(coverage[1]!);
    const report = core.ruleCoverage(project);
    if (coverage[2]) sendText(res, 200, coverageHtml(project, report), 'text/html; charset=utf-8');
    else sendJson(res, 200, coverageJson(report ?? []));
    return `rule coverage for ${project}`;
  }

  await readBody(req);
  sendJson(res, 404, {
    error: {
      code: 404,
      message: `No such emulator endpoint: ${method} ${pathname}`,
      status: 'NOT_FOUND',
    },
  });
  return '404';
}

async function putRules(
  core: EmulatorCore,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  project: string,
): Promise<string> {
  const body = await readBody(req);
  let request: {
    ignore_errors?: boolean;
    rules?: { files?: { name?: string; content?: string }[] };
  };
  try {
    request = body.ok ? JSON.parse(body.text) : {};
  } catch (error) {
    return badRequest(res, `Invalid JSON payload: ${(error as Error).message}`);
  }
  const files = request?.rules?.files;
  const content = Array.isArray(files)
    ? files.map((file) => file?.content ?? '').join('\n')
    : undefined;
  if (typeof content !== 'string' || !Array.isArray(files) || files.length === 0) {
    return badRequest(res, 'Expected {"rules":{"files":[{"content":"..."}]}}');
  }
  const { issues } = core.setRules(project, content);
  const errors = issues.filter((issue) => issue.severity === 'ERROR');
  if (request.ignore_errors) {
    sendJson(res, 200, { issues });
    return `rules for ${project}: ${errors.length ? `${errors.length} errors, old rules kept` : 'loaded'}`;
  }
  if (errors.length > 0) return badRequest(res, formatRulesIssues(errors, files[0]?.name));
  sendJson(res, 200, {});
  return `rules for ${project} loaded`;
}

/** `file:line:column - description` per issue, one per line (what humans and test output read). */
export function formatRulesIssues(issues: RulesIssue[], fileName = 'firestore.rules'): string {
  return issues
    .map(({ sourcePosition, description, severity }) => {
      const file = sourcePosition.fileName ?? fileName;
      return `${file}:${sourcePosition.line}:${sourcePosition.column} - ${severity} ${description}`;
    })
    .join('\n');
}

function badRequest(res: http.ServerResponse, message: string): string {
  sendJson(res, 400, { error: { code: 400, message, status: 'INVALID_ARGUMENT' } });
  return `400 ${message.split('\n')[0]}`;
}
