import type { PolicyFunction } from './types.ts';

export const absent: PolicyFunction = {
  name: 'absent',
  description: 'The path is not set.',
  options: { type: 'object', additionalProperties: false },
  evaluate: (v) => v === undefined,
};
