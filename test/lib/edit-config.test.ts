import { describe, expect, it } from 'vitest';
import { editEnv, readEditBase } from '~/lib/edit-config';
import { editUrl } from '~/lib/routes';

describe('readEditBase', () => {
  it('is off when the variable is unset or blank', () => {
    expect(readEditBase({})).toBeUndefined();
    expect(readEditBase({ [editEnv]: '  ' })).toBeUndefined();
  });

  it('adds the trailing slash a base needs', () => {
    expect(readEditBase({ [editEnv]: 'https://github.com/acme/pulse/edit/main' })?.href).toBe(
      'https://github.com/acme/pulse/edit/main/',
    );
  });

  it('says what to set when the value is not an http(s) URL', () => {
    expect(() => readEditBase({ [editEnv]: 'github.com/acme' })).toThrow(
      'PULSE_EDIT_URL must be an absolute http(s) URL',
    );
    expect(() => readEditBase({ [editEnv]: 'ftp://example.org/' })).toThrow('PULSE_EDIT_URL must be an http(s) URL');
  });
});

describe('editUrl', () => {
  const base = readEditBase({ [editEnv]: 'https://github.com/acme/pulse/edit/main/' });

  it("points at the entry's source file under the base", () => {
    expect(editUrl(base, 'content/guides/fractional-cro-healthtech-kpis.mdx')).toBe(
      'https://github.com/acme/pulse/edit/main/content/guides/fractional-cro-healthtech-kpis.mdx',
    );
    expect(editUrl(base, './content/industries/a b.md')).toBe(
      'https://github.com/acme/pulse/edit/main/content/industries/a%20b.md',
    );
  });

  it('gives no link without a base or a file', () => {
    expect(editUrl(undefined, 'content/guides/x.mdx')).toBeUndefined();
    expect(editUrl(base, undefined)).toBeUndefined();
  });
});
