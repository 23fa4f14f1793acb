/**
 * Reader feedback and view counts are off unless the site owner turns them on at build
 * time. This is the one place that reads those settings: the widget, the view count, the
 * beacon and the Content-Security-Policy in astro.config.mjs all ask it. No imports, so
 * astro.config.mjs can load it before Vite's aliases exist.
 */

/** The environment variables a site owner sets; README.md documents them. */
export const feedbackEnv = {
  endpoint: 'PULSE_FEEDBACK_ENDPOINT',
  beacon: 'PULSE_VIEWS_BEACON',
  viewsFile: 'PULSE_VIEWS_FILE',
} as const;

export interface FeedbackConfig {
  /** Where "Was this helpful?" answers are posted; without it the widget is not rendered. */
  endpoint: URL | undefined;
  /** Where the view beacon posts each page view; without it no beacon is loaded. */
  beacon: URL | undefined;
  /** A JSON or CSV file of path → view count; without it no count is shown. */
  viewsFile: string | undefined;
}

function readUrl(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `${name} must be an absolute http(s) URL, such as https://feedback.example.org/feedback; got "${value}"`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${name} must be an http(s) URL; got "${value}"`);
  }
  return url;
}

/**
 * The settings in `env`. PULSE_VIEWS_BEACON is "1"/"true" (post to `views` beside the
 * feedback endpoint, which is where `npm run feedback-server` listens) or a URL of its own.
 */
export function readFeedbackConfig(env: Record<string, string | undefined> = process.env): FeedbackConfig {
  const endpointValue = env[feedbackEnv.endpoint]?.trim();
  const endpoint = endpointValue ? readUrl(feedbackEnv.endpoint, endpointValue) : undefined;
  const beaconValue = env[feedbackEnv.beacon]?.trim();
  let beacon: URL | undefined;
  if (beaconValue && !/^(0|false|no|off)$/i.test(beaconValue)) {
    if (/^(1|true|yes|on)$/i.test(beaconValue)) {
      if (!endpoint) {
        throw new Error(
          `${feedbackEnv.beacon}=${beaconValue} posts beside the feedback endpoint: set ${feedbackEnv.endpoint} too, or give the beacon a URL`,
        );
      }
      beacon = new URL('views', endpoint);
    } else beacon = readUrl(feedbackEnv.beacon, beaconValue);
  }
  const viewsFile = env[feedbackEnv.viewsFile]?.trim() || undefined;
  return { endpoint, beacon, viewsFile };
}

/**
 * The CSP directives feedback needs: forms may post to the endpoint's origin and scripts
 * may connect to it and to the beacon's; with neither set, the site's own policy is unchanged.
 */
export function readFeedbackCsp(config: FeedbackConfig): (`form-action ${string}` | `connect-src ${string}`)[] {
  const formOrigins = config.endpoint ? [config.endpoint.origin] : [];
  const connectOrigins = [...new Set([...formOrigins, ...(config.beacon ? [config.beacon.origin] : [])])];
  const directives: (`form-action ${string}` | `connect-src ${string}`)[] = [
    `form-action 'self'${formOrigins.map((origin) => ` ${origin}`).join('')}`,
  ];
  if (connectOrigins.length > 0) directives.push(`connect-src 'self' ${connectOrigins.join(' ')}`);
  return directives;
}
