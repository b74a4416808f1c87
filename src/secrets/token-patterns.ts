/**
 * Credentials recognisable by their shape wherever they appear (a property, an environment variable, a line of
 * user data): each pattern is specific enough that a match is a credential, not a coincidence. AWS's documentation
 * examples (AKIAIOSFODNN7EXAMPLE and its secret) are not credentials.
 */
const PATTERNS: { kind: string; re: RegExp }[] = [
  { kind: 'an AWS access key id', re: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g },
  { kind: 'an AWS secret access key', re: /(?:aws_?secret_?access_?key|aws_?secret_?key|secret_?access_?key)["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/gi },
  { kind: 'a private key', re: /-----BEGIN (?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g },
  { kind: 'a GitHub token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{40,})\b/g },
  { kind: 'a GitLab token', re: /\bglpat-[A-Za-z0-9_-]{20}\b/g },
  { kind: 'a Slack token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { kind: 'a Slack webhook URL', re: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{20,}/g },
  { kind: 'a Stripe live key', re: /\b(?:sk|rk)_live_[A-Za-z0-9]{20,}\b/g },
  { kind: 'a Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { kind: 'a SendGrid API key', re: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/g },
  { kind: 'an npm token', re: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { kind: 'an OpenAI API key', re: /\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}/g },
  { kind: 'an Anthropic API key', re: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,}/g },
  { kind: 'a Login with Amazon refresh token', re: /\bAtzr\|[A-Za-z0-9_-]{40,}/g },
  { kind: 'a password in a URL', re: /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:@/'"]{1,64}:([^\s:@/'"]{1,128})@[A-Za-z0-9.-]/gi },
];

const DOCUMENTATION_EXAMPLES = /EXAMPLE(KEY)?\b/;
/** Placeholders in a URL's password position: a variable of some templating, stars, x-es. */
const PLACEHOLDER_PASSWORD = /^(\$.*|\{.*|<.*|%.*|\*+|x+|\.\.\.)$/i;

/**
 * A text holds one of the credentials above only if it holds one of these: a single scan rules out most texts
 * before the fifteen patterns are tried (every string of every resource goes through here).
 */
const CANDIDATE = /AKIA|ASIA|ABIA|ACCA|secret|PRIVATE KEY|gh[pousr]_|github_pat_|glpat-|xox|_live_|AIza|SG\.|npm_|sk-|Atzr\||:\/\//i;

/**
 * No pattern above matches fewer characters: a password in a URL takes ten (`ab://c:d@e`), the others more. Half
 * the strings of a template (`t3.micro`, `true`, `80`) are shorter, and are not even scanned.
 */
export const MIN_TOKEN_LENGTH = 10;

/** The first credential recognisable by its shape in the text, if any. */
export function findToken(text: string): { kind: string; match: string } | undefined {
  if (text.length < MIN_TOKEN_LENGTH || !CANDIDATE.test(text)) return undefined;
  for (const { kind, re } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (DOCUMENTATION_EXAMPLES.test(m[0])) continue;
      if (m[1] !== undefined && PLACEHOLDER_PASSWORD.test(m[1])) continue;
      return { kind, match: m[0] };
    }
  }
  return undefined;
}
