import { expandAction } from '../../iam/action-pattern.ts';
import type { PolicyFunction } from './types.ts';

interface Options {
  /** Access levels of which one must be granted: Read, Write, List, Tagging, Permissions management. */
  accessLevels?: string[];
  /** Only count actions that can be scoped to a resource (those that only accept `*` are fine on `*`). */
  resourceScoped?: boolean;
}

/**
 * The action pattern grants at least one catalog action of the given access levels. Reads AWS's Service
 * Authorization Reference, so `s3:Get*` is Read and `iam:Put*` is Permissions management.
 */
export const iamAction: PolicyFunction<Options> = {
  name: 'iam-action',
  description: 'The action pattern grants an action of one of `accessLevels` (from the IAM catalog); with resourceScoped, only actions that support resource-level permissions count.',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      accessLevels: { type: 'array', items: { enum: ['Read', 'Write', 'List', 'Tagging', 'Permissions management'] } },
      resourceScoped: { type: 'boolean' },
    },
  },
  evaluate(v, o) {
    if (v === undefined) return false;
    if (v.kind === 'unknown') return 'unknown';
    if (v.kind !== 'scalar' || typeof v.value !== 'string') return false;
    const actions = expandAction(v.value);
    if (!actions) return false;
    return actions.some(
      (a) => (!o.accessLevels || a.accessLevels.some((l) => o.accessLevels!.includes(l))) && (!o.resourceScoped || a.resourceTypes.length > 0),
    );
  },
};
