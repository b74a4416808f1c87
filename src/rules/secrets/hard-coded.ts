import type { Path } from '../../core/range.ts';
import type { Rule } from '../../engine/rule.ts';
import type { Unit } from '../../model/model.ts';
import type { Value, Via } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import { get } from '../../parse/node.ts';
import { hclLiterals } from '../../secrets/hcl-literals.ts';
import { isSecretName, lastSegment } from '../../secrets/secret-name.ts';
import { findToken, MIN_TOKEN_LENGTH } from '../../secrets/token-patterns.ts';
import { namesASecret, originOf } from '../../secrets/written-value.ts';

/** Keys that give the name of the value beside them: `{Name: DB_PASSWORD, Value: …}` in environments, option settings, parameters. */
const NAME_KEYS = ['Name', 'name', 'Key', 'key', 'OptionName', 'ParameterKey'];
const VALUE_KEYS = ['Value', 'value', 'ParameterValue'];
/** CodeBuild variables of these types hold the name of a parameter or secret, not its value. */
const REFERENCE_TYPES = new Set(['PARAMETER_STORE', 'SECRETS_MANAGER']);

/** Secrets another rule already reports where they are written. */
const COVERED_ELSEWHERE: Record<string, string> = { 'AWS::IAM::User': 'LoginProfile.Password' };

interface Hit {
  messageId: 'token' | 'named';
  kind?: string;
  value: Value;
  /** The property, relative to the resource (`Environment.Variables.DB_PASSWORD`), or inside a JSON string. */
  property: string;
}

export const hardCoded: Rule = {
  meta: {
    id: 'secrets/hard-coded',
    title: 'No secrets are written in templates',
    description:
      'A password, token or key written in a template (as a literal, a parameter Default or AllowedValue, a mapping, a ' +
      'Terraform variable default or local) is readable by everyone who can read the repository, the CI logs, the ' +
      'artifact bucket, and GetTemplate or the state file; it cannot be rotated without a commit, and it stays in the ' +
      'history forever. Two signs are read, in every property of every resource (environment variables of functions, ' +
      'containers and builds, user data, connection strings) and in Terraform provider blocks: credentials ' +
      'recognisable by their shape (AWS access keys, private keys, GitHub, GitLab, Slack, Stripe, Google, SendGrid, npm, ' +
      'OpenAI and Anthropic tokens, a password inside a URL), and a literal value given to a property or variable whose ' +
      'name says it holds a secret (Password, ClientSecret, AuthToken, DB_PASSWORD, api_key…). Dynamic references ' +
      '({{resolve:secretsmanager:…}}, {{resolve:ssm-secure:…}}), ARNs and parameter names, parameters without a ' +
      'default (NoEcho), values known only at deploy time, and values given in config, --var or a .tfvars file are not ' +
      'reported.',
    severity: 'error',
    category: 'secrets',
    messages: {
      token: '{{kind}} is written in {{property}} of {{resource}}{{origin}}',
      named: '{{property}} of {{resource}} is a secret written in the {{document}}{{origin}}',
      provider: '{{property}} of provider "{{provider}}" is a credential written in the configuration{{origin}}',
      moduleArgument: '{{property}} given to {{module}} is a secret written in the configuration',
      inputDefault: 'The default of {{input}} is a secret written in the {{document}}',
    },
    fix:
      'Keep the secret in AWS Secrets Manager (or SSM Parameter Store as a SecureString) and reference it: a dynamic ' +
      'reference `{{resolve:secretsmanager:<secret>:SecretString:<key>}}` in CloudFormation, a data source or ' +
      'ManageMasterUserPassword / manage_master_user_password for databases, the Secrets of a container definition, ' +
      'or a NoEcho parameter without a Default / a `sensitive` variable without a default. Give providers credentials ' +
      'from the environment or a role, never in the configuration. Then rotate the secret: it is in the history.',
    references: {
      fsbp: ['CodeBuild.1', 'CodeBuild.2', 'ECS.8'],
      wellArchitected: ['SEC02'],
      checkov: ['CKV_AWS_41', 'CKV_AWS_45', 'CKV_AWS_46', 'CKV_AWS_295', 'CKV_AWS_384', 'CKV_SECRET_2', 'CKV_SECRET_6'],
      cfnNag: ['F51', 'W35'],
      kics: [
        'Alexa Skill Plaintext Client Secret Exposed',
        'RefreshToken Is Exposed',
        'DMS Endpoint Password Exposed',
        'Directory Service Microsoft AD Password Set to Plaintext or Default Ref',
        'EC2 Instance Using API Keys',
      ],
      urls: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html'],
    },
    recommended: true,
    source: 'src/rules/secrets/hard-coded.ts',
  },
  examples: {
    cloudformation: `Database:
  Type: AWS::RDS::DBInstance
  Properties:
    Engine: postgres
    DBInstanceClass: db.t4g.medium
    AllocatedStorage: '50'
    StorageEncrypted: true
    DBSubnetGroupName: !Ref DatabaseSubnets
    MasterUsername: app
    MasterUserPassword: '{{resolve:secretsmanager:prod/app/database:SecretString:password}}'
Worker:
  Type: AWS::Lambda::Function
  Properties:
    Runtime: python3.12
    Handler: worker.handler
    Role: !GetAtt WorkerRole.Arn
    Code:
      S3Bucket: !Ref ArtifactBucket
      S3Key: worker.zip
    Environment:
      Variables:
        PAYMENTS_API_KEY_SECRET: !Ref PaymentsApiKeySecret
`,
    terraform: `provider "aws" {
  # Credentials come from the environment or an assumed role, never from this file.
  region = "eu-west-1"
}

resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  storage_encrypted           = true
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = aws_iam_role.worker.arn
  runtime       = "python3.12"
  handler       = "worker.handler"
  filename      = "worker.zip"

  environment {
    variables = {
      PAYMENTS_API_KEY_SECRET = aws_secretsmanager_secret.payments_api_key.arn
    }
  }
}
`,
  },
  create(context) {
    return {
      resource(r) {
        if (context.unit.kind === 'terraform-plan') return;
        const props = r.sourceAttributes?.(context.scenario) ?? r.properties(context.scenario);
        const hits: Hit[] = [];
        scan(props, undefined, [], hits);
        const covered = COVERED_ELSEWHERE[r.type];
        for (const hit of hits) {
          if (covered !== undefined && hit.property === covered) continue;
          const origin = originOf(hit.value.via);
          if (!origin.written) continue;
          // The default of a parameter or variable named as a secret is reported where it is written, once.
          if (origin.source && fromSecretInput(origin.source)) continue;
          const argument = origin.source && /^argument "/.test(origin.source.message) ? origin.source : undefined;
          if (argument) {
            const module = /of (module\.[^\s[]+)/.exec(argument.message)?.[1] ?? 'a module';
            context.report({
              messageId: 'moduleArgument',
              data: { property: /^argument "([^"]+)"/.exec(argument.message)?.[1] ?? hit.property, module },
              path: argument.path,
              ...(argument.file !== undefined ? { file: argument.file } : {}),
              resource: null,
            });
            continue;
          }
          context.report({
            messageId: hit.messageId,
            data: { kind: capitalise(hit.kind ?? ''), property: hit.property, resource: r.id, document: r.provider === 'terraform' ? 'configuration' : 'template', origin: origin.source ? ` (from the ${origin.source.message})` : '' },
            path: hit.value.path,
            ...(hit.value.file !== undefined ? { file: hit.value.file } : {}),
            resource: r.id,
            ...(origin.source ? { related: [origin.source] } : {}),
          });
        }
      },
      unit(u) {
        if (u.kind === 'cloudformation') {
          for (const p of secretParameterDefaults(u)) {
            context.report({ messageId: 'inputDefault', data: { input: `parameter ${p.name}`, document: 'template' }, path: p.path, resource: null });
          }
          return;
        }
        if (u.kind !== 'terraform') return;
        for (const l of hclLiterals(u)) {
          if (l.block === 'variable') {
            if (isSecretName(l.label) && !namesASecret(l.text)) {
              context.report({ messageId: 'inputDefault', data: { input: `variable "${l.label}"`, document: 'configuration' }, path: l.path, file: l.file, resource: null });
            }
            continue;
          }
          if (l.source && fromSecretInput(l.source)) continue;
          const token = findToken(l.text);
          const named = !token && isSecretName(l.name) && !namesASecret(l.text);
          // A provider's access key id is a credential even where it does not match the shape of a real one.
          const providerKey = !token && l.block === 'provider' && /^access_key$/i.test(l.name) && !namesASecret(l.text);
          if (!token && !named && !providerKey) continue;
          context.report({
            messageId: l.block === 'provider' ? 'provider' : 'moduleArgument',
            data: { property: l.name, provider: l.label, module: `module.${l.label}`, origin: l.source ? ` (from the ${l.source.message})` : '' },
            path: l.path,
            file: l.file,
            resource: null,
            related: l.source ? [l.source] : [],
          });
        }
      },
    };
  },
};

/** A value that comes from the default of a parameter or variable whose name says it is a secret. */
function fromSecretInput(source: Via): boolean {
  const m = /^default of (?:parameter (\S+)|variable "([^"]+)")/.exec(source.message);
  return m !== null && isSecretName(m[1] ?? m[2]);
}

/** Defaults of the template's parameters whose names say they hold a secret (SSM parameter types name one instead). */
function secretParameterDefaults(u: Unit): { name: string; path: Path }[] {
  const params = get(u.documents.get(u.file)?.root, 'Parameters');
  if (params?.kind !== 'map') return [];
  const out: { name: string; path: Path }[] = [];
  for (const { key, value } of params.entries) {
    if (!isSecretName(key)) continue;
    const type = get(value, 'Type');
    if (type?.kind === 'scalar' && String(type.value).startsWith('AWS::SSM::Parameter::Value<')) continue;
    const def = get(value, 'Default');
    if (def?.kind === 'scalar' && typeof def.value === 'string' && !namesASecret(def.value)) out.push({ name: key, path: ['Parameters', key, 'Default'] });
  }
  return out;
}

/** `trail` is the property path so far, pushed and popped as the scan goes (only a hit joins it into text). */
function scan(v: Value | undefined, name: string | undefined, trail: string[], out: Hit[]): void {
  if (v === undefined) return;
  if (v.kind === 'list') {
    for (let i = 0; i < v.items.length; i++) scan(v.items[i], name, trail, out);
    return;
  }
  if (v.kind === 'object') {
    // forEach: iterating the entries makes a result object per step (and a [key, value] pair) in code that runs on
    // every value of every resource and mostly before it is optimised.
    const pair = namedValue(v);
    v.entries.forEach((child, k) => {
      if (pair && child === pair.value) {
        if (pair.reference) return;
        trail.push(pair.name);
        scan(child, pair.name, trail, out);
        trail.pop();
        return;
      }
      trail.push(k);
      scan(child, k, trail, out);
      trail.pop();
    });
    return;
  }
  if (v.kind === 'unknown') {
    // Parts known only at deploy time are not secrets written here; the literal text around them may hold one.
    if (!v.parts) return;
    const text = v.parts.map((p) => (typeof p === 'string' ? p : '${' + p.symbol + '}')).join('');
    const token = text.includes('{{resolve:') ? undefined : findToken(text);
    if (token) out.push({ messageId: 'token', kind: token.kind, value: v, property: trail.join('.') });
    return;
  }
  if (typeof v.value !== 'string') return;
  check(v.value, v, name, trail, out);
}

function check(text: string, v: Value, name: string | undefined, trail: string[], out: Hit[]): void {
  if (text.includes('{{resolve:')) return;
  // Base64 of a credential is longer than any text that findToken could match in a short one.
  const token = findToken(text) ?? (name !== undefined && text.length >= MIN_TOKEN_LENGTH && /user_?data/i.test(name) ? findToken(base64Text(text) ?? '') : undefined);
  if (token) return void out.push({ messageId: 'token', kind: token.kind, value: v, property: trail.join('.') });
  if (name !== undefined && isSecretName(name)) {
    if (!namesASecret(text)) out.push({ messageId: 'named', value: v, property: trail.join('.') });
    return;
  }
  const json = embeddedJson(text);
  if (json !== undefined) scanJson(json, undefined, trail, v, out);
}

/** Keys and values of a JSON document held in a string (a container definition, a secret's SecretString…). */
function scanJson(j: unknown, name: string | undefined, trail: string[], at: Value, out: Hit[]): void {
  if (Array.isArray(j)) return void j.forEach((item) => scanJson(item, name, trail, at, out));
  if (j !== null && typeof j === 'object') {
    const obj = j as Record<string, unknown>;
    const nameKey = NAME_KEYS.find((k) => typeof obj[k] === 'string');
    const valueKey = VALUE_KEYS.find((k) => k in obj);
    for (const [k, child] of Object.entries(obj)) {
      const childName = nameKey && k === valueKey ? lastSegment(String(obj[nameKey])) : k;
      scanJson(child, childName, [...trail, childName], at, out);
    }
    return;
  }
  if (typeof j === 'string' && name !== undefined && isSecretName(name) && !namesASecret(j)) out.push({ messageId: 'named', value: at, property: trail.join('.') });
}

/** User data given already encoded (`UserData: IyEvYmluL2Jhc2g…`, user_data_base64) as the text it encodes. */
function base64Text(text: string): string | undefined {
  const t = text.replace(/\s+/g, '');
  if (t.length < 16 || t.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(t)) return undefined;
  const decoded = Buffer.from(t, 'base64').toString('utf8');
  return /^[\x09\x0a\x0d\x20-\x7e\u00a0-\uffff]*$/.test(decoded) && !decoded.includes('\ufffd') ? decoded : undefined;
}

function embeddedJson(text: string): unknown {
  if (!/^\s*[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** In `{Name: DB_PASSWORD, Value: x}`, the value goes by the name beside it. */
function namedValue(o: Value & { kind: 'object' }): { name: string; value: Value; reference: boolean } | undefined {
  // Indexed loops: this runs on every object of every resource, mostly before it is optimised, where an iterator
  // is an allocation per step.
  let value: Value | undefined;
  for (let i = 0; i < VALUE_KEYS.length; i++) if ((value = field(o, VALUE_KEYS[i])) !== undefined) break;
  if (value === undefined) return undefined;
  let nameValue: Value | undefined;
  for (let i = 0; i < NAME_KEYS.length; i++) {
    const x = field(o, NAME_KEYS[i]);
    if (x?.kind === 'scalar' && typeof x.value === 'string') {
      nameValue = x;
      break;
    }
  }
  if (nameValue?.kind !== 'scalar') return undefined;
  const type = field(o, 'Type') ?? field(o, 'type');
  const reference = type?.kind === 'scalar' && REFERENCE_TYPES.has(String(type.value).toUpperCase());
  return { name: lastSegment(String(nameValue.value)), value, reference };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
