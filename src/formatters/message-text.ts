import type { Finding } from '../core/finding.ts';

/** The message as a reader sees it: a finding that holds only on some branches says which. */
export function messageText(finding: Finding): string {
  return finding.scenario ? `${finding.message} (${finding.scenario})` : finding.message;
}
