/**
 * The data that flows between pipeline stages, in one place: every stage
 * takes some of these and returns others. Types only; nothing here does any
 * work, and nothing here imports from outside src/model/.
 */
export type * from './content.js';
export type * from './diagnostic.js';
export type * from './edition.js';
export type * from './labels.js';
export type * from './output.js';
export type * from './share-card.js';
export type * from './site.js';
export type * from './strings.js';
export type * from './work.js';
