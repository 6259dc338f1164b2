// Open data: /data/<name>.json (published metadata) and /data/<name>.schema.json (its JSON
// Schema, generated from the zod schema that shapes it).
import type { APIRoute } from 'astro';
import { OPEN_DATA_NAMES, openDataJsonSchema, type OpenDataName } from '../../schemas/open-data.ts';
import { loadSite, openDataFile, openDataSchemaUrl } from '../../site/index.ts';

export function getStaticPaths() {
  return OPEN_DATA_NAMES.flatMap((name) => [{ params: { name } }, { params: { name: `${name}.schema` } }]);
}

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  const [name, schema] = String(params.name).split('.') as [OpenDataName, string | undefined];
  const body = schema ? openDataJsonSchema(name, openDataSchemaUrl(site, name)) : openDataFile(site, name);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
