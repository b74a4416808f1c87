import { absent } from './absent.ts';
import { cidrPublic } from './cidr-public.ts';
import { cidrWorld } from './cidr-world.ts';
import { compare } from './compare.ts';
import { equals } from './equals.ts';
import { entry } from './entry.ts';
import { exists } from './exists.ts';
import { iamAction } from './iam-action.ts';
import { iamConditionHasKey } from './iam-condition-has-key.ts';
import { iamPrincipalPublic } from './iam-principal-public.ts';
import { inList } from './in.ts';
import { length } from './length.ts';
import { never } from './never.ts';
import { pattern } from './pattern.ts';
import { portRange } from './port-range.ts';
import type { PolicyFunction } from './types.ts';

/** The function library of declarative policies: small, pure, composable with all/any/not/every/some. */
export const FUNCTIONS: Record<string, PolicyFunction<any>> = Object.fromEntries(
  [exists, absent, equals, inList, pattern, compare, length, cidrWorld, cidrPublic, portRange, iamPrincipalPublic, iamConditionHasKey, iamAction, never, entry].map((f) => [f.name, f]),
);
