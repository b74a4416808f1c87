import type { RuleMeta } from '../../core/rule-meta.ts';
import type { Rule } from '../../engine/rule.ts';
import type { Resource } from '../../model/model.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(['aws_iam_account_password_policy']);

/** CIS AWS Foundations 1.8 and 1.9: at least 14 characters, and none of the last 24 passwords again. */
const MIN_LENGTH = 14;
const REUSE = 24;
const CHARACTER_CLASSES = ['require_uppercase_characters', 'require_lowercase_characters', 'require_numbers', 'require_symbols'];

/** A number, true/false, or unknown (a variable without value) as Terraform would read the attribute. */
function read(v: Value | undefined): number | boolean | 'unknown' | undefined {
  if (v === undefined || (v.kind === 'scalar' && v.value === null)) return undefined;
  if (v.kind !== 'scalar') return 'unknown';
  if (typeof v.value === 'number' || typeof v.value === 'boolean') return v.value;
  const t = String(v.value).trim().toLowerCase();
  if (t === 'true' || t === 'false') return t === 'true';
  const n = Number(t);
  return t !== '' && Number.isFinite(n) ? n : 'unknown';
}

const SCOPE =
  'The account password policy applies to every IAM user with a console password. CloudFormation has no resource ' +
  'for it; Terraform sets it with aws_iam_account_password_policy, which this rule reads. An attribute left out ' +
  "takes IAM's default.";

interface Finding {
  messageId: string;
  value: Value | undefined;
  data: Record<string, unknown>;
}

/** A rule on the Terraform account password policy: `check` says what is wrong with its attributes, if anything. */
function passwordPolicyRule(meta: Omit<RuleMeta, 'category' | 'severity' | 'recommended' | 'source'>, check: (attr: (name: string) => Value | undefined) => Finding | undefined): Rule {
  return {
    // CloudFormation has no resource for the account password policy.
    meta: { ...meta, severity: 'warning', category: 'identity', recommended: true, formats: ['terraform', 'terraform-plan'], source: 'src/rules/iam/password-policy.ts' },
    examples: { terraform: EXAMPLE },
    create(context) {
      return {
        resourceTypes: TYPES,
        resource(r: Resource) {
          if (r.type !== 'aws_iam_account_password_policy') return;
          const props = r.properties(context.scenario);
          const found = check((name) => field(props, name));
          if (!found) return;
          const v = found.value;
          context.report({ messageId: found.messageId, data: found.data, path: v?.path ?? r.propertiesPath, ...(v?.file !== undefined ? { file: v.file } : {}), resource: r.id });
        },
      };
    },
  };
}

/**
 * The "How to fix" snippet of the three rules: one policy that satisfies them all. Terraform only, since
 * CloudFormation has no resource for the account password policy.
 */
const EXAMPLE = `resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length        = 14
  password_reuse_prevention      = 24
  require_uppercase_characters   = true
  require_lowercase_characters   = true
  require_numbers                = true
  require_symbols                = true
  allow_users_to_change_password = true
}
`;

const URL = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html';

export const passwordPolicyLength = passwordPolicyRule(
  {
    id: 'iam/password-policy-length',
    title: `The account password policy requires passwords of at least ${MIN_LENGTH} characters`,
    description: `${SCOPE} Short passwords fall to online guessing and to cracking of leaked hashes; the CIS AWS Foundations Benchmark (1.8) asks for at least ${MIN_LENGTH} characters. Without minimum_password_length, IAM accepts 6.`,
    messages: { length: 'The account password policy accepts passwords of {{value}} characters; require at least {{min}}' },
    fix: `Set minimum_password_length to ${MIN_LENGTH} or more.`,
    references: { checkov: ['CKV_AWS_10'], urls: [URL] },
  },
  (attr) => {
    const v = read(attr('minimum_password_length'));
    if (v !== undefined && !(typeof v === 'number' && v < MIN_LENGTH)) return undefined;
    return { messageId: 'length', value: attr('minimum_password_length'), data: { value: v ?? '6 (the default)', min: MIN_LENGTH } };
  },
);

export const passwordPolicyReuse = passwordPolicyRule(
  {
    id: 'iam/password-policy-reuse',
    title: `The account password policy prevents the reuse of the last ${REUSE} passwords`,
    description: `${SCOPE} A password that comes back after a forced change is one an attacker may already hold; the CIS AWS Foundations Benchmark (1.9) asks that users cannot reuse their last ${REUSE}. Without password_reuse_prevention, any old password may be used again.`,
    messages: { reuse: 'The account password policy lets users reuse their recent passwords ({{value}}); prevent the last {{reuse}}' },
    fix: `Set password_reuse_prevention to ${REUSE}.`,
    references: { checkov: ['CKV_AWS_13'], kics: ['Password Without Reuse Prevention'], urls: [URL] },
  },
  (attr) => {
    const v = read(attr('password_reuse_prevention'));
    if (v !== undefined && !(typeof v === 'number' && v < REUSE)) return undefined;
    return { messageId: 'reuse', value: attr('password_reuse_prevention'), data: { value: v === undefined ? 'not set' : `only the last ${v} are remembered`, reuse: REUSE } };
  },
);

export const passwordPolicyCharacterClasses = passwordPolicyRule(
  {
    id: 'iam/password-policy-character-classes',
    title: 'The account password policy requires upper and lower case letters, numbers and symbols',
    description: `${SCOPE} AWS Security Hub (IAM.7, with its default parameters) asks for all four character classes, which make short passwords harder to guess; without the require_* attributes, IAM requires none. Where length is enforced instead (NIST SP 800-63B discourages composition rules), turn this rule off.`,
    messages: { classes: 'The account password policy does not require {{missing}}' },
    fix: 'Set require_uppercase_characters, require_lowercase_characters, require_numbers and require_symbols to true.',
    references: { checkov: ['CKV_AWS_11', 'CKV_AWS_12', 'CKV_AWS_14', 'CKV_AWS_15'], urls: [URL] },
  },
  (attr) => {
    const missing = CHARACTER_CLASSES.filter((c) => {
      const v = read(attr(c));
      return v === undefined || v === false;
    });
    if (missing.length === 0) return undefined;
    const names = missing.map((c) => c.replace(/^require_/, '').replace(/_characters$/, ' letters').replace(/_/g, ' '));
    return { messageId: 'classes', value: missing.map(attr).find((v) => v !== undefined), data: { missing: names.join(', ') } };
  },
);

export const PASSWORD_POLICY_RULES: Rule[] = [passwordPolicyLength, passwordPolicyReuse, passwordPolicyCharacterClasses];
