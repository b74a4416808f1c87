export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** What a user may set a rule to in config or with --rule. */
export type RuleSetting = Severity | 'off';

export const severityRank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
