import type { CatalogAction } from './catalog.ts';

/** Access levels from the most to the least dangerous to grant. */
export const ACCESS_LEVELS = ['Permissions management', 'Write', 'Tagging', 'Read', 'List'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** Levels that change a resource or who can use it, rather than read it. */
export const MODIFYING_LEVELS: ReadonlySet<string> = new Set(['Permissions management', 'Write', 'Tagging']);

/** The most dangerous level of an action (a few, like s3:PutObjectTagging, have two). */
export function topLevel(a: CatalogAction): AccessLevel | undefined {
  return ACCESS_LEVELS.find((l) => a.accessLevels.includes(l));
}

export function modifies(a: CatalogAction): boolean {
  return a.accessLevels.some((l) => MODIFYING_LEVELS.has(l));
}

/**
 * Actions grouped by access level for a message, most dangerous first, a few names per level:
 * `Write: s3:PutObject, s3:DeleteObject (+3 more); Read: s3:GetObject`.
 */
export function accessSummary(actions: CatalogAction[], perLevel = 2): string {
  const groups = new Map<AccessLevel, string[]>();
  for (const a of actions) {
    const level = topLevel(a);
    if (!level) continue;
    groups.set(level, [...(groups.get(level) ?? []), a.id]);
  }
  return ACCESS_LEVELS.filter((l) => groups.has(l))
    .map((l) => {
      const names = groups.get(l)!.sort();
      const more = names.length > perLevel ? ` (+${names.length - perLevel} more)` : '';
      return `${l}: ${names.slice(0, perLevel).join(', ')}${more}`;
    })
    .join('; ');
}
