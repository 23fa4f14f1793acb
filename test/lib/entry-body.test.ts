import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntryBody, stripFrontmatter } from '~/lib/entry-body';

describe('stripFrontmatter', () => {
  // Expected values are what Astro 7's glob loader stores as `body` for the same source.
  it.each([
    ['YAML frontmatter', '---\ntitle: A\n---\n\n# Heading\n\nText.\n', '# Heading\n\nText.'],
    ['blank lines before it', '\n\n---\ntitle: A\n---\nBody', 'Body'],
    ['a byte-order mark', '\uFEFF---\ntitle: A\n---\nBody\n', 'Body'],
    ['TOML frontmatter', '+++\ntitle = "A"\n+++\nBody', 'Body'],
    ['no frontmatter', '  # Just a body\n', '# Just a body'],
    ['a later --- rule kept', '---\na: 1\n---\nOne\n\n---\n\nTwo', 'One\n\n---\n\nTwo'],
    ['Windows line ends', '---\r\ntitle: A\r\n---\r\nBody\r\n', 'Body'],
  ])('%s', (_, source, body) => {
    expect(stripFrontmatter(source)).toBe(body);
  });
});

describe('readEntryBody', () => {
  it('reads the file relative to the project root', () => {
    const root = mkdtempSync(join(tmpdir(), 'entry-body-'));
    writeFileSync(join(root, 'page.md'), '---\ntitle: A\n---\nHello **world**\n');
    expect(readEntryBody('page.md', root)).toBe('Hello **world**');
  });
});
