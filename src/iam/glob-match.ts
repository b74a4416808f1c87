const caseless = new Map<string, RegExp>();
const exact = new Map<string, RegExp>();

/**
 * Whether a policy glob (`*` any run, `?` one character) matches a text. Actions compare without case, as IAM
 * does; resource ARNs compare with case. Compiled patterns are kept: the same few patterns are tested against
 * many actions and witnesses.
 */
export function globMatches(glob: string, text: string, ignoreCase: boolean): boolean {
  if (glob === '*') return true;
  const cache = ignoreCase ? caseless : exact;
  let re = cache.get(glob);
  if (!re) {
    const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[\\s\\S]*').replace(/\?/g, '[\\s\\S]');
    re = new RegExp(`^${body}$`, ignoreCase ? 'i' : '');
    cache.set(glob, re);
  }
  return re.test(text);
}
