import type { ComplianceReport, ControlResult, ControlStatus } from '../compliance/types.ts';
import { painter, type Paint, type Style } from './ansi.ts';
import type { ComplianceFormatter } from './compliance.ts';
import { messageText } from './message-text.ts';

const LABEL: Record<ControlStatus, string> = { fail: 'fail', pass: 'pass', 'not-checked': 'not checked', 'not-applicable': 'not applicable' };
const STYLE: Record<ControlStatus, Style> = { fail: 'red', pass: 'green', 'not-checked': 'yellow', 'not-applicable': 'dim' };
/** Failures first, since they are what a reader acts on; within a status, the catalog's order. */
const ORDER: ControlStatus[] = ['fail', 'pass', 'not-checked', 'not-applicable'];

/** One line per control, grouped by status, with the findings behind each failure under it. */
export const complianceStylish: ComplianceFormatter = ({ compliance, color }) => {
  const paint = painter(color);
  const { framework, files, controls } = compliance;
  const statusWidth = Math.max(...controls.map((c) => LABEL[c.status].length));
  const idWidth = Math.max(...controls.map((c) => c.id.length));
  const lines = [paint('bold', `${framework.title}${framework.version ? ` ${framework.version}` : ''}: ${count(files, 'file')} scanned`), ''];
  for (const status of ORDER)
    for (const c of controls.filter((x) => x.status === status)) lines.push(...controlLines(c, statusWidth, idWidth, paint));
  lines.push('');
  for (const u of compliance.unreadable) lines.push(paint('red', `! ${u.file} could not be parsed, so nothing in it was judged: ${u.message}`));
  lines.push(summaryLine(compliance, paint));
  return `${lines.join('\n')}\n`;
};

function controlLines(c: ControlResult, statusWidth: number, idWidth: number, paint: Paint): string[] {
  const status = paint(STYLE[c.status], LABEL[c.status]) + ' '.repeat(statusWidth - LABEL[c.status].length);
  const reason = c.reason ? `  ${paint('dim', `(${c.reason})`)}` : '';
  const out = [`${status}  ${c.id.padEnd(idWidth)}  ${c.title}${reason}`];
  const indent = ' '.repeat(statusWidth + 4);
  for (const f of c.findings) {
    const where = `${f.file}:${f.location.start.line}:${f.location.start.column}`;
    out.push(`${indent}${paint('dim', where)}  ${paint('dim', f.ruleId)}  ${messageText(f)}`);
  }
  return out;
}

function summaryLine({ summary, unreadable }: ComplianceReport, paint: Paint): string {
  const rest = `${summary.pass} pass, ${summary.notChecked} not checked, ${summary.notApplicable} not applicable`;
  const unread = unreadable.length > 0 ? `; ${count(unreadable.length, 'file')} could not be parsed` : '';
  if (summary.fail > 0) return paint('bold', paint('red', `✖ ${summary.fail} of ${count(summary.controls, 'control')} fail; ${rest}${unread}`));
  const text = `${unread ? '✖' : '✔'} No control fails (${count(summary.controls, 'control')}): ${rest}${unread}`;
  return paint('bold', paint(unread ? 'red' : 'green', text));
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
