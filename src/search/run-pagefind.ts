/**
 * Pagefind, the indexer: a separate program (npm `pagefind` runs its binary
 * as a service) that turns documents into the index files the search page
 * loads. Loaded only when an index must be made: a warm build never starts it.
 */
import type { PagefindIndex } from 'pagefind';

/** One index's files, in memory (Pagefind's getFiles), paths relative to its folder. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

export interface IndexRequest {
  /** ISO 639-1: Pagefind's stemmer and word rules for every document, whatever its own language. */
  language: string;
  /** Fragments (one per edition) are bundled into at most this many files. */
  maxFragments: number;
  documents: Iterable<{ url: string; content: string }>;
}

type Pagefind = typeof import('pagefind');

/** A started Pagefind: index() as often as needed, then close(), which stops the program. */
export interface Indexer {
  index(request: IndexRequest): Promise<IndexFile[]>;
  close(): Promise<void>;
}

/** How many documents are in flight to the service at once: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT = 64;

export async function startIndexer(): Promise<Indexer> {
  const pagefind: Pagefind = await import('pagefind');
  return {
    async index({ language, maxFragments, documents }) {
      const created = await pagefind.createIndex({ forceLanguage: language, maxFragments });
      const index = created.index;
      if (!index) throw new Error(`Pagefind could not start an index: ${created.errors.join('; ')}`);
      try {
        await addAll(index, documents);
        const { files, errors } = await index.getFiles();
        if (errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
        return files.map((file) => ({ path: file.path, content: file.content }));
      } finally {
        await index.deleteIndex();
      }
    },
    async close() {
      await pagefind.close();
    },
  };
}

/** Every document, a bounded number at a time; every failure is reported, none left unhandled. */
async function addAll(index: PagefindIndex, documents: Iterable<{ url: string; content: string }>): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  const failures: string[] = [];
  for (const document of documents) {
    const added: Promise<void> = index.addHTMLFile(document).then(
      (response) => {
        inFlight.delete(added);
        if (response.errors.length > 0) failures.push(`${document.url}: ${response.errors.join('; ')}`);
      },
      (cause: unknown) => {
        inFlight.delete(added);
        failures.push(`${document.url}: ${String(cause)}`);
      },
    );
    inFlight.add(added);
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failures.length > 0) throw new Error(`Pagefind could not index ${failures.slice(0, 3).join(', ')}${failures.length > 3 ? ` and ${failures.length - 3} more` : ''}`);
}
