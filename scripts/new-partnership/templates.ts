/**
 * The files of a new, minimal partnership: settings, a starter vocabulary, the three statutory
 * partners and the pages every partnership site needs. Written from what the partnership gave
 * `npm run new-partnership`, so nothing is left to fill in before the first build.
 */
import { stringify } from 'yaml';

export interface PartnershipDetails {
  name: string;
  shortName: string;
  area: string;
  siteUrl: string;
  email: string;
  phone?: string;
}

const slug = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function partnershipYaml(p: PartnershipDetails): string {
  return stringify({
    name: p.name,
    shortName: p.shortName,
    area: p.area,
    siteUrl: p.siteUrl,
    contact: { email: p.email, ...(p.phone ? { phone: p.phone } : {}) },
    retainMonths: 12,
    reportingYearStart: 4,
    helplines: [
      { name: 'Emergency services', phone: '999', description: 'If a child is in immediate danger, call the police on 999.' },
      { name: 'Police non-emergency', phone: '101', description: 'To report a concern to the police when it is not an emergency.' },
      { name: 'NSPCC helpline', phone: '0808 800 5000', url: 'https://www.nspcc.org.uk', description: 'For any adult worried about a child. Free and confidential.' },
      { name: 'Childline', phone: '0800 1111', url: 'https://www.childline.org.uk', description: 'For children and young people up to 19. Free, confidential, open day and night.' },
    ],
    checklist: false,
  });
}

export const THEMES = [
  { id: 'neglect', name: 'Neglect', description: "When a child's basic needs for food, warmth, safety, health care, supervision or affection are persistently not met.", panel: ['Neglect'], nspcc: ['Neglect'] },
  { id: 'domestic-abuse', name: 'Domestic abuse', description: 'Abusive behaviour between people aged 16 or over who are personally connected, and its effect on the children who live with it.', panel: ['Domestic abuse'], nspcc: ['Domestic abuse'], exitThisPage: true },
  { id: 'child-exploitation', name: 'Child exploitation', description: 'When a person or group takes advantage of an imbalance of power to make a child take part in sexual, criminal or other activity.', panel: ['Child exploitation', 'Extra-familial harm'], nspcc: ['Child sexual exploitation', 'Child criminal exploitation'], exitThisPage: true },
  { id: 'child-sexual-abuse', name: 'Child sexual abuse', description: 'Forcing or enticing a child to take part in sexual activity, in person or online.', panel: ['Child sexual abuse'], nspcc: ['Sexual abuse'], exitThisPage: true, contentNotice: true },
  { id: 'information-sharing', name: 'Information sharing', description: 'How agencies share what they know about a child, so that the whole picture is seen in time.', panel: ['Information sharing'], nspcc: ['Information sharing'] },
  { id: 'voice-of-the-child', name: 'Voice of the child', description: "Seeing, hearing and acting on the child's own experience and wishes.", panel: ['Voice of the child'], nspcc: ['Voice of the child'] },
];

export const SECTORS = [
  { id: 'health', name: 'Health', description: 'GPs, midwives, health visitors, school nurses, hospital, mental health and ambulance services.' },
  { id: 'education', name: 'Education', description: 'Schools, colleges, alternative provision and designated safeguarding leads.' },
  { id: 'police', name: 'Police', description: 'Police officers and staff, including public protection teams.' },
  { id: 'social-care', name: 'Social care', description: "Children's social care, early help, fostering and youth justice." },
  { id: 'early-years', name: 'Early years', description: 'Nurseries, pre-schools, childminders and family hubs.' },
  { id: 'voluntary-community', name: 'Voluntary and community', description: 'Charities, faith groups, sports clubs and community organisations.' },
];

/** The three statutory safeguarding partners, named for the area; rename them to their exact titles. */
export function agencies(p: PartnershipDetails) {
  const area = slug(p.area);
  return [
    { id: `${area}-council`, name: `${p.area} Council Children's Services`, shortName: "Children's Services", type: 'statutory-partner', sector: 'social-care' },
    { id: `${area}-icb`, name: `${p.area} Integrated Care Board`, shortName: 'ICB', type: 'statutory-partner', sector: 'health' },
    { id: `${area}-police`, name: `${p.area} Police`, shortName: 'Police', type: 'statutory-partner', sector: 'police' },
  ];
}

const page = (title: string, summary: string, order: number, body: string) => `---\ntitle: ${title}\nsummary: ${summary}\norder: ${order}\n---\n\n${body.trim()}\n`;

export function pages(p: PartnershipDetails): Record<string, string> {
  const contact = `email ${p.email}${p.phone ? ` or call ${p.phone}` : ''}`;
  return {
    'about.mdx': page('About this site', `What the ${p.name} is, and how this site shares what we learn.`, 1, `
The ${p.name} (${p.shortName}) brings together the three safeguarding partners for ${p.area}: the local authority, the integrated care board and the police. They share responsibility for how agencies work together to keep children safe, with schools, health services, housing, early years and voluntary organisations as relevant agencies.

## What this site is for

This site publishes the partnership's learning from reviews and audits, briefings for practitioners, the multi-agency training offer and the partnership's priorities.

## If you are worried about a child

This site is not a way to report a concern. If a child is in immediate danger, call 999. Otherwise contact the children's services of the council where the child lives.

## Contact us

To contact the ${p.shortName} business team, ${contact}.
`),
    'accessibility-statement.mdx': page('Accessibility statement', 'How accessible this website is and how to tell us about a problem.', 8, `
The ${p.name} runs this website and wants everyone to be able to use it. You should be able to read it with a screen reader, move around every page using only a keyboard, enlarge the text to 400% without scrolling sideways, and use your own colours and fonts.

## How accessible this website is

The site is built to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, and every page template is tested automatically against those guidelines. Some documents published as PDF files may not be fully accessible; ask us for another format.

## Reporting a problem or asking for another format

If you find a problem, or need information in a different format such as large print or easy read, ${contact}. We will reply within 10 working days.

## Enforcement procedure

The Equality and Human Rights Commission is responsible for enforcing the accessibility regulations. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service.
`),
    'privacy.mdx': page('Privacy', 'This site uses no cookies and no tracking.', 9, `
## No cookies, no tracking

This website does not use cookies. It does not use analytics, advertising or tracking tools, and it loads nothing from other websites. You do not need to accept anything to use it.

## How the site works

Every page is built in advance and served as a plain file. There are no accounts, forms or comments, so the site collects no personal information from you. The search runs in your browser; what you type is not sent to anyone.

## Server logs

The server that hosts this site records technical information about each request, such as the page requested, the time and your IP address, to keep the site secure and working.

## Contact us

For any question about your information, ${contact}.
`),
  };
}
