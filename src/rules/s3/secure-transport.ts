import type { Rule } from '../../engine/rule.ts';
import type { PolicyDocument, Resource } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import { field } from '../../model/value.ts';
import { conditionEntries, entriesFor, entryValues } from '../../iam/condition-entries.ts';
import { documentTarget } from '../../iam/document-target.ts';
import { globMatches } from '../../iam/glob-match.ts';
import type { Element, StatementView } from '../../iam/statement.ts';
import { statementsOf } from '../../iam/statement.ts';
import { bucketOfPolicy } from '../../s3/bucket-of-policy.ts';

type Truth = true | false | 'unknown';

/** A Deny on reading and writing objects must cover both to keep data off plain HTTP. */
const OBJECT_ACTIONS = ['s3:GetObject', 's3:PutObject'];

/** Whether the document has a Deny for everyone on object reads and writes when aws:SecureTransport is false. */
function deniesPlainHttp(doc: PolicyDocument, s: Scenario): Truth {
  const document = doc.document(s);
  if (document === undefined || document.kind === 'unknown') return 'unknown';
  let result: Truth = false;
  for (const st of statementsOf(document)) {
    const t = and(isDeny(st), everyone(st), coversObjects(st), onPlainHttp(st));
    if (t === true) return true;
    if (t === 'unknown') result = 'unknown';
  }
  return result;
}

function and(...ts: Truth[]): Truth {
  if (ts.includes(false)) return false;
  return ts.includes('unknown') ? 'unknown' : true;
}

const isDeny = (st: StatementView): Truth => (st.effect === 'Deny' ? true : st.effect === 'unknown' ? 'unknown' : false);

function everyone(st: StatementView): Truth {
  const p = st.principal;
  if (p === undefined) return false;
  if (p.kind === 'unknown') return 'unknown';
  if (p.kind === 'scalar') return p.value === '*';
  const aws = field(p, 'AWS');
  if (aws === undefined) return false;
  const items = aws.kind === 'list' ? aws.items : [aws];
  if (items.some((i) => i.kind === 'scalar' && i.value === '*')) return true;
  return items.some((i) => i.kind === 'unknown') ? 'unknown' : false;
}

function coversObjects(st: StatementView): Truth {
  const matches = (items: Element[], action: string): Truth => {
    if (items.some((e) => e.pattern !== null && globMatches(e.pattern, action, true))) return true;
    return items.some((e) => e.pattern === null) ? 'unknown' : false;
  };
  if (st.action) return and(...OBJECT_ACTIONS.map((a) => matches(st.action!.items, a)));
  if (st.notAction) return and(...OBJECT_ACTIONS.map((a) => not(matches(st.notAction!.items, a))));
  return false;
}

const not = (t: Truth): Truth => (t === 'unknown' ? t : !t);

function onPlainHttp(st: StatementView): Truth {
  const c = conditionEntries(st.condition);
  let result: Truth = c.unknown ? 'unknown' : false;
  for (const e of entriesFor(c, 'aws:SecureTransport')) {
    if (e.base !== 'Bool' || e.set) continue;
    for (const v of entryValues(e)) {
      if (v.kind === 'unknown') result = 'unknown';
      else if (v.kind === 'scalar' && String(v.value).toLowerCase() === 'false') return true;
    }
  }
  return result;
}

export const secureTransport: Rule = {
  meta: {
    id: 's3/secure-transport',
    title: 'S3 bucket policies deny requests that do not use HTTPS',
    description:
      'S3 answers plain HTTP as readily as HTTPS: an SDK or tool configured with an http:// endpoint, an old client or a ' +
      'misconfigured proxy sends credentials-signed requests and object data in clear text, where anyone on the path can read ' +
      'them and change what is downloaded. Only a bucket policy can refuse them: a Deny for every principal on the object ' +
      'actions (s3:* is usual) with the condition Bool aws:SecureTransport false. An Allow that requires aws:SecureTransport ' +
      'true is not enough: principals of the account are allowed by their own IAM policies over HTTP all the same. Each ' +
      'bucket policy in the template is checked (wherever its bucket is defined), and each bucket of the template that no ' +
      'policy of the template applies to is reported too, since it accepts HTTP. A policy or a bucket name only known at ' +
      'deploy time is not judged.',
    severity: 'warning',
    category: 'encryption',
    messages: {
      noPolicy: 'S3 bucket {{resource}} has no bucket policy denying plain HTTP, so it accepts requests without TLS',
      noDeny: 'The bucket policy of {{bucket}} does not deny requests without TLS (no Deny for everyone with Bool aws:SecureTransport false)',
    },
    fix:
      'Add to the bucket policy a statement with Effect Deny, Principal "*", Action "s3:*", Resource the bucket and ' +
      'bucket/*, and Condition {"Bool": {"aws:SecureTransport": "false"}}. To refuse old TLS versions as well, add a Deny with ' +
      'NumericLessThan s3:TlsVersion 1.2.',
    references: {
      fsbp: ['S3.5'],
      cis: ['2.1.1'],
      wellArchitected: ['SEC09'],
      checkov: ['CKV_AWS_379'],
      kics: ['S3 Bucket Policy Accepts HTTP Requests'],
      urls: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit'],
    },
    recommended: false,
    source: 'src/rules/s3/secure-transport.ts',
  },
  examples: {
    cloudformation: `BucketPolicy:
  Type: AWS::S3::BucketPolicy
  Properties:
    Bucket: !Ref Bucket
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Sid: DenyPlainHttp
          Effect: Deny
          Principal: '*'
          Action: 's3:*'
          Resource:
            - !GetAtt Bucket.Arn
            - !Sub '\${Bucket.Arn}/*'
          Condition:
            Bool:
              aws:SecureTransport: 'false'
`,
    terraform: `data "aws_iam_policy_document" "tls_only" {
  statement {
    sid       = "DenyPlainHttp"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.data.arn, "\${aws_s3_bucket.data.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = data.aws_iam_policy_document.tls_only.json
}
`,
  },
  create(context) {
    return {
      unit(unit) {
        const s = context.scenario;
        const covered = new Set<Resource>();
        for (const doc of unit.policies) {
          const target = bucketOfPolicy(doc, unit, s);
          if (target === undefined) continue;
          const owner = doc.owner!;
          if (target !== 'elsewhere') covered.add(target);
          if (deniesPlainHttp(doc, s) !== false) continue;
          const bucket = target === 'elsewhere' ? display(field(owner.properties(s), 'Bucket')) : target.id;
          context.report({ messageId: 'noDeny', data: { bucket }, ...documentTarget(doc), resource: owner.id });
        }
        for (const r of unit.resources) {
          if (r.type !== 'AWS::S3::Bucket' || covered.has(r)) continue;
          context.report({ messageId: 'noPolicy', data: { resource: r.id }, path: r.path, key: true, resource: r.id, file: r.file });
        }
      },
    };
  },
};

function display(v: ReturnType<typeof field>): string {
  if (v?.kind === 'scalar') return String(v.value);
  if (v?.kind === 'unknown') return v.symbol;
  return 'its bucket';
}
