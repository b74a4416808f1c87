const KB = 1024;
const MB = 1024 * KB;

function formatBytes(bytes: number): string {
  const [unit, size] = bytes >= MB ? ['MB', bytes / MB] : bytes >= KB ? ['KB', bytes / KB] : ['bytes', bytes];
  return `${Number(size.toFixed(1))} ${unit}`;
}

/** Why a file over `maxFileSize` was skipped, with the two sizes made distinguishable even when they round alike. */
export function sizeWarning(size: number, limit: number): string {
  let [actual, allowed] = [formatBytes(size), formatBytes(limit)];
  if (actual === allowed) [actual, allowed] = [`${size} bytes`, `${limit} bytes`];
  return `skipped: ${actual} is over the ${allowed} limit (maxFileSize)`;
}
