import type { Rule } from '../../engine/rule.ts';
import type { Resource, Unit } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';

export const userMultipleAccessKeys: Rule = {
  meta: {
    id: 'iam/user-multiple-access-keys',
    title: 'An IAM user has at most one active access key',
    description:
      'IAM lets a user hold two access keys so that one can replace the other during a rotation. Two active keys ' +
      'created together by a template are two long-term credentials to leak and to track, and the second is rarely ' +
      'rotated or removed. Keys of the same user are told by the user they name (a `Ref` to the user, or its name); ' +
      'keys created Inactive do not count. Whether any key should exist at all is iam/access-key\'s concern.',
    severity: 'warning',
    category: 'iam',
    messages: {
      multiple: 'Access key {{resource}} is one of {{count}} active access keys of {{user}} ({{keys}}); keep one at most',
    },
    fix: 'Remove all but one AWS::IAM::AccessKey (aws_iam_access_key) of the user, or create the others with Status Inactive until a rotation needs them.',
    references: {
      cis: ['1.13'],
      wellArchitected: ['SEC02'],
      kics: ['IAM User Has Too Many Access Keys'],
    },
    recommended: true,
    source: 'src/rules/iam/user-multiple-access-keys.ts',
  },
  examples: {
    cloudformation: `LegacyUploader:
  Type: AWS::IAM::User
  Properties:
    Groups: [!Ref Uploaders]
LegacyUploaderKey:
  Type: AWS::IAM::AccessKey
  Properties:
    UserName: !Ref LegacyUploader
    Serial: 2
    Status: Active
`,
    terraform: `resource "aws_iam_user" "legacy_uploader" {
  name = "legacy-uploader"
}

resource "aws_iam_access_key" "legacy_uploader" {
  user   = aws_iam_user.legacy_uploader.name
  status = "Active"
}
`,
  },
  create(context) {
    return {
      unit(u) {
        const s = context.scenario;
        const byUser = new Map<string, Resource[]>();
        for (const key of u.resources) {
          if (key.type !== 'AWS::IAM::AccessKey') continue;
          const props = key.properties(s);
          const status = field(props, 'Status');
          if (status?.kind !== undefined && status.kind !== 'scalar') continue;
          if (status?.kind === 'scalar' && String(status.value) === 'Inactive') continue;
          const user = userOf(field(props, 'UserName'), u, s);
          if (user === undefined) continue;
          byUser.set(user, [...(byUser.get(user) ?? []), key]);
        }
        for (const [user, keys] of byUser) {
          if (keys.length < 2) continue;
          const ids = keys.map((k) => k.id).join(', ');
          for (const key of keys) {
            context.report({ messageId: 'multiple', data: { resource: key.id, count: keys.length, user, keys: ids }, path: key.path, file: key.file, key: true, resource: key.id });
          }
        }
      },
    };
  },
};

/**
 * The user a key belongs to, as one name whichever way the key names it: a user of the unit (by `Ref` or by its
 * UserName) is its id; another user is its literal name, or the reference as written.
 */
function userOf(v: Value | undefined, unit: Unit, s: Scenario): string | undefined {
  if (v === undefined) return undefined;
  const users = unit.resources.filter((r) => r.type === 'AWS::IAM::User');
  if (v.kind === 'unknown') {
    if (v.parts) return undefined;
    const ref = /^Ref (\S+)$/.exec(v.symbol)?.[1];
    return users.find((u) => u.id === ref)?.id ?? v.symbol;
  }
  if (v.kind !== 'scalar' || v.value === null || v.value === '') return undefined;
  const name = String(v.value);
  return users.find((u) => {
    const n = field(u.properties(s), 'UserName');
    return n?.kind === 'scalar' && String(n.value) === name;
  })?.id ?? name;
}
