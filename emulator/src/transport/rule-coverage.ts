/**
 * The rule coverage report, as JSON and as a small HTML page:
 *   GET /emulator/v1/projects/{p}:ruleCoverage        {report:[{sourcePosition, allow, match, ...}]}
 *   GET /emulator/v1/projects/{p}:ruleCoverage.html   a table a person reads
 * Each entry also carries `values` ([{value:{boolValue}, count}]), the shape Google's report uses
 * for a condition's outcomes, so tools that convert that report read this one too.
 */
import type { AllowCoverage } from '../core/api.ts';

export function coverageJson(report: AllowCoverage[]) {
  return {
    report: report.map((entry) => ({
      ...entry,
      values: [
        { value: { boolValue: true }, count: entry.granted },
        { value: { boolValue: false }, count: entry.denied },
      ].filter((v) => v.count > 0),
    })),
  };
}

export function coverageHtml(project: string, report: AllowCoverage[] | null): string {
  const title = `Rule coverage: ${escapeHtml(project)}`;
  const body =
    report === null
      ? '<p>No rules are loaded for this project.</p>'
      : `<p>${report.filter(evaluated).length} of ${report.length} allow statements evaluated.</p>
<table>
<tr><th>Line:Col</th><th>Match</th><th>Allow</th><th>true</th><th>false</th><th>error</th></tr>
${report.map(row).join('\n')}
</table>`;
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${title}</title><style>
body { font: 14px system-ui, sans-serif; margin: 2em; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; }
td.n { text-align: right; }
tr.never { background: #fdd; } tr.partial { background: #ffd; } tr.full { background: #dfd; }
</style></head><body>
<h1>${title}</h1>
<p>Rows: red never evaluated, yellow one outcome only, green both true and false seen.</p>
${body}
</body></html>
`;
}

const evaluated = (e: AllowCoverage) => e.granted + e.denied + e.errors > 0;

function row(e: AllowCoverage): string {
  const kind = !evaluated(e) ? 'never' : e.granted > 0 && e.denied > 0 ? 'full' : 'partial';
  const { line, column } = e.sourcePosition;
  return `<tr class="${kind}"><td>${line}:${column}</td><td>${escapeHtml(e.match)}</td><td>${escapeHtml(e.allow)}</td><td class="n">${e.granted}</td><td class="n">${e.denied}</td><td class="n">${e.errors}</td></tr>`;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!,
  );
}
