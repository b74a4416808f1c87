import { main } from './main.ts';

/** Entry point of the bundle: real process streams and exit code. */
const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
});
process.exitCode = code;
