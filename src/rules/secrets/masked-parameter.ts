import type { Path } from '../../core/range.ts';
import type { Rule } from '../../engine/rule.ts';
import type { Unit } from '../../model/model.ts';
import type { HclAttribute } from '../../parse/hcl-ast.ts';
import { get } from '../../parse/node.ts';
import { isSecretName } from '../../secrets/secret-name.ts';

interface Unmasked {
  name: string;
  path: Path;
  file: string;
}

export const maskedParameter: Rule = {
  meta: {
    id: 'secrets/masked-parameter',
    title: 'Parameters and variables that hold secrets are masked (NoEcho, sensitive)',
    description:
      'A CloudFormation parameter without NoEcho: true is shown in clear text by the console, DescribeStacks and ' +
      'the stack events, to everyone who can read the stack; a Terraform variable without sensitive = true is printed ' +
      'by plan and apply into CI logs. A parameter or variable whose name says it holds a secret (DBPassword, ' +
      'ApiToken, github_token, client_secret…) should be masked. Parameters of Systems Manager types and parameters ' +
      'with AllowedValues (a choice, not a secret) are not reported; a Default written in the template is reported ' +
      'by secrets/hard-coded.',
    severity: 'warning',
    category: 'secrets',
    messages: {
      parameter: 'Parameter {{name}} looks like a secret and is shown in clear text: set NoEcho to true',
      variable: 'Variable "{{name}}" looks like a secret and is printed by plan and apply: set sensitive = true',
    },
    fix:
      'Set NoEcho: true on the parameter (sensitive = true on the variable), give it no Default, and better, read the ' +
      'secret from Secrets Manager with a dynamic reference or a data source rather than passing it as a parameter.',
    references: {
      wellArchitected: ['SEC02'],
      urls: [
        'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html',
        'https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output',
      ],
    },
    recommended: true,
    source: 'src/rules/secrets/masked-parameter.ts',
  },
  examples: {
    cloudformation: `Parameters:
  PaymentsApiToken:
    Type: String
    NoEcho: true
    MinLength: 20
    Description: Token of the payment provider, stored once in Secrets Manager
Resources:
  PaymentsApiTokenSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: prod/payments/api-token
      KmsKeyId: !Ref SecretsKey
      SecretString: !Ref PaymentsApiToken
`,
    terraform: `variable "payments_api_token" {
  description = "Token of the payment provider, stored once in Secrets Manager"
  type        = string
  sensitive   = true
}

resource "aws_secretsmanager_secret" "payments_api_token" {
  name       = "prod/payments/api-token"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_version" "payments_api_token" {
  secret_id     = aws_secretsmanager_secret.payments_api_token.id
  secret_string = var.payments_api_token
}
`,
  },
  create(context) {
    return {
      unit(u) {
        if (u.kind === 'cloudformation') {
          for (const p of unmaskedParameters(u)) context.report({ messageId: 'parameter', data: { name: p.name }, path: p.path, key: true, resource: null });
        } else if (u.kind === 'terraform') {
          for (const v of unmaskedVariables(u)) context.report({ messageId: 'variable', data: { name: v.name }, path: v.path, file: v.file, key: true, resource: null });
        }
      },
    };
  },
};

function unmaskedParameters(u: Unit): Unmasked[] {
  const params = get(u.documents.get(u.file)?.root, 'Parameters');
  if (params?.kind !== 'map') return [];
  const out: Unmasked[] = [];
  for (const { key, value } of params.entries) {
    if (!isSecretName(key) || get(value, 'AllowedValues') !== undefined) continue;
    const type = get(value, 'Type');
    if (type?.kind === 'scalar' && String(type.value).startsWith('AWS::SSM::Parameter::Value<')) continue;
    const noEcho = get(value, 'NoEcho');
    if (noEcho?.kind === 'scalar' && String(noEcho.value).toLowerCase() === 'true') continue;
    out.push({ name: key, path: ['Parameters', key], file: u.file });
  }
  return out;
}

/** Variables of a type that cannot hold a secret (bool, number, or untyped with such a default) are not reported. */
function unmaskedVariables(u: Unit): Unmasked[] {
  const out: Unmasked[] = [];
  for (const doc of u.documents.values()) {
    for (const item of doc.hcl?.body.items ?? []) {
      if (item.kind !== 'block' || item.type !== 'variable' || item.labels.length === 0 || !isSecretName(item.labels[0])) continue;
      const attr = (name: string) => item.body.items.find((i): i is HclAttribute => i.kind === 'attribute' && i.name === name);
      const sensitive = attr('sensitive')?.expr;
      if (sensitive?.kind === 'literal' && String(sensitive.value).toLowerCase() === 'true') continue;
      const type = attr('type')?.expr;
      if (type?.kind === 'variable' && (type.name === 'bool' || type.name === 'number')) continue;
      // Without a type, a default of true, false or a number says the same.
      const def = attr('default')?.expr;
      if (!type && def?.kind === 'literal' && (typeof def.value === 'boolean' || typeof def.value === 'number')) continue;
      out.push({ name: item.labels[0], path: item.path, file: doc.file });
    }
  }
  return out;
}
