/** A file found by discovery, before it is read. */
export interface DiscoveredFile {
  /** Absolute path. */
  absolute: string;
  /** Path as given or relative to the cwd, forward slashes: what reports show. */
  display: string;
  size: number;
  /** Named on the command line (not found by walking a folder or a glob). */
  explicit?: boolean;
}
