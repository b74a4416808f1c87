import type { Rule } from '../../engine/rule.ts';
import type { Path } from '../../core/range.ts';
import { field } from '../../model/value.ts';
import type { Node } from '../../parse/node.ts';

export const accessKey: Rule = {
  meta: {
    id: 'iam/access-key',
    title: 'No long-term access keys',
    description:
      'An AWS::IAM::AccessKey is a credential that never expires: it is copied into CI settings, laptops and config files, ' +
      'leaks with them, and keeps working until someone rotates it by hand. Workloads on AWS get temporary credentials from ' +
      'their role, CI systems from OIDC federation (GitHub Actions, GitLab), people from IAM Identity Center, and software ' +
      'elsewhere from IAM Roles Anywhere. A key created Inactive is not reported. Its secret read into the template\'s ' +
      'Outputs (Fn::GetAtt Key.SecretAccessKey) is reported too: anyone who can describe the stack reads it in clear text.',
    severity: 'warning',
    category: 'iam',
    messages: {
      accessKey: 'Access key {{resource}} is a long-term credential for {{user}}; use a role with temporary credentials instead',
      secretInOutputs: 'Output {{output}} shows the secret of access key {{resource}} to anyone who can describe the stack',
    },
    fix:
      'Remove the access key and give the workload a role: an instance profile, a task or function role, OIDC federation for ' +
      'CI, or IAM Roles Anywhere outside AWS. If a key is unavoidable, store its secret in Secrets Manager rather than in ' +
      'Outputs, and rotate it.',
    references: {
      fsbp: ['IAM.3'],
      cis: ['1.14'],
      checkov: ['CKV_AWS_273'],
      kics: ['IAM Access Key Is Exposed'],
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles'],
    },
    recommended: true,
    source: 'src/rules/iam/access-key.ts',
  },
  examples: {
    cloudformation: `ReportWorkerRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal:
            Service: ec2.amazonaws.com
          Action: sts:AssumeRole
    ManagedPolicyArns:
      - !Ref ReportBucketReadPolicy
ReportWorkerProfile:
  Type: AWS::IAM::InstanceProfile
  Properties:
    Roles: [!Ref ReportWorkerRole]
`,
    terraform: `resource "aws_iam_role" "report_worker" {
  name = "report-worker"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ec2.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_instance_profile" "report_worker" {
  name = "report-worker"
  role = aws_iam_role.report_worker.name
}
`,
  },
  create(context) {
    return {
      resourceTypes: new Set(['AWS::IAM::AccessKey']),
      resource(r) {
        const props = r.properties(context.scenario);
        const status = field(props, 'Status');
        if (status?.kind === 'scalar' && String(status.value) === 'Inactive') return;
        const user = field(props, 'UserName');
        const name = user?.kind === 'scalar' ? String(user.value) : user?.kind === 'unknown' ? user.symbol.replace(/^Ref /, '') : 'a user';
        context.report({ messageId: 'accessKey', data: { resource: r.id, user: name }, path: r.path, key: true, resource: r.id });
      },
      unit(u) {
        const keys = new Set(u.resources.filter((r) => r.type === 'AWS::IAM::AccessKey').map((r) => r.id));
        if (keys.size === 0) return;
        const outputs = u.documents.get(u.file)?.root;
        const map = outputs?.kind === 'map' ? outputs.entries.find((e) => e.key === 'Outputs')?.value : undefined;
        if (map?.kind !== 'map') return;
        for (const o of map.entries) {
          const found = secretReference(o.value, ['Outputs', o.key], keys);
          if (found) context.report({ messageId: 'secretInOutputs', data: { output: o.key, resource: found.key }, path: found.path, resource: found.key });
        }
      },
    };
  },
};

/** The first `Fn::GetAtt <key>.SecretAccessKey` (long form, short form or inside Fn::Sub) under a node. */
function secretReference(node: Node, path: Path, keys: Set<string>): { key: string; path: Path } | undefined {
  if (node.kind === 'scalar') {
    const m = typeof node.value === 'string' ? /\$\{([^}.]+)\.SecretAccessKey\}/.exec(node.value) : null;
    return m && keys.has(m[1]) ? { key: m[1], path } : undefined;
  }
  if (node.kind === 'map') {
    for (const e of node.entries) {
      if (e.key === 'Fn::GetAtt') {
        const arg = e.value;
        const parts = arg.kind === 'seq' ? arg.items.map((i) => (i.kind === 'scalar' ? String(i.value) : '')) : arg.kind === 'scalar' ? String(arg.value).split('.') : [];
        if (parts[1] === 'SecretAccessKey' && keys.has(parts[0])) return { key: parts[0], path };
      }
      const found = secretReference(e.value, [...path, e.key], keys);
      if (found) return found;
    }
    return undefined;
  }
  for (let i = 0; i < node.items.length; i++) {
    const found = secretReference(node.items[i], [...path, i], keys);
    if (found) return found;
  }
  return undefined;
}
