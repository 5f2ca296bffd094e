/** A built site served on 127.0.0.1: the seed content, or an inline project. */
import { buildProject, seedProject, type BuiltSite } from './site.js';
import { serve } from './serve.js';
import { removeTemp } from './temp.js';

export interface ServedSite {
  site: BuiltSite;
  origin: string;
  /** The absolute URL of a path under public/ (no leading slash). */
  url(path: string): string;
  close(): Promise<void>;
}

/** Build the project folder `root` into its public/ and serve it. */
export async function serveProject(root: string): Promise<ServedSite> {
  const site = await buildProject(root);
  const server = await serve(site.outDir);
  return { site, origin: server.origin, url: (path) => `${server.origin}/${path}`, close: server.close };
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
