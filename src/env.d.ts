/** True only in `astro dev`: set by src/integrations/preview-mode.ts. */
declare const __CASCADE_PREVIEW__: boolean;
/** The neighbour partnerships: NeighbourSettings, set by src/integrations/neighbours.ts. */
declare const __CASCADE_NEIGHBOURS__: { file: string; partnerships: { name: string; url: string }[]; origins: string[] };
