import type { Rule } from '../../engine/rule.ts';
import { field } from '../../model/value.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(['AWS::SecurityHub::Hub']);

/**
 * What else turns standards on for a hub: a standard subscription, or a central configuration policy of the
 * organisation (CloudFormation types, and the Terraform type that has no CloudFormation mapping).
 */
const ENABLES_STANDARDS = new Set(['AWS::SecurityHub::Standard', 'AWS::SecurityHub::ConfigurationPolicy', 'aws_securityhub_configuration_policy']);

export const hubStandards: Rule = {
  meta: {
    id: 'securityhub/hub-standards',
    title: 'Security Hub hubs run at least one security standard',
    description:
      'Security Hub checks an account against its standards (AWS Foundational Security Best Practices, CIS, PCI DSS, NIST): ' +
      'the controls are what finds a public bucket or an unencrypted database. A hub created with EnableDefaultStandards ' +
      'false (enable_default_standards = false in Terraform) and no AWS::SecurityHub::Standard in the same template runs ' +
      'none: it collects findings from GuardDuty and other integrations, and the account looks covered while nothing checks ' +
      'its configuration. A template with a standard subscription or a central configuration policy is compliant, since ' +
      'that is how standards are chosen instead of the defaults. Whether standards are enabled elsewhere (by the ' +
      'organisation\'s delegated administrator) a template cannot show, so this rule is not in the recommended set.',
    severity: 'info',
    category: 'logging',
    messages: {
      noStandard: 'Security Hub {{resource}} is enabled without its default standards and this template subscribes it to none',
    },
    fix:
      'Leave EnableDefaultStandards unset (true), or add an AWS::SecurityHub::Standard (aws_securityhub_standards_subscription) ' +
      'for the AWS Foundational Security Best Practices standard and the CIS AWS Foundations Benchmark.',
    references: {
      cis: ['4.16'],
      wellArchitected: ['SEC04'],
      urls: ['https://docs.aws.amazon.com/securityhub/latest/userguide/standards-reference.html'],
    },
    recommended: false,
    source: 'src/rules/securityhub/hub-standards.ts',
  },
  examples: {
    cloudformation: `SecurityHub:
  Type: AWS::SecurityHub::Hub
  Properties:
    EnableDefaultStandards: false
    ControlFindingGenerator: SECURITY_CONTROL
FoundationalBestPractices:
  Type: AWS::SecurityHub::Standard
  DependsOn: SecurityHub
  Properties:
    StandardsArn: !Sub arn:\${AWS::Partition}:securityhub:\${AWS::Region}::standards/aws-foundational-security-best-practices/v/1.0.0
CisBenchmark:
  Type: AWS::SecurityHub::Standard
  DependsOn: SecurityHub
  Properties:
    StandardsArn: !Sub arn:\${AWS::Partition}:securityhub:\${AWS::Region}::standards/cis-aws-foundations-benchmark/v/3.0.0
`,
    terraform: `data "aws_region" "current" {}

resource "aws_securityhub_account" "main" {
  enable_default_standards  = false
  control_finding_generator = "SECURITY_CONTROL"
}

resource "aws_securityhub_standards_subscription" "foundational" {
  standards_arn = "arn:aws:securityhub:\${data.aws_region.current.name}::standards/aws-foundational-security-best-practices/v/1.0.0"
  depends_on    = [aws_securityhub_account.main]
}

resource "aws_securityhub_standards_subscription" "cis" {
  standards_arn = "arn:aws:securityhub:\${data.aws_region.current.name}::standards/cis-aws-foundations-benchmark/v/3.0.0"
  depends_on    = [aws_securityhub_account.main]
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(hub) {
        if (hub.type !== 'AWS::SecurityHub::Hub') return;
        const defaults = field(hub.properties(context.scenario), 'EnableDefaultStandards');
        if (defaults?.kind !== 'scalar' || String(defaults.value).toLowerCase() !== 'false') return;
        if (context.unit.resources.some((r) => ENABLES_STANDARDS.has(r.type))) return;
        context.report({ messageId: 'noStandard', data: { resource: hub.id }, path: defaults.path, resource: hub.id });
      },
    };
  },
};
