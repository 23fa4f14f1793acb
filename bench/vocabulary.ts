/**
 * Word lists the synthetic library is written from. They are sales-leadership words, so
 * Pagefind indexes vocabulary shaped like the real library's and related scoring finds
 * pages that genuinely share tags, KPIs and terms.
 */

/** Industry names are `<market> <offering>`: about 60 × 40 distinct names before numbering. */
// prettier-ignore
export const markets = [
  'Telehealth', 'Dental', 'Veterinary', 'Behavioral Health', 'Home Care', 'Clinical Trial', 'Pharmacy',
  'Payroll', 'Logistics', 'Freight', 'Cold Chain', 'Construction', 'Property', 'Facilities', 'Legal',
  'Tax', 'Insurance', 'Claims', 'Lending', 'Payments', 'Treasury', 'Wealth', 'Procurement', 'Fleet',
  'Energy', 'Solar', 'Water', 'Agriculture', 'Food Safety', 'Restaurant', 'Hospitality', 'Travel',
  'Education', 'Higher Education', 'K-12', 'Workforce', 'Recruiting', 'Cybersecurity', 'Identity',
  'Observability', 'Data Warehouse', 'Analytics', 'Marketing', 'Ad Tech', 'E-commerce', 'Retail',
  'Field Service', 'Manufacturing', 'Robotics', 'Supply Chain', 'Nonprofit', 'Government', 'Public Safety',
  'Automotive', 'Aviation', 'Maritime', 'Mining', 'Biotech', 'Medical Device', 'Revenue Cycle',
] as const;

// prettier-ignore
export const offerings = [
  'Platform Services', 'Software', 'SaaS', 'Analytics', 'Marketplace', 'Managed Services', 'Compliance Software',
  'Billing Platforms', 'Scheduling Software', 'Data Services', 'Hardware', 'IoT Platforms', 'Consulting',
  'Staffing', 'Automation', 'API Platforms', 'Security Services', 'Integration Platforms', 'Training',
  'Outsourcing', 'Engagement Platforms', 'Monitoring', 'Payments', 'Procurement Software', 'CRM',
  'Fintech', 'Insurtech', 'Point of Sale', 'Inventory Software', 'Communications', 'Telematics',
  'Document Management', 'Workflow Software', 'Risk Platforms', 'Reporting Tools', 'Subscriptions',
  'Devices', 'Research Services', 'Benefits Platforms', 'Loyalty Programs',
] as const;

// prettier-ignore
export const segments = [
  'health systems', 'payers', 'employers', 'provider groups', 'mid-market companies', 'enterprises',
  'small businesses', 'franchise networks', 'public agencies', 'universities', 'school districts',
  'manufacturers', 'distributors', 'retail chains', 'carriers', 'brokers', 'banks', 'credit unions',
  'property managers', 'general contractors', 'law firms', 'accounting firms', 'hospitals', 'clinics',
] as const;

/** Tags, commonest first: rng.pickSkewed makes the early ones crowd many pages, as real tags do. */
// prettier-ignore
export const tags = [
  'kpis', 'pipeline', 'retention', 'conversion', 'sales-leadership', 'fractional-cro', 'forecasting',
  'revenue-operations', 'activation', 'expansion', 'pricing', 'hiring', 'efficiency', 'saas', 'healthtech',
  'fintech', 'enterprise-sales', 'smb', 'channel-sales', 'onboarding', 'churn', 'quota', 'compensation',
  'territory-planning', 'demand-generation', 'account-management', 'customer-success', 'procurement',
  'security-review', 'compliance', 'pilots', 'renewals', 'upsell', 'partnerships', 'outbound', 'inbound',
  'marketing-ops', 'sales-enablement', 'deal-desk', 'board-reporting', 'unit-economics', 'cac', 'ltv',
  'win-loss', 'competitive', 'product-led', 'usage-based', 'public-sector', 'logistics', 'manufacturing',
  'insurance', 'education', 'retail', 'hospitality', 'energy', 'legal', 'construction', 'real-estate',
  'payments', 'cybersecurity', 'data', 'ai', 'marketplaces', 'services', 'hardware', 'field-sales',
  'inside-sales', 'sdr', 'playbooks', 'dashboards', 'crm', 'benchmarks', 'board', 'founders', 'series-a',
  'series-b', 'bootstrapped', 'international', 'emea', 'apac', 'latam',
] as const;

// prettier-ignore
// "pipeline" is fourth, not first: the real telehealth page uses it for about 1% of its
// words, and the KPI names add more; first place would make it 2.3% and every search for
// it a worst case.
export const nouns = [
  'forecast', 'quota', 'renewal', 'pipeline', 'contract', 'account', 'buyer', 'champion', 'committee',
  'deal', 'proposal', 'demo', 'pilot', 'rollout', 'onboarding', 'dashboard', 'territory', 'segment',
  'cohort', 'funnel', 'stage', 'handoff', 'playbook', 'budget', 'margin', 'discount', 'price', 'invoice',
  'seat', 'module', 'integration', 'workflow', 'review', 'approval', 'objection', 'referral', 'partner',
  'channel', 'campaign', 'lead', 'meeting', 'opportunity', 'expansion', 'downgrade', 'cancellation',
  'utilization', 'adoption', 'activation', 'benchmark', 'target', 'baseline', 'variance', 'trend',
  'quarter', 'cadence', 'meeting notes', 'scorecard', 'hypothesis', 'experiment', 'incentive',
  'commission', 'ramp', 'capacity', 'headcount', 'hiring plan', 'coverage', 'velocity', 'backlog',
  'procurement team', 'security questionnaire', 'legal redline', 'master agreement', 'purchase order',
] as const;

// prettier-ignore
export const verbs = [
  'tracks', 'predicts', 'exposes', 'shortens', 'lengthens', 'protects', 'weakens', 'raises', 'lowers',
  'explains', 'hides', 'reveals', 'anchors', 'stalls', 'accelerates', 'drives', 'limits', 'shapes',
  'signals', 'confirms', 'contradicts', 'measures', 'improves', 'undermines', 'stabilises', 'inflates',
] as const;

// prettier-ignore
export const adjectives = [
  'qualified', 'weighted', 'stalled', 'healthy', 'thin', 'seasonal', 'regulated', 'committee-led',
  'usage-based', 'multi-year', 'mid-market', 'enterprise', 'inbound', 'outbound', 'partner-sourced',
  'late-stage', 'early-stage', 'quarterly', 'annual', 'blended', 'fully loaded', 'net-new', 'recurring',
  'discounted', 'delayed', 'accelerated', 'predictable', 'volatile', 'concentrated', 'diversified',
] as const;

// prettier-ignore
export const people = [
  'the fractional CRO', 'the founder', 'the CEO', 'the CFO', 'the board', 'a sales manager',
  'the revenue operations lead', 'each account executive', 'the customer success team',
  'the marketing lead', 'the deal desk', 'a new VP of Sales', 'the SDR team', 'the finance team',
] as const;

// prettier-ignore
export const connectors = [
  'Because of that,', 'In practice,', 'Over a full quarter,', 'For most teams,', 'Even so,',
  'Left unchecked,', 'When the data is clean,', 'In a slow quarter,', 'At renewal time,', 'Early on,',
] as const;

// prettier-ignore
const syllables = [
  'ka', 'lo', 'mi', 'ra', 'ven', 'tor', 'sa', 'quin', 'bel', 'dra', 'no', 'vi', 'tal', 'zen', 'por',
  'ex', 'ly', 'mar', 'cor', 'den', 'ti', 'us', 'fin', 'gra', 'hel', 'jo', 'ker', 'lum', 'nex', 'or',
] as const;

/**
 * Made-up product and company names: the long tail of rare words a real library's index
 * also carries, so Pagefind's index grows with the library instead of saturating.
 */
export function coinName(index: number): string {
  let n = index + 31;
  let word = '';
  for (let i = 0; i < 3; i++) {
    word += syllables[n % syllables.length];
    n = Math.floor(n / syllables.length);
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}
