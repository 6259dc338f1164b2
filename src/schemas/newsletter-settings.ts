import { z } from 'zod';
import { TextSchema } from './_primitives.ts';

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/**
 * How readers get the newsletter and leave it: the sign-up address shown on the site, and the
 * email version's footer slot for the mailing tool (why you received this, unsubscribe).
 */
export const NewsletterSettingsSchema = z.strictObject({
  subscribe: TextSchema.refine((value) => EMAIL.test(value) || /^https:\/\/[^\s]+$/.test(value), {
    message: 'expected a web address starting with https:// or an email address, e.g. https://lists.example-scp.org.uk/learning or learning@example-scp.org.uk',
  })
    .optional()
    .meta({
      description: 'Where to sign up for the newsletter: a web page (https://…) or an email address. Shown on the newsletter pages and the home page. Optional: without it, they name the contact email.',
      examples: ['https://lists.example-scp.org.uk/learning'],
    }),
  reason: TextSchema.optional().meta({
    description: 'Why the reader received the email, at the foot of the email version. Default: "You are receiving this because you signed up for the <name> learning newsletter."',
    examples: ['You are receiving this because you work with children in Northvale and asked for our learning newsletter.'],
  }),
  unsubscribe: TextSchema.optional().meta({
    description: 'The unsubscribe link your mailing tool fills in, e.g. *|UNSUB|* (Mailchimp) or {{unsubscribe_url}}, or a web address, at the foot of the email version. Optional: most mailing tools add their own.',
    examples: ['*|UNSUB|*'],
  }),
});

export type NewsletterSettings = z.output<typeof NewsletterSettingsSchema>;
