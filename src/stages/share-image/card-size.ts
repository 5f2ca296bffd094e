/** A share image's size: what Facebook, LinkedIn, X and messengers show large. Its own module, so that naming it loads no layout code. */
export const CARD = { width: 1200, height: 630 } as const;
