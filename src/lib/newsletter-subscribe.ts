/**
 * How a reader joins and leaves the newsletter: the sign-up link the site shows, and the words
 * of the email version's footer for the mailing tool (why you received this, unsubscribe).
 */

export interface NewsletterFooter {
  /** Where to subscribe: a web page or a mailto: link. */
  subscribeHref: string;
  /** Why the reader received the email. */
  reason: string;
  /** The mailing tool's unsubscribe link or placeholder (e.g. *|UNSUB|*), as written. */
  unsubscribe?: string | undefined;
}

/**
 * The subscribe link: the partnership's sign-up page, an email to its sign-up address, or,
 * with neither, an email to the partnership's contact address asking to be added.
 * @example subscribeHref('https://lists.example.org/learning', 'learning@example.org') // 'https://lists.example.org/learning'
 * @example subscribeHref(undefined, 'learning@example.org') // 'mailto:learning@example.org?subject=Subscribe%20to%20the%20learning%20newsletter'
 */
export function subscribeHref(subscribe: string | undefined, contactEmail: string): string {
  if (subscribe?.startsWith('https://')) return subscribe;
  return `mailto:${subscribe ?? contactEmail}?subject=${encodeURIComponent('Subscribe to the learning newsletter')}`;
}

/**
 * The footer of the email version, from partnership.yaml's `newsletter` settings.
 * @example newsletterFooter({}, { name: 'Northvale SCP', email: 'learning@example.org' }).reason // 'You are receiving this because you signed up for the Northvale SCP learning newsletter.'
 */
export function newsletterFooter(settings: { subscribe?: string | undefined; reason?: string | undefined; unsubscribe?: string | undefined }, partnership: { name: string; email: string }): NewsletterFooter {
  return {
    subscribeHref: subscribeHref(settings.subscribe, partnership.email),
    reason: settings.reason ?? `You are receiving this because you signed up for the ${partnership.name} learning newsletter.`,
    unsubscribe: settings.unsubscribe,
  };
}
