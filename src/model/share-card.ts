/** What a share image shows: the words and colours of its edition's page. Equal cards make equal PNGs. */

/** The site's colours, from its stylesheet's custom properties (`--paper`, `--ink`…), as #rgb or #rrggbb. */
export interface ShareColours {
  paper: string;
  ink: string;
  muted: string;
  rule: string;
  accent: string;
}

export interface ShareCard {
  headline: string;
  /** The publication's name, the card's masthead. */
  publication: string;
  /** The edition's day as its page writes it, in the site's language. */
  date: string;
  /** The way the headline runs (from its language); the whole card is laid out that way. */
  dir: 'ltr' | 'rtl';
  colours: ShareColours;
}
