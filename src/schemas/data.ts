import { z } from 'zod';
import { IdSchema, LinkSchema, TextSchema, WebAddressSchema } from './_primitives.ts';

const HexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour written #rrggbb, e.g. #1d4f91');

/** Where "Exit this page" goes unless partnership.yaml says otherwise: a neutral, busy site. */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

export const AGENCY_TYPES = ['statutory-partner', 'relevant-agency'] as const;

export const HelplineSchema = z.strictObject({
  name: TextSchema.describe('e.g. "NSPCC helpline".'),
  phone: TextSchema.optional().describe('Phone number as it should be dialled.'),
  url: LinkSchema.optional().describe('Web address (https://), or a mailto: or tel: link.'),
  description: TextSchema.optional().describe('Who it helps and when it is open.'),
});

/** A phone number as it is dialled in the UK: digits, spaces and an optional leading +. */
const PhoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ]{1,18}[0-9]$/, 'expected a phone number of digits and spaces, e.g. 01632 960 555 or 999')
  .meta({ examples: ['01632 960 555'] });

export const ConcernLineSchema = z.strictObject({
  name: TextSchema.describe('Who answers, e.g. "Northvale Children\'s Front Door".'),
  phone: PhoneSchema.describe('The number to call, e.g. 01632 960 555.'),
  hours: TextSchema.optional().describe('When it is answered, e.g. "Monday to Friday, 9am to 5pm". Optional.'),
  email: z.email('expected an email address, e.g. frontdoor@example.gov.uk').optional().describe('An email address for concerns that are not urgent. Optional.'),
  url: z.url('expected a full web address starting with https://').optional().describe('An online form for reporting a concern. Optional.'),
});

export const WorriedSchema = z.strictObject({
  frontDoor: ConcernLineSchema.optional().describe("The local authority's children's services front door (MASH) in the day. Shown first on the \"Worried about a child?\" page."),
  outOfHours: ConcernLineSchema.optional().describe("Who answers for children's services out of hours (the emergency duty team)."),
  police: z
    .strictObject({
      emergency: PhoneSchema.default('999').describe('Police emergency number. Default 999.'),
      nonEmergency: PhoneSchema.default('101').describe('Police non-emergency number. Default 101.'),
    })
    .prefault({})
    .describe('Police numbers. Defaults: 999 and 101.'),
  nspcc: z
    .strictObject({
      phone: PhoneSchema.default('0808 800 5000').describe('NSPCC helpline for adults worried about a child. Default 0808 800 5000.'),
      url: z.url('expected a full web address starting with https://').default('https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/').describe('NSPCC page on reporting abuse.'),
    })
    .prefault({})
    .describe('The NSPCC helpline. Defaults to the national number.'),
});

export const ColoursSchema = z.strictObject({
  brand: HexColour.default('#1d4f91').describe('Header background. Default #1d4f91.'),
  onBrand: HexColour.default('#ffffff').describe('Text on the header background. Default #ffffff.'),
  text: HexColour.default('#0b0c0c').describe('Body text. Default #0b0c0c.'),
  background: HexColour.default('#ffffff').describe('Page background. Default #ffffff.'),
  link: HexColour.default('#1d4f91').describe('Links. Default #1d4f91.'),
  accent: HexColour.default('#ffdd00').describe('Focus highlight behind focused links. Default #ffdd00.'),
});

export const PartnershipSchema = z.strictObject({
  name: TextSchema.describe('Full name, e.g. "Northvale Safeguarding Children Partnership".'),
  shortName: TextSchema.describe('Short name, e.g. "NSCP".'),
  area: TextSchema.describe('The local authority area.'),
  siteUrl: WebAddressSchema('expected the full address of the site, e.g. https://www.example-scp.org.uk').describe('Public address of the site, used in feeds, sitemap and emails.'),
  contact: z
    .strictObject({
      email: z.email('expected an email address, e.g. learning@example-scp.org.uk').describe('Contact email, also used for document requests.'),
      phone: TextSchema.optional().describe('Contact phone.'),
      address: TextSchema.optional().describe('Postal address.'),
    })
    .describe('How the public reaches the business team.'),
  colours: ColoursSchema.prefault({}).describe('Brand colours: each text/background pair must pass WCAG AA contrast.'),
  retainMonths: z.number().int().positive().default(12).describe('Months a published report stays online at least. Default 12.'),
  reportingYearStart: z.number().int().min(1).max(12).default(4).describe('Month the reporting year starts (1–12). Default 4 (April).'),
  helplines: z.array(HelplineSchema).default([]).describe('Support shown beside content notices.'),
  worried: WorriedSchema.prefault({}).describe('How to report a concern about a child: the "Worried about a child?" page linked from every page\'s header. Give frontDoor and outOfHours; police and NSPCC numbers have national defaults.'),
  checklist: z.boolean().default(false).describe('true requires every review to pass the pre-publication checks. Default false.'),
  exitUrl: WebAddressSchema('expected a full web address starting with https://, e.g. https://www.bbc.co.uk/weather').default(DEFAULT_EXIT_URL).describe(`Where the "Exit this page" button goes: a neutral site. Default ${DEFAULT_EXIT_URL}.`),
});

export const ThemeSchema = z.strictObject({
  id: IdSchema.describe('The theme id used in content, e.g. neglect.'),
  name: TextSchema.describe('Display name.'),
  description: TextSchema.optional().describe('One sentence.'),
  panel: z.array(TextSchema).default([]).describe('Matching Child Safeguarding Practice Review Panel themes.'),
  nspcc: z.array(TextSchema).default([]).describe('Matching NSPCC national case review repository keywords.'),
  exitThisPage: z.boolean().default(false).describe('true adds the "Exit this page" button to pages with this theme. Default false.'),
  contentNotice: z.boolean().default(false).describe('true shows a support notice above pages with this theme. Default false.'),
});

export const AgencySchema = z.strictObject({
  id: IdSchema.describe('The agency id used in content.'),
  name: TextSchema.describe('Full name.'),
  shortName: TextSchema.describe('Short name.'),
  type: z.enum(AGENCY_TYPES).describe('statutory-partner | relevant-agency.'),
  sector: IdSchema.optional().describe('Sector id from content/sectors.yaml. Optional.'),
});

export const SectorSchema = z.strictObject({
  id: IdSchema.describe('The sector id used in content, e.g. health.'),
  name: TextSchema.describe('Display name, e.g. "Health".'),
  description: TextSchema.optional().describe('Who works in this sector.'),
  roles: z.array(TextSchema).default([]).describe('Job titles in this sector as people search for them, e.g. health visitor, midwife, GP: a search for a role finds the learning for its sector. Optional.'),
});

export type Partnership = z.output<typeof PartnershipSchema>;
export type Theme = z.output<typeof ThemeSchema>;
export type Agency = z.output<typeof AgencySchema>;
export type Sector = z.output<typeof SectorSchema>;
export type Worried = z.output<typeof WorriedSchema>;
