import type { PolicyFunction } from './types.ts';

export const exists: PolicyFunction = {
  name: 'exists',
  description: 'The path is set (to anything, even a value known only at deploy time).',
  options: { type: 'object', additionalProperties: false },
  evaluate: (v) => v !== undefined,
};
