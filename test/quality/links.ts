/**
 * Decides whether one reference found in a built file is sound: internal targets exist
 * (with the trailing slash the site promises) and their fragments land on an id; external
 * URLs are well-formed https links to real hosts, open safely, and never load resources.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPageRefs, type Reference } from './html-refs.ts';

export class SiteIndex {
  private readonly anchors = new Map<string, Promise<Set<string>>>();
  readonly dir: string;
  readonly files: Set<string>;

  constructor(dir: string, files: readonly string[]) {
    this.dir = dir;
    this.files = new Set(files);
  }

  /** The ids a fragment can target in the HTML file at `relativeFile`. */
  anchorsOf(relativeFile: string): Promise<Set<string>> {
    let found = this.anchors.get(relativeFile);
    if (!found) {
      found = readPageRefs(readFileSync(join(this.dir, relativeFile), 'utf8')).then((refs) => refs.anchors);
      this.anchors.set(relativeFile, found);
    }
    return found;
  }
}

/** Tags whose URL the browser fetches as a subresource rather than navigates to. */
const resourceTags = new Set(['script', 'img', 'source', 'iframe', 'video', 'audio']);
/** <link> relations that only describe a page rather than load something into it. */
const descriptiveRels = new Set(['canonical', 'alternate', 'author', 'license', 'me', 'help', 'external']);
const placeholderHost = /(^|\.)(example\.(com|org|net)|localhost|invalid|test)$/i;

async function checkInternal(url: URL, value: string, index: SiteIndex): Promise<string | undefined> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return `"${value}" has a malformed percent-encoding`;
  }
  const asFile = pathname.slice(1);
  const file = pathname.endsWith('/') ? `${asFile}index.html` : asFile;
  if (!index.files.has(file)) {
    if (index.files.has(`${asFile}/index.html`)) return `"${value}" needs a trailing slash (${pathname}/)`;
    return `"${value}" points to ${pathname}, which is not in the build`;
  }
  if (value.endsWith('#')) return `"${value}" has an empty fragment`;
  if (!url.hash || !file.endsWith('.html')) return undefined;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment === 'top' || (await index.anchorsOf(file)).has(fragment)) return undefined;
  return `"${value}": no element with id "${fragment}" on ${pathname}`;
}

function checkExternal(url: URL, ref: Reference, origin: string): string | undefined {
  const { value, tag } = ref;
  if (url.protocol !== 'https:') return `"${value}" should use https`;
  if (!url.hostname.includes('.') || placeholderHost.test(url.hostname) || /^[\d.]+$/.test(url.hostname)) {
    return `"${value}" points to a placeholder or local host`;
  }
  if (resourceTags.has(tag) || (tag === 'link' && !ref.rel.every((rel) => descriptiveRels.has(rel)))) {
    return `<${tag}> loads "${value}" from a third-party host`;
  }
  if (tag === 'meta' || tag === 'form') return `<${tag}> ${ref.attribute} "${value}" leaves ${origin}`;
  if (ref.target === '_blank' && !ref.rel.some((rel) => rel === 'noopener' || rel === 'noreferrer')) {
    return `"${value}" opens a new tab without rel="noopener"`;
  }
  return undefined;
}

/** A description of what is wrong with `ref` on the page served at `pagePath`, or undefined. */
export async function checkReference(
  ref: Reference,
  pagePath: string,
  index: SiteIndex,
  origin: string,
): Promise<string | undefined> {
  const { value } = ref;
  if (value.trim() === '') return `empty ${ref.attribute} on <${ref.tag}>`;
  if (/\s/.test(value)) return `"${value}" contains whitespace; percent-encode it`;
  if (value.startsWith('//')) return `"${value}" is protocol-relative; write https://`;
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === 'mailto')
    return /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? undefined : `"${value}" is not a mail address`;
  if (scheme === 'tel') return /^tel:\+?[\d\-(). ]+$/.test(value) ? undefined : `"${value}" is not a phone number`;
  // A data: URL is fine as an image or as a file to save; browsers refuse to open one as a page.
  if (scheme === 'data' && (ref.tag !== 'a' || ref.download)) return undefined;
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return `"${value}" uses the ${scheme}: scheme`;
  let url: URL;
  try {
    url = new URL(value, `${origin}${pagePath}`);
  } catch {
    return `"${value}" is not a valid URL`;
  }
  if (url.origin === origin) return checkInternal(url, value, index);
  return checkExternal(url, ref, origin);
}
