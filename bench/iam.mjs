// npm run bench:iam: how many IAM policy documents per second the IAM analysis lints (privilege escalation,
// write on every resource), on parliament's 58 test policies and on a generated set, cold (the catalog read
// as policies need it) and warm (best of several passes). Also the same with every built-in rule.
//   node --import tsx bench/iam.mjs [count of generated policies, default 2000]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adaptIamPolicy } from '../src/adapters/iam/adapter.ts';
import { runRules } from '../src/engine/run-rules.ts';
import { parseDocument } from '../src/parse/index.ts';
import { compilePolicy } from '../src/policies/compile.ts';
import { loadPolicyDir } from '../src/policies/load.ts';
import { BUILTIN_RULES } from '../src/rules/index.ts';
import { PRIVILEGE_ESCALATION_RULES } from '../src/rules/iam/privilege-escalation.ts';
import { noWriteOnAllResources } from '../src/rules/iam/no-write-on-all-resources.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const count = Number(process.argv[2] ?? 2000);

// parliament's policies that are JSON (a few of its cases are deliberately malformed).
const parliament = JSON.parse(readFileSync(join(root, '..', 'shared', 'corpus', 'parliament', 'expected_findings.json'), 'utf8'))
  .cases.flatMap((c) => {
    if (typeof c.policy !== 'string') return [JSON.stringify(c.policy, null, 2)];
    try {
      return [JSON.stringify(JSON.parse(c.policy), null, 2)];
    } catch {
      return [];
    }
  });

// A generated set, the same on every run: a small pseudo-random generator with a fixed seed.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:*', 'iam:PassRole', 'iam:CreatePolicyVersion', 'iam:Put*Policy', 'iam:*', 'ec2:RunInstances', 'ec2:Describe*', 'lambda:CreateFunction', 'lambda:InvokeFunction', 'lambda:UpdateFunctionCode', 'dynamodb:*', 'sqs:SendMessage', 'kms:Decrypt', 'ssm:SendCommand', 'glue:CreateDevEndpoint', 'cloudformation:*', 'sts:AssumeRole', 'logs:CreateLogStream', '*'];
const RESOURCES = ['*', 'arn:aws:s3:::data/*', 'arn:aws:iam::123456789012:role/app-*', 'arn:aws:iam::aws:policy/*', 'arn:aws:iam::123456789012:policy/app-*', 'arn:aws:lambda:*:123456789012:function:*', 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders'];
const CONDITIONS = [undefined, undefined, undefined, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }, { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }, { DateLessThan: { 'aws:CurrentTime': '2001-01-01T00:00:00Z' } }, { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } }];
function generated() {
  const statements = Array.from({ length: 1 + Math.floor(rand() * 5) }, () => {
    const effect = rand() < 0.2 ? 'Deny' : 'Allow';
    const actions = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(ACTIONS));
    const condition = pick(CONDITIONS);
    return { Effect: effect, [rand() < 0.1 ? 'NotAction' : 'Action']: actions, Resource: rand() < 0.3 ? [pick(RESOURCES), pick(RESOURCES)] : pick(RESOURCES), ...(condition ? { Condition: condition } : {}) };
  });
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}
const synthetic = Array.from({ length: count }, generated);

const all = [...loadPolicyDir(join(root, 'policies')).policies.map(compilePolicy), ...BUILTIN_RULES];
const iam = [...PRIVILEGE_ESCALATION_RULES, noWriteOnAllResources];
const active = (rules) => rules.map((rule) => ({ rule, severity: rule.meta.severity }));

function pass(texts, rules) {
  const t = process.hrtime.bigint();
  let findings = 0;
  texts.forEach((text, i) => {
    const unit = adaptIamPolicy(parseDocument(`policy-${i}.json`, text));
    findings += runRules(unit, rules).length;
  });
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, findings };
}

function measure(label, texts, rules) {
  const cold = pass(texts, rules);
  const warm = Math.min(...Array.from({ length: 5 }, () => pass(texts, rules).ms));
  const rate = (ms) => Math.round((texts.length / ms) * 1000).toLocaleString('en');
  console.log(`${label.padEnd(44)} ${String(texts.length).padStart(5)} policies  cold ${cold.ms.toFixed(0).padStart(5)} ms (${rate(cold.ms)}/s)  warm ${warm.toFixed(0).padStart(5)} ms (${rate(warm)} policies/s)  ${cold.findings} findings`);
}

// Runs first, so its cold figure includes reading the catalog as policies need it.
measure('parliament, IAM analysis rules', parliament, active(iam));
measure(`generated (seed 42), IAM analysis rules`, synthetic, active(iam));
measure('parliament, every built-in rule', parliament, active(all));
measure(`generated (seed 42), every built-in rule`, synthetic, active(all));
