/** The site's own words: messages of the translation catalogue (src/i18n/), by key. */

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** One text per plural category the language has, and optionally per exact count ("=2"). */
export type CountedMessage = { [category in PluralCategory]?: string } & { other: string } & { [exact: `=${number}`]: string };

/** A whole sentence with named placeholders ("{price}"), or a counted one. */
export type Message = string | CountedMessage;

/** The messages a site uses, by key: built-in for its language, with its own wording over them. */
export type Messages = Readonly<Record<string, Message>>;
