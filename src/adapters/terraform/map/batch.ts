import { bool, num } from './convert.ts';
import { containerJson } from './container-json.ts';
import type { Mapping } from './types.ts';

/** Batch job definitions: container, multi-node and ECS properties are JSON; EKS properties are nested blocks. */
export const BATCH: Record<string, Mapping> = {
  aws_batch_job_definition: {
    cfn: 'AWS::Batch::JobDefinition',
    spec: {
      name: 'JobDefinitionName',
      type: 'Type',
      platform_capabilities: 'PlatformCapabilities',
      container_properties: { to: 'ContainerProperties', as: containerJson },
      node_properties: { to: 'NodeProperties', as: containerJson },
      ecs_properties: { to: 'EcsProperties', as: containerJson },
      eks_properties: {
        to: 'EksProperties',
        block: {
          pod_properties: {
            to: 'PodProperties',
            block: {
              host_network: { to: 'HostNetwork', as: bool },
              containers: {
                to: 'Containers',
                list: true,
                block: {
                  name: 'Name',
                  image: 'Image',
                  security_context: {
                    to: 'SecurityContext',
                    block: {
                      privileged: { to: 'Privileged', as: bool },
                      read_only_root_file_system: { to: 'ReadOnlyRootFilesystem', as: bool },
                      run_as_user: { to: 'RunAsUser', as: num },
                      run_as_non_root: { to: 'RunAsNonRoot', as: bool },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};
