import type { Severity } from '../core/severity.ts';

export type SarifLevel = 'error' | 'warning' | 'note';

export const sarifLevel: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };
