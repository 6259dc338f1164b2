import { z } from 'zod';
import { documentPath } from '../lib/checks/document-path.ts';
import { judgeLinkField, type LinkKind } from '../lib/checks/link-field.ts';

/** A calendar date that exists, e.g. 2025-02-29 is refused. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The ISO form of a date written another common way, read as British editors write it
 * (day before month), or undefined when it is not a date that exists.
 * @example suggestIsoDate('31/12/2025') // '2025-12-31'
 * @example suggestIsoDate('3 March 2025') // '2025-03-03'
 */
export function suggestIsoDate(text: string): string | undefined {
  const value = text.trim().toLowerCase().replace(/(\d)(st|nd|rd|th)\b/, '$1').replace(/,/g, ' ').replace(/\s+/g, ' ');
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  let match = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(value);
  if (match) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(value)) || (match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2}) ([a-z]+) (\d{4})$/.exec(value))) [d, m, y] = [Number(match[1]), monthOf(match[2]!), Number(match[3])];
  else if ((match = /^([a-z]+) (\d{1,2}) (\d{4})$/.exec(value))) [m, d, y] = [monthOf(match[1]!), Number(match[2]), Number(match[3])];
  if (!y || !m || !d) return undefined;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return isRealDate(iso) ? iso : undefined;
}

function monthOf(word: string): number | undefined {
  const index = MONTHS.findIndex((name) => word.length >= 3 && name.startsWith(word));
  return index === -1 ? undefined : index + 1;
}

/**
 * Dates are kept as `YYYY-MM-DD` strings: they compare correctly as text and never shift
 * with a time zone. YAML parsers that turn `2025-03-01` into a Date are accepted too
 * (Astro's does), which is the coercion the frontmatter needs.
 */
export const IsoDateSchema = z
  .union([z.string(), z.date()])
  .transform((value, ctx) => {
    const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : value.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
      const iso = suggestIsoDate(text);
      const message = iso ? `expected a date written YYYY-MM-DD: write ${iso}` : 'expected a date written YYYY-MM-DD, e.g. 2025-03-14';
      ctx.addIssue({ code: 'custom', message, params: { cascade: 'date-format' } });
      return z.NEVER;
    }
    if (!isRealDate(text)) {
      ctx.addIssue({ code: 'custom', message: 'this date does not exist in the calendar; check the day and month', params: { cascade: 'date-impossible' } });
      return z.NEVER;
    }
    return text;
  })
  .meta({ type: 'string', format: 'date', examples: ['2025-03-14'] });

/** A file name without its extension: lowercase letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SlugSchema = z
  .string()
  .regex(SLUG_PATTERN, 'expected lowercase letters, digits and hyphens, e.g. child-q-2024');

/** Ids in the YAML data files follow the same shape as slugs. */
export const IdSchema = SlugSchema;

/** A required piece of text: blank or whitespace-only is refused. */
export const TextSchema = z.string().trim().min(1, 'this field is empty; write some text here');

export const PeriodSchema = z
  .strictObject({
    from: IsoDateSchema.describe('First day of the period (YYYY-MM-DD).'),
    to: IsoDateSchema.describe('Last day of the period (YYYY-MM-DD).'),
  })
  .refine((p) => p.from <= p.to, { message: '`to` is before `from`; swap the two dates', path: ['to'] });

export const UpdateSchema = z.strictObject({
  date: IsoDateSchema.describe('When the page changed (YYYY-MM-DD).'),
  note: TextSchema.describe('What changed, in one sentence.'),
});

/**
 * An address for a link: https://, http://, mailto:, tel: or a path on this site starting
 * with /. `javascript:`, `data:` and every other scheme are refused (src/lib/checks/link-field.ts).
 */
export const LinkSchema = TextSchema.superRefine((value, ctx) => {
  const judged = judgeLinkField(value);
  if (!judged.ok) ctx.addIssue({ code: 'custom', message: judged.reason, params: { cascade: 'unsafe-url' } });
}).meta({ type: 'string', format: 'uri-reference' });

const WEB: readonly LinkKind[] = ['web'];

/**
 * A full web address, https:// or http://, e.g. the site's own address.
 * @example WebAddressSchema('expected the full address of the site, e.g. https://www.example-scp.org.uk')
 */
export const WebAddressSchema = (expected: string) =>
  TextSchema.superRefine((value, ctx) => {
    const judged = judgeLinkField(value);
    if (!judged.ok) ctx.addIssue({ code: 'custom', message: judged.reason, params: { cascade: 'unsafe-url' } });
    else if (!WEB.includes(judged.kind)) ctx.addIssue({ code: 'custom', message: expected, params: { cascade: 'web-address' } });
  }).meta({ type: 'string', format: 'uri' });

/**
 * A document's address: a file under public/ written as a path from it (/reports/child-q.pdf)
 * or a document on another website (https://). The path must stay inside public/.
 */
export const DocumentHrefSchema = TextSchema.superRefine((value, ctx) => {
  const found = documentPath(value);
  if (!found.ok) ctx.addIssue({ code: 'custom', message: found.reason, params: { cascade: 'document-href' } });
}).meta({ type: 'string', examples: ['/reports/child-q-2024.pdf'] });

/**
 * An entry's own say on the content notice (the support message above upsetting pages):
 * `true` shows it, `false` leaves it off; left out, the entry's themes decide.
 */
export const ContentNoticeSchema = z
  .boolean()
  .optional()
  .describe('true shows the support notice above the page, false leaves it off. Default: shown when one of the themes has contentNotice: true in content/themes.yaml.');
