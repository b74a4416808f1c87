/**
 * Names that hold a secret, compared on the name lowercased with separators removed (`DB_PASSWORD`, `db-password`,
 * `MasterUserPassword` and `master_user_password` all end in `password`). A name counts when it ends with one.
 */
const SECRET_ENDINGS = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'secretkey',
  'secretaccesskey',
  'secretstring',
  'token',
  'apikey',
  'privatekey',
  'presharedkey',
  'credential',
  'credentials',
  'authkey',
  'signingkey',
  'tokenkey',
];

/**
 * Names that end like a secret but hold something else: tokens that are identifiers (an idempotency or creation
 * token, the Lambda ARN of a custom resource, an Alexa skill id, a page marker, a Step Functions task token) and
 * settings that ask for a secret to be generated.
 */
const NOT_SECRETS = new Set([
  'servicetoken',
  'eventsourcetoken',
  'clienttoken',
  'idempotencytoken',
  'continuationtoken',
  'nexttoken',
  'paginationtoken',
  'creationtoken',
  'resulttoken',
  'tasktoken',
  'generatesecret',
  'generatesecretstring',
  // switches: RDS's ManageMasterUserPassword (a boolean), and module inputs that ask for a password to be made
  'managemasteruserpassword',
  'createrandompassword',
  'randompassword',
]);

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Whether a property, variable, parameter or environment variable name says it holds a secret. */
export function isSecretName(name: string): boolean {
  // Asked for the key of every string of every resource: the same few hundred property names, over and over.
  let known = answers.get(name);
  if (known === undefined) {
    const n = normalise(name);
    known = !NOT_SECRETS.has(n) && SECRET_ENDINGS.some((e) => n.endsWith(e));
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(name, known);
  }
  return known;
}

const answers = new Map<string, boolean>();
/** Names are words of templates, but a run over many files should not keep every one it ever saw. */
const MAX_ANSWERS = 10_000;

/** The last segment of a hierarchical name (`/prod/db/password`, `aws:elasticbeanstalk:application:environment`). */
export function lastSegment(name: string): string {
  const parts = name.split(/[/:.]/).filter((p) => p !== '');
  return parts[parts.length - 1] ?? name;
}
