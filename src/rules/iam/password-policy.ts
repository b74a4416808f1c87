import type { Rule } from '../../engine/rule.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';

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

export const passwordPolicy: Rule = {
  meta: {
    id: 'iam/password-policy',
    title: 'The account password policy asks for long, unique passwords',
    description:
      'The account password policy applies to every IAM user with a console password. CloudFormation has no resource ' +
      'for it; Terraform sets it with aws_iam_account_password_policy, which this rule reads. Short passwords fall to ' +
      'guessing and to cracking; reused ones come back from old breaches. The CIS AWS Foundations Benchmark asks for ' +
      `at least ${MIN_LENGTH} characters (1.8) and for the last ${REUSE} passwords not to be used again (1.9); AWS ` +
      'Security Hub (IAM.7) also asks for upper and lower case letters, numbers and symbols. An attribute left out takes ' +
      'IAM\'s default, which is weaker on each count (6 characters, reuse allowed, no character classes).',
    severity: 'warning',
    category: 'identity',
    messages: {
      length: 'The account password policy accepts passwords of {{value}} characters; require at least {{min}}',
      reuse: 'The account password policy lets users reuse their recent passwords ({{value}}); prevent the last {{reuse}}',
      classes: 'The account password policy does not require {{missing}}',
    },
    fix:
      `Set minimum_password_length to ${MIN_LENGTH} or more, password_reuse_prevention to ${REUSE}, and the four ` +
      'require_* attributes to true. Better, give people access through IAM Identity Center, whose identity source ' +
      'decides password rules and MFA for everyone.',
    references: {
      checkov: ['CKV_AWS_10', 'CKV_AWS_13', 'CKV_AWS_11', 'CKV_AWS_12', 'CKV_AWS_14', 'CKV_AWS_15'],
      kics: ['Password Without Reuse Prevention'],
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html'],
    },
    recommended: true,
    source: 'src/rules/iam/password-policy.ts',
  },
  create(context) {
    return {
      resource(r) {
        if (r.type !== 'aws_iam_account_password_policy') return;
        const props = r.properties(context.scenario);
        const at = (name: string) => field(props, name);
        const report = (messageId: string, v: Value | undefined, data: Record<string, unknown>) =>
          context.report({ messageId, data, path: v?.path ?? r.propertiesPath, ...(v?.file !== undefined ? { file: v.file } : {}), resource: r.id });

        const length = read(at('minimum_password_length'));
        if (length === undefined || (typeof length === 'number' && length < MIN_LENGTH)) {
          report('length', at('minimum_password_length'), { value: length ?? '6 (the default)', min: MIN_LENGTH });
        }
        const reuse = read(at('password_reuse_prevention'));
        if (reuse === undefined || (typeof reuse === 'number' && reuse < REUSE)) {
          report('reuse', at('password_reuse_prevention'), { value: reuse === undefined ? 'not set' : `only the last ${reuse} are remembered`, reuse: REUSE });
        }
        const missing = CHARACTER_CLASSES.filter((c) => {
          const v = read(at(c));
          return v === undefined || v === false;
        });
        if (missing.length > 0) {
          const first = missing.map(at).find((v) => v !== undefined);
          report('classes', first, { missing: missing.map((c) => c.replace(/^require_/, '').replace(/_characters$/, ' letters').replace(/_/g, ' ')).join(', ') });
        }
      },
    };
  },
};
