import { mkdirSync, mkdtempSync, realpathSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/**
 * Writes a tree of files into a new temp folder (removed when the process exits) and returns its real path.
 * A value is the file's text, or a number for a sparse file of that many bytes.
 */
export function tempTree(files: Record<string, string | number> = {}): string {
  // realpath: on some systems the temp folder is behind a symlink, and discovery reports real paths.
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'cloudseclint-')));
  made.push(root);
  for (const [rel, content] of Object.entries(files)) {
    const file = join(root, rel);
    mkdirSync(dirname(file), { recursive: true });
    if (typeof content === 'number') {
      writeFileSync(file, '');
      truncateSync(file, content);
    } else {
      writeFileSync(file, content);
    }
  }
  return root;
}
