import { BATCH } from './batch.ts';
import { CLOUDFORMATION } from './cloudformation.ts';
import { CODEBUILD } from './codebuild.ts';
import { DMS } from './dms.ts';
import { ECS } from './ecs.ts';
import { EKS } from './eks.ts';
import { WORKSPACES } from './workspaces.ts';
import type { Mapping } from './types.ts';

/** Containers, builds, migrations, desktops and nested stacks: the workload services, one module each. */
export const WORKLOADS: Record<string, Mapping> = { ...ECS, ...EKS, ...BATCH, ...CODEBUILD, ...DMS, ...WORKSPACES, ...CLOUDFORMATION };
