import type { Finding, FileResult, Summary } from '../core/finding.ts';
import type { Position } from '../core/range.ts';
import type { Severity } from '../core/severity.ts';
import { painter, type Paint, type Style } from './ansi.ts';
import { messageText } from './message-text.ts';
import type { Formatter } from './types.ts';

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** eslint's stylish layout: findings grouped by file in aligned columns, then a summary. */
export const stylish: Formatter = ({ report, color }) => {
  const paint = painter(color);
  const blocks: string[] = [];
  let suppressed = 0;
  for (const result of report.results) {
    const shown = result.findings.filter((f) => !f.suppressed);
    suppressed += result.findings.length - shown.length;
    if (shown.length > 0) blocks.push(fileBlock(result, shown, paint));
  }
  const files = filesLine(report.summary, suppressed);
  const problems = report.summary.errors + report.summary.warnings + report.summary.infos;
  if (problems === 0) return `${paint('green', `✔ No problems found (${files})`)}\n`;
  return `${blocks.join('\n')}\n${problemsLine(report.summary, paint)}\n${files}\n`;
};

function fileBlock(result: FileResult, findings: Finding[], paint: Paint): string {
  const sorted = [...findings].sort((a, b) => comparePositions(a.location.start, b.location.start));
  const lineWidth = Math.max(...sorted.map((f) => String(f.location.start.line).length));
  const columnWidth = Math.max(...sorted.map((f) => String(f.location.start.column).length));
  // Line numbers right-aligned and columns left-aligned, so the colons line up as in eslint.
  const position = (p: Position) => `${String(p.line).padStart(lineWidth)}:${String(p.column).padEnd(columnWidth)}`;
  const severityWidth = Math.max(...sorted.map((f) => f.severity.length));
  const messageWidth = Math.max(...sorted.map((f) => messageText(f).length));

  const lines = [paint('underline', result.file)];
  for (const f of sorted) {
    const severity = paint(SEVERITY_STYLE[f.severity], f.severity) + ' '.repeat(severityWidth - f.severity.length);
    const message = messageText(f).padEnd(messageWidth);
    lines.push(`  ${paint('dim', position(f.location.start))}  ${severity}  ${message}  ${paint('dim', f.ruleId)}`);
    for (const r of f.related ?? []) {
      const where = `${r.file ? `${r.file}:` : ''}${r.location.start.line}:${r.location.start.column}`;
      lines.push(`    ↳ ${paint('dim', where)} ${r.message}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function problemsLine(summary: Summary, paint: Paint): string {
  const total = summary.errors + summary.warnings + summary.infos;
  const text =
    `✖ ${count(total, 'problem')} ` +
    `(${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}, ${summary.infos} info)`;
  const worst: Style = summary.errors > 0 ? 'red' : summary.warnings > 0 ? 'yellow' : 'cyan';
  return paint('bold', paint(worst, text));
}

function filesLine(summary: Summary, suppressed: number): string {
  const parts = [`${count(summary.files, 'file')} linted`, `${summary.skipped} skipped`];
  if (suppressed > 0) parts.push(`${suppressed} suppressed`);
  return parts.join(', ');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}
