import type { Rule, RuleContext } from '../../engine/rule.ts';
import type { Resource } from '../../model/model.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(['aws_ami_launch_permission', 'AWS::ImageBuilder::DistributionConfiguration']);

export const amiNotPublic: Rule = {
  meta: {
    id: 'ec2/ami-not-public',
    title: 'AMIs are not shared with everyone',
    description:
      'A launch permission for the group "all" makes an AMI public: any AWS account can find it, launch it and copy its ' +
      'snapshots, with everything baked into the image: application code, configuration files, keys, tokens and ' +
      'credentials left in shell histories or caches. Public AMIs are searched for secrets continuously. Checked: ' +
      'Terraform aws_ami_launch_permission with group = "all", and EC2 Image Builder distribution configurations whose ' +
      'LaunchPermissionConfiguration gives UserGroups "all". Share AMIs with named accounts, an organization or an ' +
      'organizational unit instead.',
    severity: 'error',
    category: 'public-access',
    messages: {
      public: '{{resource}} shares an AMI with every AWS account (launch permission group "all")',
    },
    fix:
      'Remove the "all" group; grant launch permissions to the accounts that need the image (account_id, UserIds) or, ' +
      'better, to the organization or organizational units (organization_arn, OrganizationArns, OrganizationalUnitArns).',
    references: {
      checkov: ['CKV_AWS_205'],
      urls: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html'],
    },
    recommended: true,
    source: 'src/rules/ec2/ami-not-public.ts',
  },
  examples: {
    cloudformation: `GoldenImageDistribution:
  Type: AWS::ImageBuilder::DistributionConfiguration
  Properties:
    Name: golden-image
    Distributions:
      - Region: !Ref AWS::Region
        AmiDistributionConfiguration:
          Name: 'golden-image-{{imagebuilder:buildDate}}'
          LaunchPermissionConfiguration:
            OrganizationArns:
              - arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5
`,
    terraform: `resource "aws_ami_from_instance" "golden" {
  name               = "golden-image-1.4.2"
  source_instance_id = aws_instance.builder.id
}

resource "aws_ami_launch_permission" "organization" {
  image_id         = aws_ami_from_instance.golden.id
  organization_arn = "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5"
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(r) {
        const props = r.properties(context.scenario);
        if (r.type === 'aws_ami_launch_permission') {
          const group = field(props, 'group');
          if (isAll(group)) report(context, r, group!);
        } else if (r.type === 'AWS::ImageBuilder::DistributionConfiguration') {
          for (const d of items(field(props, 'Distributions'))) {
            const groups = field(field(field(d, 'AmiDistributionConfiguration'), 'LaunchPermissionConfiguration'), 'UserGroups');
            for (const g of items(groups)) if (isAll(g)) report(context, r, g);
          }
        }
      },
    };
  },
};

function isAll(v: Value | undefined): boolean {
  return v?.kind === 'scalar' && String(v.value).toLowerCase() === 'all';
}

function items(v: Value | undefined): Value[] {
  return v === undefined ? [] : v.kind === 'list' ? v.items : [v];
}

function report(context: RuleContext, r: Resource, at: Value): void {
  context.report({ messageId: 'public', data: { resource: r.id }, path: at.path, ...(at.file !== undefined ? { file: at.file } : {}), resource: r.id });
}
