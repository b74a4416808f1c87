// Writes the routine fixtures of every privilege escalation method from its table entry: an exploitable
// standalone policy, the same with a Deny, a named or foreign resource, an unusable or a narrowing condition,
// and templates that spread the grants over two policies, a managed policy, a group and its members.
// Hand-written fixtures for the finer points sit beside them under other names (bad-self.yaml…).
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
