/** The templates an email is made from, named for messages and the render cache. */

/** The page template of an email. */
export const EMAIL_TEMPLATE = 'email';
/** The template file that holds the email's CSS, for messages about it. */
export const EMAIL_STYLE = 'partials/email-style.liquid';
