/** What the read stage finds in the project: files, listed or read, before anything is checked. */

/** A text file read from the site folder. */
export interface SourceFile {
  /** Path relative to the project root, forward slashes (used in messages). */
  path: string;
  text: string;
}

/** A file split into front matter and Markdown body; data is still unchecked. */
export interface FrontMatterDocument {
  file: string;
  text: string;
  /** Parsed front matter: untrusted until a validate stage has checked it. */
  data: unknown;
  body: string;
  /** 1-based file line on which the body starts. */
  bodyLine: number;
  /** Finds the line and column of a front matter key, for messages. */
  locate(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

/** Reads one file; a long-running process (the dev server) passes one that remembers unchanged files. */
export type ReadFile = (absolutePath: string) => Promise<Buffer>;

/** An edition file, listed but not yet read: most builds find most of them in the cache. */
export interface EditionFile {
  /** Path relative to the project root, forward slashes. */
  path: string;
  absolutePath: string;
  /** Size, modification time and inode: changes whenever the file does. */
  stamp: string;
}

/** A file under content/media/, copied to the output as it is. */
export interface MediaFile {
  /** Path relative to content/, e.g. media/2024-03-12.mp3. */
  src: string;
  absolutePath: string;
  bytes: number;
  /** Modification time in whole milliseconds. */
  mtimeMs: number;
  /**
   * Size, modification and change times (ns) and inode, as for edition files:
   * what cached facts about the file (duration, dimensions, its copy in
   * public/) are keyed by. The change time moves on every write and cannot be
   * set back, so a file replaced with the same size and mtime still differs.
   */
  stamp: string;
}

export interface ContentFiles {
  site?: SourceFile;
  offer?: SourceFile;
  /** content/strings.yml: the newsroom's own wording of the site's interface. */
  strings?: SourceFile;
  editions: EditionFile[];
  media: MediaFile[];
}
