/**
 * CloudFormation's YAML short forms and the long-form key each becomes: `!Sub x` is `{"Fn::Sub": x}`.
 * The rule functions (`!Contains`, `!EachMemberEquals`, ...) are short forms too, valid in a template's `Rules`.
 */
const LONG_FORM: ReadonlyMap<string, string> = new Map([
  ['!Ref', 'Ref'],
  ['!Condition', 'Condition'],
  ...[
    'And',
    'Base64',
    'Cidr',
    'Equals',
    'FindInMap',
    'GetAZs',
    'GetAtt',
    'If',
    'ImportValue',
    'Join',
    'Length',
    'Not',
    'Or',
    'Select',
    'Split',
    'Sub',
    'ToJsonString',
    'Transform',
    'Contains',
    'EachMemberEquals',
    'EachMemberIn',
    'RefAll',
    'ValueOf',
    'ValueOfAll',
  ].map((name): [string, string] => [`!${name}`, `Fn::${name}`]),
]);

/** The long-form key for a short-form tag, or undefined when the tag is not CloudFormation's. */
export function longFormKey(tag: string): string | undefined {
  return LONG_FORM.get(tag);
}

/** Tags of the YAML core schema (`!!str`, `!!int`, ...): data types, not CloudFormation functions. */
export function isYamlTag(tag: string): boolean {
  return tag.startsWith('tag:yaml.org,2002:');
}

/** How a tag is shown to users: the short `!!str` rather than the resolved `tag:yaml.org,2002:str`. */
export function displayTag(tag: string): string {
  return isYamlTag(tag) ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}
