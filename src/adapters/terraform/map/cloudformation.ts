import { num } from './convert.ts';
import type { Mapping } from './types.ts';

/**
 * Stacks Terraform creates. A template given inline (`template_body`) and a stack policy have no property on
 * CloudFormation's nested stack resource, so they are not in the model.
 */
export const CLOUDFORMATION: Record<string, Mapping> = {
  aws_cloudformation_stack: {
    cfn: 'AWS::CloudFormation::Stack',
    spec: {
      template_url: 'TemplateURL',
      parameters: 'Parameters',
      notification_arns: 'NotificationARNs',
      timeout_in_minutes: { to: 'TimeoutInMinutes', as: num },
    },
  },
};
