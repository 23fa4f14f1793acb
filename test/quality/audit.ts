/**
 * Reads `npm audit --json` for production dependencies. Three outcomes, never confused:
 * advisories at high or critical severity (fail), a clean report (pass), or an advisory
 * service that could not be asked (skip, saying why). Anything else is an error.
 */
export type AuditOutcome =
  | { kind: 'clean'; counted: number }
  | { kind: 'vulnerable'; findings: string[] }
  | { kind: 'unreachable'; reason: string };

interface AuditReport {
  vulnerabilities?: Record<
    string,
    { severity: string; via: (string | { title?: string; url?: string })[]; range?: string }
  >;
  metadata?: { dependencies?: { prod?: number } };
  statusCode?: number;
  uri?: string;
  message?: string;
  error?: { code?: string; summary?: string };
}

const networkCodes = new Set(['ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'ENETUNREACH']);
const serious = new Set(['high', 'critical']);

export function readAuditOutcome(stdout: string): AuditOutcome {
  let report: AuditReport;
  try {
    report = JSON.parse(stdout) as AuditReport;
  } catch {
    throw new Error(`npm audit did not print JSON:\n${stdout.slice(0, 500)}`);
  }
  if (report.vulnerabilities) {
    const findings = Object.entries(report.vulnerabilities)
      .filter(([, entry]) => serious.has(entry.severity))
      .map(([name, entry]) => {
        const why = entry.via.map((via) =>
          typeof via === 'string' ? `via ${via}` : `${via.title ?? ''} ${via.url ?? ''}`.trim(),
        );
        return `${name} (${entry.severity}${entry.range ? `, ${entry.range}` : ''}): ${why.join('; ')}`;
      });
    if (findings.length > 0) return { kind: 'vulnerable', findings };
    return { kind: 'clean', counted: report.metadata?.dependencies?.prod ?? 0 };
  }
  // The mirror answers the bulk-advisory POST with 405, or the network is down.
  if (report.statusCode !== undefined && report.statusCode >= 400) {
    return { kind: 'unreachable', reason: `${report.uri ?? 'the audit endpoint'} answered HTTP ${report.statusCode}` };
  }
  if (report.error?.code && networkCodes.has(report.error.code)) {
    return { kind: 'unreachable', reason: `${report.error.code}: ${report.error.summary ?? ''}`.trim() };
  }
  throw new Error(`npm audit printed JSON this gate does not understand:\n${stdout.slice(0, 500)}`);
}
