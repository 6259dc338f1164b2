import { z } from 'zod';
import { judgeNeighbourAddress } from '../lib/neighbours/address.ts';
import { TextSchema } from './_primitives.ts';

/** The address of a neighbour's Cascade site: https, or http on this computer for tests. */
const NeighbourAddressSchema = TextSchema.superRefine((value, ctx) => {
  const verdict = judgeNeighbourAddress(value);
  if (!verdict.ok) ctx.addIssue({ code: 'custom', message: verdict.reason, params: { cascade: 'network-address' } });
}).meta({ type: 'string', format: 'uri', examples: ['https://www.eastshire-scp.org.uk/'] });

export const NeighbourSchema = z.strictObject({
  name: TextSchema.describe('The partnership’s name as readers know it, e.g. "Eastshire Safeguarding Children Partnership". Shown beside each of its entries.').meta({ examples: ['Eastshire Safeguarding Children Partnership'] }),
  url: NeighbourAddressSchema.describe('The address of its Cascade site (https://), e.g. https://www.eastshire-scp.org.uk/. Its open data is read from data/ below it.'),
});

export const NetworkSchema = z
  .strictObject({
    partnerships: z.array(NeighbourSchema).default([]).describe('Other partnerships whose published reviews and briefings this site shows on its theme and priority pages and can search. Default: none.'),
  })
  .superRefine((network, ctx) => {
    const seen = new Map<string, number>();
    network.partnerships.forEach((p, i) => {
      const key = p.url.replace(/\/+$/, '').toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['partnerships', i, 'url'], message: `is the same site as partnerships[${first}]; list each partnership once`, params: { cascade: 'network-duplicate' } });
      else seen.set(key, i);
    });
  });

export type Network = z.output<typeof NetworkSchema>;
export type Neighbour = z.output<typeof NeighbourSchema>;
