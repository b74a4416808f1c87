import type { Rule } from '../../engine/rule.ts';
import type { Resource } from '../../model/model.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(['aws_ami_launch_permission', 'AWS::ImageBuilder::DistributionConfiguration']);

export const amiSharedAccounts: Rule = {
  meta: {
    id: 'ec2/ami-shared-accounts',
    title: 'AMIs shared with several accounts are shared with an organization or OU instead',
    description:
      'Every account an AMI is shared with can launch it and copy its snapshots, with whatever the image holds: code, ' +
      'configuration, keys left behind. A list of account ids drifts: an account that leaves the organization, is ' +
      'closed and reissued, or was a typo keeps the permission until someone removes it. Sharing with an organization ' +
      'or organizational unit (organization_arn, organizational_unit_arn; OrganizationArns, OrganizationalUnitArns) ' +
      'follows membership by itself. Reported: an AMI granted, by Terraform aws_ami_launch_permission resources or by ' +
      'an EC2 Image Builder distribution\'s LaunchPermissionConfiguration.UserIds, to two accounts or more.',
    severity: 'info',
    category: 'public-access',
    messages: {
      accounts: '{{resource}} shares AMI {{image}} with account {{account}}, one of {{count}} accounts it is shared with one by one',
      userIds: '{{resource}} shares the AMI it distributes to {{region}} with {{count}} accounts one by one',
    },
    fix:
      'Share the AMI with the organization or the organizational units that need it (organization_arn or ' +
      'organizational_unit_arn of aws_ami_launch_permission; OrganizationArns or OrganizationalUnitArns of an Image ' +
      'Builder LaunchPermissionConfiguration) rather than with a list of accounts.',
    references: {
      kics: ['AMI Shared With Multiple Accounts'],
      urls: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/share-amis-with-organizations-and-OUs.html'],
    },
    recommended: false,
    source: 'src/rules/ec2/ami-shared-accounts.ts',
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
            OrganizationalUnitArns:
              - arn:aws:organizations::111122223333:ou/o-a1b2c3d4e5/ou-ab12-workloads
`,
    terraform: `resource "aws_ami_from_instance" "golden" {
  name               = "golden-image-1.4.2"
  source_instance_id = aws_instance.builder.id
}

resource "aws_ami_launch_permission" "workloads" {
  image_id                = aws_ami_from_instance.golden.id
  organizational_unit_arn = "arn:aws:organizations::111122223333:ou/o-a1b2c3d4e5/ou-ab12-workloads"
}

resource "aws_ami_launch_permission" "sandbox" {
  image_id                = aws_ami_from_instance.golden.id
  organizational_unit_arn = "arn:aws:organizations::111122223333:ou/o-a1b2c3d4e5/ou-ab12-sandbox"
}
`,
  },
  create(context) {
    const s = context.scenario;
    // Launch permissions by image, each with the account it grants; an image or account known only at apply time
    // is compared by how it is written.
    const byImage = new Map<string, { r: Resource; account: Value; name: string }[]>();
    for (const r of context.unit.resources) {
      if (r.type !== 'aws_ami_launch_permission') continue;
      const props = r.properties(s);
      const image = key(field(props, 'image_id'));
      const account = field(props, 'account_id');
      const name = key(account);
      if (image === undefined || name === undefined) continue;
      byImage.set(image, [...(byImage.get(image) ?? []), { r, account: account!, name }]);
    }
    return {
      resourceTypes: TYPES,
      resource(r) {
        const props = r.properties(s);
        if (r.type === 'aws_ami_launch_permission') {
          const image = key(field(props, 'image_id'));
          const grants = image === undefined ? [] : (byImage.get(image) ?? []);
          const accounts = new Set(grants.map((g) => g.name));
          const own = grants.find((g) => g.r === r);
          if (accounts.size < 2 || own === undefined) return;
          context.report({
            messageId: 'accounts',
            data: { resource: r.id, image, account: own.name, count: accounts.size },
            path: own.account.path,
            ...(own.account.file !== undefined ? { file: own.account.file } : {}),
            resource: r.id,
          });
        } else if (r.type === 'AWS::ImageBuilder::DistributionConfiguration') {
          for (const d of items(field(props, 'Distributions'))) {
            const ids = field(field(field(d, 'AmiDistributionConfiguration'), 'LaunchPermissionConfiguration'), 'UserIds');
            if (ids?.kind !== 'list') continue;
            const distinct = new Set(ids.items.map(key));
            if (distinct.has(undefined) || distinct.size < 2) continue;
            const region = field(d, 'Region');
            context.report({
              messageId: 'userIds',
              data: { resource: r.id, region: region?.kind === 'scalar' ? String(region.value) : 'its region', count: distinct.size },
              path: ids.path,
              key: true,
              ...(ids.file !== undefined ? { file: ids.file } : {}),
              resource: r.id,
            });
          }
        }
      },
    };
  },
};

/** A value as text to compare: the scalar, or how an unknown one is written; undefined when not a single value. */
function key(v: Value | undefined): string | undefined {
  if (v?.kind === 'scalar') return String(v.value);
  if (v?.kind === 'unknown') return v.symbol;
  return undefined;
}

function items(v: Value | undefined): Value[] {
  return v === undefined ? [] : v.kind === 'list' ? v.items : [v];
}
