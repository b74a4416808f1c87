import type { Finding, RelatedLocation, Report } from '../core/finding.ts';
import type { Location } from '../core/range.ts';
import type { Formatter } from './types.ts';

/**
 * The report in the shape schemas/report.schema.json fixes. Objects are rebuilt field by field so that
 * whatever else the engine keeps on a finding never leaks into a contract other tools read.
 */
export const json: Formatter = ({ report }) => `${JSON.stringify(toJson(report), null, 2)}\n`;

function toJson(report: Report) {
  return {
    version: 1,
    tool: { name: report.tool.name, version: report.tool.version },
    results: report.results.map((r) => ({ file: r.file, kind: r.kind, findings: r.findings.map(finding) })),
    summary: {
      files: report.summary.files,
      skipped: report.summary.skipped,
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      infos: report.summary.infos,
    },
  };
}

function finding(f: Finding) {
  return {
    ruleId: f.ruleId,
    ...(f.messageId !== undefined && { messageId: f.messageId }),
    severity: f.severity,
    message: f.message,
    resource: f.resource,
    location: location(f.location),
    // Always present, so readers need not tell a missing list from an empty one.
    related: (f.related ?? []).map(related),
    ...(f.scenario !== undefined && { scenario: f.scenario }),
    ...(f.suppressed !== undefined && { suppressed: f.suppressed }),
  };
}

function related(r: RelatedLocation) {
  return { message: r.message, ...(r.file !== undefined && { file: r.file }), location: location(r.location) };
}

function location(l: Location) {
  return {
    path: [...l.path],
    start: { line: l.start.line, column: l.start.column },
    end: { line: l.end.line, column: l.end.column },
  };
}
