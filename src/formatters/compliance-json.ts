import type { ComplianceReport, ControlFinding, ControlResult } from '../compliance/types.ts';
import type { Location } from '../core/range.ts';
import type { ComplianceFormatter } from './compliance.ts';

/**
 * The compliance report in the shape schemas/compliance.schema.json fixes, rebuilt field by field so that
 * nothing else the engine keeps leaks into a contract other tools read.
 */
export const complianceJson: ComplianceFormatter = ({ compliance }) => `${JSON.stringify(toJson(compliance), null, 2)}\n`;

function toJson(c: ComplianceReport) {
  return {
    version: 1,
    tool: { name: c.tool.name, version: c.tool.version },
    framework: { id: c.framework.id, title: c.framework.title, ...(c.framework.version !== undefined && { version: c.framework.version }) },
    files: c.files,
    unreadable: c.unreadable.map((u) => ({ file: u.file, message: u.message })),
    controls: c.controls.map(control),
    summary: { controls: c.summary.controls, fail: c.summary.fail, pass: c.summary.pass, notChecked: c.summary.notChecked, notApplicable: c.summary.notApplicable },
  };
}

function control(c: ControlResult) {
  return {
    id: c.id,
    title: c.title,
    status: c.status,
    rules: [...c.rules],
    disabled: [...c.disabled],
    ...(c.reason !== undefined && { reason: c.reason }),
    findings: c.findings.map(finding),
  };
}

function finding(f: ControlFinding) {
  return {
    file: f.file,
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    resource: f.resource,
    location: location(f.location),
    ...(f.scenario !== undefined && { scenario: f.scenario }),
  };
}

function location(l: Location) {
  return { path: [...l.path], start: { line: l.start.line, column: l.start.column }, end: { line: l.end.line, column: l.end.column } };
}
