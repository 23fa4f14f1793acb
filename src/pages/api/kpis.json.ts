/** The KPI registry with every published industry's benchmarks, as JSON. */
import type { APIRoute } from 'astro';
import { getIndustries, getKpis } from '~/lib/content';
import { buildKpiApi } from '~/lib/json-schema';

export const GET: APIRoute = async ({ site, url }) => {
  const body = buildKpiApi({ site: site ?? url, kpis: await getKpis(), industries: await getIndustries() });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
