// html-validate's rules for the built site (checked on every page by `npm run build`, see
// src/integrations/check-output.ts). Each rule turned off or relaxed says why.
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Heading ids come from the headings editors write ("1. Background" -> "1-background").
    // HTML allows ids that start with a digit; only CSS selectors mind, and we never select by them.
    'valid-id': ['error', { relaxed: true }],
    // Titles are review and briefing titles plus the partnership's short name; their length is
    // the editor's choice, and a long title is not invalid HTML.
    'long-title': 'off',
    // Pages come from several writers (Astro, the admin page, other integrations). "<!doctype>"
    // and "<!DOCTYPE>", "<meta>" and "<meta />" are all valid HTML; only the style differs.
    'doctype-style': 'off',
    // The search page's filter form updates the results in place as a filter changes (announced
    // by a status region) and has no submit button by design. H32 is one way to meet WCAG 3.2.2,
    // not a requirement: changing a filter changes no context.
    'wcag/h32': 'off',
    'void-style': 'off',
  },
};
