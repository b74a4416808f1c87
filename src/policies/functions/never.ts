import type { PolicyFunction } from './types.ts';

/** For a resource type that should not be declared at all: whatever the subject is, it does not comply. */
export const never: PolicyFunction = {
  name: 'never',
  description: 'Never holds: selects resources whose type alone is the finding (a service with no way to secure it).',
  options: { type: 'object', additionalProperties: false },
  evaluate: () => false,
};
