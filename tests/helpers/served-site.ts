/** A built site served on 127.0.0.1: the seed content, or an inline project. */
import { buildProject, seedProject, type BuiltSite } from './site.js';
import { serve } from './serve.js';
import { removeTemp } from './temp.js';

export interface ServedSite {
  site: BuiltSite;
  origin: string;
  /** The absolute URL of a path under public/ (no leading slash), under the base path when served there. */
  url(path: string): string;
  close(): Promise<void>;
}

export interface ServeProjectOptions {
  /**
   * Serve public/ under the base path of the site's url (https://example.org/brief/ → /brief/), as its
   * host would, instead of at the root. Default false.
   */
  atBasePath?: boolean;
}

/** Build the project folder `root` into its public/ and serve it. */
export async function serveProject(root: string, { atBasePath = false }: ServeProjectOptions = {}): Promise<ServedSite> {
  const site = await buildProject(root);
  const prefix = atBasePath ? site.site.config.basePath : '/';
  const server = await serve(site.outDir, { prefix });
  return { site, origin: server.origin, url: (path) => `${server.origin}${prefix}${path}`, close: server.close };
}

/** The repository's content/ (the Punching Back edition), built into a temp folder and served; close() removes the folder. */
export async function serveSeedSite(): Promise<ServedSite> {
  const root = await seedProject();
  const served = await serveProject(root).catch(async (cause: unknown) => {
    await removeTemp(root);
    throw cause;
  });
  return {
    ...served,
    async close() {
      await served.close();
      await removeTemp(root);
    },
  };
}
