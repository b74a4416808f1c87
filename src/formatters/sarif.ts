import { createRequire } from 'node:module';
import type { FileResult, Finding } from '../core/finding.ts';
import type { Location } from '../core/range.ts';
import type { RuleMeta } from '../core/rule-meta.ts';
import type { Severity } from '../core/severity.ts';
import { artifactLocation, SRCROOT, srcrootUri } from './sarif-artifact.ts';
import { sarifLevel } from './sarif-level.ts';
import { ruleDescriptor } from './sarif-rules.ts';
import { messageText } from './message-text.ts';
import type { Formatter } from './types.ts';

const INFORMATION_URI = 'https://cloudseclint.dev';

/** SARIF 2.1.0, one run, for GitHub code scanning and other SARIF viewers. */
export const sarif: Formatter = ({ report, rules, cwd }) => {
  const ruleIds = reportedRules(report.results);
  const ruleIndex = new Map([...ruleIds.keys()].map((id, i) => [id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: [...ruleIds].map(([id, severity]) => ruleDescriptor(id, rules.get(id), severity)),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: srcrootUri(cwd) } },
        // Columns in the core count UTF-16 code units (JS string indexes); say so, as SARIF defaults otherwise.
        columnKind: 'utf16CodeUnits',
        results: report.results.flatMap((r) =>
          r.findings.map((f) => result(f, r.file, ruleIndex.get(f.ruleId)!, cwd)),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** Rule ids that appear in findings, sorted so the driver's rule list is stable; with the first severity seen. */
function reportedRules(results: FileResult[]): Map<string, Severity> {
  const seen = new Map<string, Severity>();
  for (const r of results) for (const f of r.findings) if (!seen.has(f.ruleId)) seen.set(f.ruleId, f.severity);
  return new Map([...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function result(f: Finding, file: string, ruleIndex: number, cwd: string) {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: sarifLevel[f.severity],
    message: { text: messageText(f) },
    locations: [
      {
        physicalLocation: physicalLocation(file, f.location, cwd),
        ...(f.resource !== null && { logicalLocations: [{ name: f.resource, kind: 'resource' }] }),
      },
    ],
    ...(f.related?.length && {
      relatedLocations: f.related.map((r, i) => ({
        id: i + 1,
        message: { text: r.message },
        physicalLocation: physicalLocation(r.file ?? file, r.location, cwd),
      })),
    }),
    partialFingerprints: { 'cloudseclint/v1': fingerprint(f, file) },
    ...(f.suppressed && { suppressions: [{ kind: 'inSource' }] }),
    ...(f.scenario !== undefined && { properties: { scenario: f.scenario } }),
  };
}

function physicalLocation(file: string, l: Location, cwd: string) {
  return {
    artifactLocation: artifactLocation(file, cwd),
    // Both 1-based with an exclusive end, like the core's ranges, so no conversion is needed.
    region: { startLine: l.start.line, startColumn: l.start.column, endLine: l.end.line, endColumn: l.end.column },
  };
}

/**
 * Identifies a finding across runs without line numbers, so code scanning keeps tracking an alert when lines
 * above it move. JSON encoding keeps the parts unambiguous whatever characters they hold.
 */
function fingerprint(f: Finding, file: string): string {
  const key = JSON.stringify([f.ruleId, file, f.resource, f.location.path]);
  // node:crypto is loaded on first use: only SARIF output needs it, and loading it costs every cold start.
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(key).digest('hex');
}
