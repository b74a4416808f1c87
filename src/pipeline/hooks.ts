import { AsyncSeriesWaterfallHook, SyncWaterfallHook } from 'tapable';
import type { Finding, Report } from '../core/finding.ts';
import type { DiscoveredFile } from '../discover/file.ts';
import type { Model } from '../model/model.ts';
import type { SourceDocument } from '../parse/document.ts';

/** Where a finding was made, for taps on the `finding` hook. */
export interface FindingContext {
  file: string;
}

/**
 * One typed hook per arrow of the pipeline. Plugins tap them in `apply(hooks)`:
 * `files` may add or drop files, `document` may change a parsed document, `model` may add objects (it sees the
 * model in batches: each template or policy file on its own, then the run's Terraform configurations and plans),
 * `finding` may change a finding or drop it (return null), `report` sees the whole report before formatting.
 */
export interface Hooks {
  files: AsyncSeriesWaterfallHook<[DiscoveredFile[]]>;
  document: AsyncSeriesWaterfallHook<[SourceDocument]>;
  model: AsyncSeriesWaterfallHook<[Model]>;
  finding: SyncWaterfallHook<[Finding | null, FindingContext]>;
  report: AsyncSeriesWaterfallHook<[Report]>;
}

export function createHooks(): Hooks {
  return {
    files: new AsyncSeriesWaterfallHook(['files']),
    document: new AsyncSeriesWaterfallHook(['document']),
    model: new AsyncSeriesWaterfallHook(['model']),
    finding: new SyncWaterfallHook(['finding', 'context']),
    report: new AsyncSeriesWaterfallHook(['report']),
  };
}
