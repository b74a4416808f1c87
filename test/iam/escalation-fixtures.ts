// Writes the routine fixtures of every privilege escalation method from its table entry: an exploitable
// standalone policy, the same with a Deny, a named or foreign resource, an unusable or a narrowing condition,
// and templates that spread the grants over two policies, a managed policy, a group and its members; and the
// Terraform configurations bad.tf / good.tf with the same grants and the same ways to stay quiet.
// Hand-written fixtures for the finer points sit beside them under other names (bad-self.yaml, bad-split.tf…).
//   node --import tsx test/iam/escalation-fixtures.ts          (writes)
// escalation-fixtures.test.ts checks that the files on disk are what this produces.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { POLICY } from '../../src/iam/arn-classes.ts';
import type { EscalationMethod, Need } from '../../src/iam/escalation-methods.ts';
import { ESCALATION_METHODS } from '../../src/iam/escalation-methods.ts';

export const FIXTURES_ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'src', 'rules', 'iam', 'fixtures', 'privilege-escalation');

interface Statement {
  Effect: 'Allow' | 'Deny';
  Action: string[];
  Resource: string;
  Condition?: Record<string, Record<string, string>>;
}

const EXPIRED = { DateLessThan: { 'aws:CurrentTime': '2001-01-01T00:00:00Z' } };
const WITH_MFA = { Bool: { 'aws:MultiFactorAuthPresent': 'true' } };
const HARMLESS: Statement = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::reports/*' };

/** An ARN of the class with the wildcards of its name kept: what an over-broad policy grants. */
function broad(cls: string): string {
  if (cls === '*') return '*';
  const [, , service, region, , ...rest] = cls.split(':');
  return `arn:aws:${service}:${region === '' ? '' : 'eu-west-1'}:123456789012:${rest.join(':')}`;
}

/** A resource the need cannot be exploited through: one named resource, or AWS managed policies. */
function narrow(cls: string): string {
  if (cls === POLICY) return 'arn:aws:iam::aws:policy/*';
  if (cls === '*') return 'arn:aws:s3:::reports';
  return broad(cls).replace(/\*/g, 'app-worker');
}

/** The first alternative of each group: the simplest way to meet the method. */
export function simplestNeeds(m: EscalationMethod): Need[] {
  return m.requires.flatMap((group) => {
    const alt = group[0];
    return Array.isArray(alt) ? alt : [alt];
  });
}

const statementsOf = (needs: Need[]): Statement[] => needs.map((n) => ({ Effect: 'Allow', Action: n.actions, Resource: broad(n.on) }));

function json(statements: Statement[]): { text: string; firstLine: number } {
  const text = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2) + '\n';
  return { text, firstLine: text.split('\n').indexOf('    {') + 1 };
}

function yamlStatements(statements: Statement[], indent: string): string {
  return statements
    .map((s) => {
      const lines = [`${indent}- Effect: ${s.Effect}`, `${indent}  Action: [${s.Action.join(', ')}]`, `${indent}  Resource: '${s.Resource}'`];
      if (s.Condition) {
        const [op, kv] = Object.entries(s.Condition)[0];
        const [k, v] = Object.entries(kv)[0];
        lines.push(`${indent}  Condition:`, `${indent}    ${op}:`, `${indent}      ${k}: '${v}'`);
      }
      return lines.join('\n');
    })
    .join('\n');
}

const TRUST = `      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: ec2.amazonaws.com }
            Action: sts:AssumeRole`;

function role(name: string, inline: Statement[], extra = ''): string {
  return `  ${name}:
    Type: AWS::IAM::Role
    Properties:
${TRUST}${extra}
      Policies:
        - PolicyName: grants
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
${yamlStatements(inline, '              ')}`;
}

function managed(name: string, statements: Statement[], extra = ''): string {
  return `  ${name}:
    Type: AWS::IAM::ManagedPolicy
    Properties:${extra}
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
${yamlStatements(statements, '          ')}`;
}

function user(name: string, inline: Statement[], extra = ''): string {
  return `  ${name}:
    Type: AWS::IAM::User
    Properties:${extra}
      Policies:
        - PolicyName: own
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
${yamlStatements(inline, '              ')}`;
}

function template(resources: string[], parameters = ''): string {
  return `AWSTemplateFormatVersion: '2010-09-09'\n${parameters}Resources:\n${resources.join('\n')}\n`;
}

/** Marks the lines that declare the given logical ids with `# expect`. */
function expectAt(text: string, ids: string[]): string {
  return text
    .split('\n')
    .map((l) => (ids.some((id) => l === `  ${id}:`) ? `${l} # expect` : l))
    .join('\n');
}

/** The fixture files of one method, by name. */
export function fixturesOf(m: EscalationMethod): Map<string, string> {
  const needs = simplestNeeds(m);
  const all = statementsOf(needs);
  const [first, ...rest] = all;
  const out = new Map<string, string>();
  const expect: Record<string, number[]> = {};
  const put = (name: string, statements: Statement[], bad: boolean) => {
    const j = json(statements);
    out.set(name, j.text);
    if (bad) expect[name] = [j.firstLine];
  };

  put('bad.json', all, true);
  put('bad-conditional.json', [{ ...first, Condition: WITH_MFA }, ...rest], true);
  put('good-deny.json', [...all, { Effect: 'Deny', Action: [needs[0].actions[0]], Resource: '*' }], false);
  put('good-named-resource.json', [{ ...first, Resource: narrow(needs[0].on) }, ...rest], false);
  put('good-other-resource.json', [{ ...first, Resource: 'arn:aws:s3:::reports/*' }, ...rest], false);
  put('good-expired-condition.json', [{ ...first, Condition: EXPIRED }, ...rest], false);
  if (all.length > 1) put('good-partial.json', all.slice(0, -1), false);
  const passRole = needs.find((n) => n.context?.['iam:passedtoservice']);
  if (passRole) {
    const service = passRole.context!['iam:passedtoservice'];
    const i = needs.indexOf(passRole);
    const withService = (s: string) => all.map((st, j) => (j === i ? { ...st, Condition: { StringEquals: { 'iam:PassedToService': s } } } : st));
    put('bad-passed-to-service.json', withService(service), true);
    put('good-passed-to-other-service.json', withService('states.amazonaws.com'), false);
  }
  if (needs[0].context?.['iam:policyarn']) {
    put('good-policy-arn-condition.json', [{ ...first, Condition: { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/ReadOnlyAccess' } } }, ...rest], false);
  }
  out.set('expect.json', JSON.stringify(expect));

  // Templates: the first grant on the principal itself, the others beside it, so only the sum escalates.
  const own = rest.length > 0 ? [first] : [HARMLESS];
  const beside = rest.length > 0 ? rest : [first];
  const groupReported = rest.length === 0;
  const bad = template([
    role('SplitRole', own),
    `  SplitRolePolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: more-grants
      Roles: [!Ref SplitRole]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
${yamlStatements(beside, '          ')}`,
    role('ManagedRole', [HARMLESS], '\n      ManagedPolicyArns: [!Ref ManagedGrants]'),
    managed('ManagedGrants', all),
    `  Operators:
    Type: AWS::IAM::Group
    Properties:
      ManagedPolicyArns: [!Ref OperatorGrants]`,
    managed('OperatorGrants', beside),
    user('Operator', own, '\n      Groups: [!Ref Operators]'),
    user('Contractor', own),
    `  ContractorMembership:
    Type: AWS::IAM::UserToGroupAddition
    Properties:
      GroupName: !Ref Operators
      Users: [!Ref Contractor]`,
  ]);
  out.set('bad.yaml', expectAt(bad, ['SplitRole', 'ManagedRole', 'Operator', 'Contractor', ...(groupReported ? ['Operators'] : [])]));

  const good = template(
    [
      role('DeniedRole', [{ Effect: 'Deny', Action: [needs[0].actions[0]], Resource: '*' }], '\n      ManagedPolicyArns: [!Ref AllGrants]'),
      managed('AllGrants', all),
      role('NamedRole', [{ ...first, Resource: narrow(needs[0].on) }, ...rest]),
      role('ExpiredRole', [{ ...first, Condition: EXPIRED }, ...rest]),
      role('BoundedRole', all, '\n      PermissionsBoundary: !Ref ReadOnlyBoundary'),
      managed('ReadOnlyBoundary', [HARMLESS]),
      role('UnknownTargetRole', [{ ...first, Resource: 'REPLACE' }, ...rest]).replace("Resource: 'REPLACE'", 'Resource: !Ref TargetArn'),
      role('UnknownBoundaryRole', all, '\n      PermissionsBoundary: !Ref BoundaryArn'),
      ...(all.length > 1 ? [role('PartialRole', all.slice(0, -1))] : []),
    ],
    'Parameters:\n  TargetArn:\n    Type: String\n  BoundaryArn:\n    Type: String\n',
  );
  out.set('good.yaml', good);
  for (const [name, text] of terraformFixtures(m)) out.set(name, text);
  return out;
}

// Terraform: the same grants written the ways a configuration writes them (a policy document data source on an
// aws_iam_role_policy, jsonencode on an attached aws_iam_policy, a heredoc on an aws_iam_group_policy), and the
// cases that must stay quiet with Terraform's own means of saying them (variables without default included).

/** A statement's resource as HCL: a quoted ARN, or an expression (`var.x`) when written as `${expr}`. */
function hclResource(r: string): string {
  const expr = /^\$\{(.*)\}$/.exec(r);
  return expr ? expr[1] : JSON.stringify(r);
}

const hclList = (xs: string[]) => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;

/** A `data "aws_iam_policy_document"` block. */
function policyDocument(name: string, statements: Statement[]): string {
  const blocks = statements.map((s) => {
    const lines = ['  statement {'];
    if (s.Effect === 'Deny') lines.push('    effect    = "Deny"');
    lines.push(`    actions   = ${hclList(s.Action)}`, `    resources = [${hclResource(s.Resource)}]`);
    for (const [test, kv] of Object.entries(s.Condition ?? {})) {
      for (const [variable, value] of Object.entries(kv)) {
        lines.push('', '    condition {', `      test     = ${JSON.stringify(test)}`, `      variable = ${JSON.stringify(variable)}`, `      values   = ${hclList([value])}`, '    }');
      }
    }
    lines.push('  }');
    return lines.join('\n');
  });
  return `data "aws_iam_policy_document" "${name}" {\n${blocks.join('\n\n')}\n}`;
}

/** `policy = jsonencode({...})` at the given indentation. */
function jsonencode(statements: Statement[], indent: string): string {
  const body = statements.map((s) => {
    const fields: [string, string][] = [
      ['Effect', JSON.stringify(s.Effect)],
      ['Action', hclList(s.Action)],
      ['Resource', hclResource(s.Resource)],
    ];
    if (s.Condition) {
      const conditions = Object.entries(s.Condition).map(([op, kv]) => `${op} = { ${Object.entries(kv).map(([k, v]) => `${JSON.stringify(k)} = ${JSON.stringify(v)}`).join(', ')} }`);
      fields.push(['Condition', `{ ${conditions.join(', ')} }`]);
    }
    const width = Math.max(...fields.map(([k]) => k.length));
    return [`${indent}    {`, ...fields.map(([k, v]) => `${indent}      ${k.padEnd(width)} = ${v}`), `${indent}    },`].join('\n');
  });
  return `${indent}policy = jsonencode({\n${indent}  Version = "2012-10-17"\n${indent}  Statement = [\n${body.join('\n')}\n${indent}  ]\n${indent}})`;
}

/** `policy = <<-EOT` with the policy as JSON. */
function heredoc(statements: Statement[], indent: string): string {
  const text = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)
    .split('\n')
    .map((l) => `${indent}  ${l}`)
    .join('\n');
  return `${indent}policy = <<-EOT\n${text}\n${indent}EOT`;
}

const TF_TRUST = `locals {
  ec2_trust = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}`;

function tfRole(name: string, extra: string[] = [], expect = false): string {
  const attrs = [['name', JSON.stringify(name.replace(/_/g, '-'))], ['assume_role_policy', 'local.ec2_trust'], ...extra.map((e) => e.split(' = '))];
  const width = Math.max(...attrs.map(([k]) => k.length));
  return `resource "aws_iam_role" "${name}" {${expect ? ' # expect' : ''}\n${attrs.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`).join('\n')}\n}`;
}

/** An aws_iam_role_policy of the role, its document either a data source's name or statements for jsonencode. */
function tfRolePolicy(name: string, role: string, policy: string | Statement[]): string {
  if (typeof policy === 'string') {
    return `resource "aws_iam_role_policy" "${name}" {\n  name   = ${JSON.stringify(name.replace(/_/g, '-'))}\n  role   = aws_iam_role.${role}.id\n  policy = data.aws_iam_policy_document.${policy}.json\n}`;
  }
  return `resource "aws_iam_role_policy" "${name}" {\n  name = ${JSON.stringify(name.replace(/_/g, '-'))}\n  role = aws_iam_role.${role}.id\n\n${jsonencode(policy, '  ')}\n}`;
}

function tfManagedPolicy(name: string, statements: Statement[]): string {
  return `resource "aws_iam_policy" "${name}" {\n  name = ${JSON.stringify(name.replace(/_/g, '-'))}\n\n${jsonencode(statements, '  ')}\n}`;
}

const GENERATED_TF = '# Generated by test/iam/escalation-fixtures.ts from the method table (src/iam/escalation-methods.ts): do not edit.\n# Hand-written Terraform cases of the method sit beside this file under other names.';

/** What narrow() gives, and why it is no escalation, for a comment. */
function narrowWhy(cls: string): string {
  if (cls === POLICY) return `${narrow(cls)}: AWS managed policies, which nobody can change`;
  if (cls === '*') return `${narrow(cls)}, a resource it does not apply to (it is only allowed on "*")`;
  return `${narrow(cls)}, one named resource`;
}

/** Blocks separated by a blank line, each comment line right above the block it describes. */
function tfFile(parts: string[]): string {
  const [header, ...blocks] = parts;
  const glued = blocks.reduce<string[]>((acc, b) => (acc.length > 0 && /^# [^\n]*$/.test(acc[acc.length - 1]) ? [...acc.slice(0, -1), `${acc[acc.length - 1]}\n${b}`] : [...acc, b]), []);
  return [header, ...glued].join('\n\n') + '\n';
}

/** bad.tf and good.tf of one method. */
export function terraformFixtures(m: EscalationMethod): Map<string, string> {
  const needs = simplestNeeds(m);
  const all = statementsOf(needs);
  const [first, ...rest] = all;
  const deny: Statement = { Effect: 'Deny', Action: [needs[0].actions[0]], Resource: '*' };
  const out = new Map<string, string>();

  const bad = [
    GENERATED_TF,
    TF_TRUST,
    '# A role whose policy, a policy document data source, grants what the method needs.',
    tfRole('worker', [], true),
    policyDocument('worker', all),
    tfRolePolicy('worker', 'worker', 'worker'),
    '# A user with the same grants in a managed policy (jsonencode) attached to it.',
    'resource "aws_iam_user" "operator" { # expect\n  name = "operator"\n}',
    tfManagedPolicy('operator_grants', all),
    'resource "aws_iam_user_policy_attachment" "operator" {\n  user       = aws_iam_user.operator.name\n  policy_arn = aws_iam_policy.operator_grants.arn\n}',
    '# A group whose inline policy (heredoc JSON) grants the same with MFA: its members can, conditionally.',
    'resource "aws_iam_group" "operators" { # expect\n  name = "operators"\n}',
    `resource "aws_iam_group_policy" "operators" {\n  name  = "grants"\n  group = aws_iam_group.operators.name\n\n${heredoc([{ ...first, Condition: WITH_MFA }, ...rest], '  ')}\n}`,
  ];
  out.set('bad.tf', tfFile(bad));

  const good = [
    GENERATED_TF,
    TF_TRUST,
    'variable "target_arn" {\n  type        = string\n  description = "Known at deploy time only: an unknown Allow grants nothing."\n}',
    'variable "boundary_arn" {\n  type        = string\n  description = "Known at deploy time only: an unknown boundary may allow nothing."\n}',
    policyDocument('grants', all),
    `# Every grant, and a Deny of ${deny.Action[0]} in a second policy attached to the same role.`,
    tfRole('denied'),
    tfRolePolicy('denied_grants', 'denied', 'grants'),
    tfManagedPolicy('guardrail', [deny]),
    'resource "aws_iam_role_policy_attachment" "denied_guardrail" {\n  role       = aws_iam_role.denied.name\n  policy_arn = aws_iam_policy.guardrail.arn\n}',
    `# ${first.Action.join(', ')} only on ${narrowWhy(needs[0].on)}.`,
    tfRole('named'),
    tfRolePolicy('named_grants', 'named', [{ ...first, Resource: narrow(needs[0].on) }, ...rest]),
    `# ${first.Action.join(', ')} under a condition that expired in 2001.`,
    tfRole('expired'),
    tfRolePolicy('expired_grants', 'expired', [{ ...first, Condition: EXPIRED }, ...rest]),
  ];
  const passRole = needs.find((n) => n.context?.['iam:passedtoservice']);
  if (passRole) {
    const i = needs.indexOf(passRole);
    const toOther = all.map((st, j) => (j === i ? { ...st, Condition: { StringEquals: { 'iam:PassedToService': 'states.amazonaws.com' } } } : st));
    good.push('# Roles passed to Step Functions only.', tfRole('other_service'), policyDocument('other_service', toOther), tfRolePolicy('other_service_grants', 'other_service', 'other_service'));
  }
  if (needs[0].context?.['iam:policyarn']) {
    const readOnly = [{ ...first, Condition: { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/ReadOnlyAccess' } } }, ...rest];
    good.push('# Only ReadOnlyAccess may be attached.', tfRole('read_only_attach'), tfRolePolicy('read_only_attach_grants', 'read_only_attach', readOnly));
  }
  if (all.length > 1) good.push(`# Without ${all[all.length - 1].Action.join(', ')}.`, tfRole('partial'), tfRolePolicy('partial_grants', 'partial', all.slice(0, -1)));
  good.push(
    '# A permissions boundary that allows none of it.',
    tfRole('bounded', ['permissions_boundary = aws_iam_policy.read_only_boundary.arn']),
    tfRolePolicy('bounded_grants', 'bounded', 'grants'),
    tfManagedPolicy('read_only_boundary', [HARMLESS]),
    '# Values known at deploy time only: the target of the first grant, and a permissions boundary.',
    tfRole('unknown_target'),
    tfRolePolicy('unknown_target_grants', 'unknown_target', [{ ...first, Resource: '${var.target_arn}' }, ...rest]),
    tfRole('unknown_boundary', ['permissions_boundary = var.boundary_arn']),
    tfRolePolicy('unknown_boundary_grants', 'unknown_boundary', 'grants'),
  );
  out.set('good.tf', tfFile(good));
  return out;
}

/** expect.json with the generated entries, keeping those of hand-written fixtures. */
export function mergedExpectations(file: string, generated: Record<string, number[]>): string {
  const prior: Record<string, number[]> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const merged = { ...prior, ...generated };
  const sorted = Object.fromEntries(Object.keys(merged).sort().map((k) => [k, merged[k]]));
  return JSON.stringify(sorted, null, 2) + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const m of ESCALATION_METHODS) {
    const dir = join(FIXTURES_ROOT, m.id);
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of fixturesOf(m)) {
      if (name === 'expect.json') writeFileSync(join(dir, name), mergedExpectations(join(dir, name), JSON.parse(text)));
      else writeFileSync(join(dir, name), text);
    }
  }
  console.log(`fixtures for ${ESCALATION_METHODS.length} methods in ${FIXTURES_ROOT}`);
}
