import type { Rule } from '../../engine/rule.ts';
import type { Value } from '../../model/value.ts';
import { display } from '../../model/value.ts';
import { assumeActionsOf } from '../../iam/assume-actions.ts';
import type { ConditionEntry } from '../../iam/condition-entries.ts';
import { conditionEntries, entryValues, matchesWildcards } from '../../iam/condition-entries.ts';
import { federatedPrincipals } from '../../iam/federated-provider.ts';
import { subjectReach } from '../../iam/github-subject.ts';
import { statementLabel } from '../../iam/labels.ts';
import { statementsOf } from '../../iam/statement.ts';

const SUB = /^token\.actions\.githubusercontent\.com(\/[^:]+)?:sub$/i;
const AUD = /^token\.actions\.githubusercontent\.com(\/[^:]+)?:aud$/i;

export const trustGithubOidcWithoutSub: Rule = {
  meta: {
    id: 'iam/trust-github-oidc-without-sub',
    title: 'Roles for GitHub Actions are limited to your repositories',
    description:
      'A trust policy that allows sts:AssumeRoleWithWebIdentity for the GitHub Actions OIDC provider ' +
      '(token.actions.githubusercontent.com, by ARN or through an AWS::IAM::OIDCProvider of the template) must test the token\'s ' +
      '`sub` claim, which names the repository. Every workflow of every GitHub repository gets tokens from the same issuer, and ' +
      'the `aud` claim is sts.amazonaws.com for all of them, so without a `sub` condition, or with one that does not pin the ' +
      'repository owner (`*`, `repo:*`, `repo:octo-org*`, or claims anyone chooses such as `workflow:` first), anyone can write ' +
      'a workflow that assumes the role. The owner is pinned when the pattern starts with `repo:<owner>/` (or ' +
      '`repository_owner:`, `repository_owner_id:`, `repository_id:` with a fixed value) before any wildcard. Under StringEquals ' +
      '`*` is a literal character, so `repo:*` there matches no token GitHub issues and is not reported, while an exact value ' +
      'that starts with a claim anyone chooses (`environment:prod`, `workflow:deploy`) is. Negated operators and ForAllValues ' +
      'do not restrict the subject.',
    severity: 'error',
    category: 'access-control',
    messages: {
      noSub: '{{statement}} lets any GitHub repository assume this role: there is no {{key}} condition',
      onlyAud: '{{statement}} lets any GitHub repository assume this role: it tests only the aud claim, which is the same for every repository; test {{key}}',
      anyOwner: '{{statement}} lets repositories of any owner assume this role: the {{key}} condition admits {{value}}',
    },
    fix:
      'Add `StringLike: {token.actions.githubusercontent.com:sub: repo:<owner>/<repository>:ref:refs/heads/main}` (or ' +
      '`repo:<owner>/<repository>:environment:<name>`) next to the aud condition, naming your organisation and repository.',
    references: {
      checkov: ['CKV_AWS_358', 'CKV_AWS_393'],
      urls: [
        'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services',
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub',
      ],
    },
    recommended: true,
    source: 'src/rules/iam/trust-github-oidc-without-sub.ts',
  },
  examples: {
    cloudformation: `GitHubDeployRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal:
            Federated: !Sub arn:aws:iam::\${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com
          Action: sts:AssumeRoleWithWebIdentity
          Condition:
            StringEquals:
              token.actions.githubusercontent.com:aud: sts.amazonaws.com
              token.actions.githubusercontent.com:sub: repo:example-org/web-app:ref:refs/heads/main
`,
    terraform: `data "aws_caller_identity" "current" {}

data "aws_iam_policy_document" "github_deploy" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::\${data.aws_caller_identity.current.account_id}:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:example-org/web-app:ref:refs/heads/main"]
    }
  }
}

resource "aws_iam_role" "github_deploy" {
  name               = "github-deploy"
  assume_role_policy = data.aws_iam_policy_document.github_deploy.json
}
`,
  },
  create(context) {
    return {
      policyDocument(doc) {
        if (doc.kind !== 'trust') return;
        for (const st of statementsOf(doc.document(context.scenario))) {
          if (st.effect !== 'Allow' || !assumeActionsOf(st).has('AssumeRoleWithWebIdentity')) continue;
          const github = federatedPrincipals(st, context.unit, context.scenario).find((p) => p.kind === 'github');
          if (!github) continue;
          const c = conditionEntries(st.condition);
          if (c.unknown) continue;
          const key = `${github.issuer ?? 'token.actions.githubusercontent.com'}:sub`;
          const subs = c.entries.filter((e) => SUB.test(e.key) && restrictsSubject(e));
          const base = { statement: statementLabel(doc, st), key };
          if (subs.length === 0) {
            const messageId = c.entries.some((e) => AUD.test(e.key)) ? 'onlyAud' : 'noSub';
            context.report({ messageId, data: base, path: github.value.path, resource: doc.owner?.id ?? null, related: github.value.via ?? [] });
            continue;
          }
          // Tests of the same key are all required, so one that pins the owner is enough.
          const open = subs.map(openValue);
          if (open.some((v) => v === null || v === 'unknown')) continue;
          const first = open[0] as Value;
          context.report({ messageId: 'anyOwner', data: { ...base, value: display(first) }, path: first.path, resource: doc.owner?.id ?? null, related: first.via ?? [] });
        }
      },
    };
  },
};

/** Positive tests only; IfExists is fine here, since GitHub puts a sub claim in every token. */
function restrictsSubject(e: ConditionEntry): boolean {
  return !/^(StringNot|ArnNot)/.test(e.base) && e.base !== 'Null' && e.set !== 'ForAllValues';
}

/** The first value of the entry that admits any owner; null when every value pins one. */
function openValue(e: ConditionEntry): Value | null | 'unknown' {
  let unknown = false;
  for (const v of entryValues(e)) {
    const reach = subjectReach(v, matchesWildcards(e));
    if (reach === 'open') return v;
    if (reach === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : null;
}
