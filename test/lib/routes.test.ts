import { describe, expect, it } from 'vitest';
import { collectionAt, entryUrl, kpiUrl, markdownUrl, sections, toolUrl, topicUrl } from '~/lib/routes';

describe('routes', () => {
  it('puts each collection at its address', () => {
    expect(entryUrl({ collection: 'guides', id: 'fractional-cro-cost' })).toBe('/library/fractional-cro-cost/');
    expect(entryUrl({ collection: 'industries', id: 'telehealth-platform-services' })).toBe(
      '/industries/telehealth-platform-services/',
    );
    expect(entryUrl({ collection: 'trainings', id: 'net-new-logo-reboot' })).toBe('/training/net-new-logo-reboot/');
    expect(kpiUrl('win-rate')).toBe('/kpis/win-rate/');
    expect(toolUrl('cac-payback')).toBe('/tools/cac-payback/');
    expect(topicUrl('healthtech')).toBe('/topics/healthtech/');
  });

  it('puts the Markdown twin beside the page, with .md for the trailing slash', () => {
    expect(markdownUrl({ collection: 'guides', id: 'fractional-cro-cost' })).toBe('/library/fractional-cro-cost.md');
    expect(markdownUrl({ collection: 'industries', id: 'telehealth-platform-services' })).toBe(
      '/industries/telehealth-platform-services.md',
    );
    expect(markdownUrl({ collection: 'trainings', id: 'net-new-logo-reboot' })).toBe(
      '/training/net-new-logo-reboot.md',
    );
  });

  it('names each type of page once, and finds the collection behind an address', () => {
    expect(sections.guides.label).toBe('Guide');
    expect(sections.industries.label).toBe('Industry guide');
    expect(sections.trainings).toEqual({ path: '/training/', label: 'Training', name: 'Training' });
    expect(collectionAt('training')).toBe('trainings');
    expect(collectionAt('library')).toBe('guides');
    expect(collectionAt('kpis')).toBe('kpis');
    expect(collectionAt('blog')).toBeUndefined();
  });
});
