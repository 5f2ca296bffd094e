/** Edition's public API: build() and the types around it. */
export { build, type BuildOptions, type BuildResult, type BuildStep } from './build.js';
export { BuildFailedError, formatDiagnostic } from './diagnostics.js';
export type * from './model/index.js';
export { createMemoryOutputCache, type MemoryOutputCache } from './stages/write/memory-output.js';
export { createKeptIndex, type KeptIndex } from './cache/render-cache.js';
