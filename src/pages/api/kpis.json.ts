/** The KPI registry with every published industry's benchmarks, as JSON. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildKpiApi } from '~/lib/json-schema';

export const GET: APIRoute = async ({ site, url }) => {
  const kpis = await getCollection('kpis');
  const industries = await getCollection('industries', ({ data }) => import.meta.env.DEV || !data.draft);
  const body = buildKpiApi({ site: site ?? url, kpis, industries });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
