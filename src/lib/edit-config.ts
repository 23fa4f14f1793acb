/**
 * "Edit this page" is off unless the site owner names where the sources can be edited, at
 * build time. This is the one place that reads that setting; src/lib/routes.ts builds the
 * link from it. No imports, like src/lib/feedback/config.ts, so any script can load it.
 */

/** The environment variable a site owner sets; README.md documents it. */
export const editEnv = 'PULSE_EDIT_URL';

/**
 * The address that an entry's source path (`content/guides/x.mdx`) is appended to, such as
 * `https://github.com/acme/pulse/edit/main/`; undefined when unset, so no page shows a link.
 * A missing trailing slash is added, since without it the last segment would be replaced.
 */
export function readEditBase(env: Record<string, string | undefined> = process.env): URL | undefined {
  const value = env[editEnv]?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.endsWith('/') ? value : `${value}/`);
  } catch {
    throw new Error(
      `${editEnv} must be an absolute http(s) URL, such as https://github.com/acme/pulse/edit/main/; got "${value}"`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${editEnv} must be an http(s) URL; got "${value}"`);
  }
  return url;
}
