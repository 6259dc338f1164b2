/** True only in `astro dev`: set by src/integrations/preview-mode.ts. */
declare const __CASCADE_PREVIEW__: boolean;
