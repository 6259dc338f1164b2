/**
 * A newsletter issue as its three forms see it: the gathered entries (public only, from
 * loadSite()) and the absolute addresses an email needs.
 */
import { gatherIssue, issueListPath } from '../lib/rules/newsletter.ts';
import { newsletterFooter } from '../lib/newsletter-subscribe.ts';
import type { IssueContext } from '../lib/formats/newsletter-email.ts';
import { entryPath } from '../lib/urls.ts';
import { absoluteHref } from './href.ts';
import type { NewsletterEntry, Site } from './load.ts';

/** Everything the web page, the email HTML and the text version of an issue show. */
export function issueContext(site: Site, entry: NewsletterEntry): IssueContext {
  const { partnership } = site;
  const abs = (path: string) => absoluteHref(partnership.siteUrl, path);
  // The dev preview's lists also hold unpublished entries (bannered); an issue never does.
  const live = <T extends Parameters<Site['stateOf']>[0]>(list: T[]) => list.filter((e) => site.stateOf(e) === 'public');
  const [reviews, briefings, courses, priorities] = [live(site.reviews), live(site.briefings), live(site.courses), live(site.priorities)];
  return {
    title: entry.data.title,
    summary: entry.data.summary,
    period: entry.data.period,
    partnership: { name: partnership.name, email: partnership.contact.email, colours: partnership.colours },
    footer: newsletterFooter(partnership.newsletter, { name: partnership.name, email: partnership.contact.email }),
    introHtml: entry.rendered?.html ?? '',
    issue: gatherIssue(entry.data, { reviews, briefings, courses, priorities }),
    webUrl: abs(entryPath('newsletters', entry.id)),
    archiveUrl: abs('newsletters/'),
    urlOf: (item) => abs(entryPath(item.collection, item.slug)),
    listUrlOf: (collection) => abs(issueListPath(entry.id, collection)),
  };
}
