/** JSON Schema of /api/kpis.json, generated from the zod schemas. */
import type { APIRoute } from 'astro';
import { getKpiApiJsonSchema } from '~/lib/json-schema';

export const GET: APIRoute = ({ site, url }) =>
  new Response(`${JSON.stringify(getKpiApiJsonSchema(site ?? url), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
