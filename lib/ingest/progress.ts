// Progress of a long ingestion: a live bar on a terminal, periodic log lines otherwise
// (CI logs and pipes must not fill with carriage returns).
import cliProgress from "cli-progress";
import type { IngestProgress } from "./ingest-file";

export interface ProgressReporter {
  update(progress: IngestProgress): void;
  stop(): void;
}

const MB = 1024 * 1024;

export function describeProgress(p: IngestProgress, elapsedMs: number): string {
  const seconds = Math.max(elapsedMs / 1000, 0.001);
  const rate = p.bytes / MB / seconds;
  const left = p.totalBytes > p.bytes && rate > 0 ? (p.totalBytes - p.bytes) / MB / rate : 0;
  const pct = p.totalBytes ? Math.min(100, (100 * p.bytes) / p.totalBytes) : 0;
  return (
    `${pct.toFixed(0)}% · ${p.rows.toLocaleString("en-US")} rows · ` +
    `${(p.bytes / MB).toFixed(1)}/${(p.totalBytes / MB).toFixed(1)} MB · ` +
    `${Math.round(p.rows / seconds).toLocaleString("en-US")} rows/s · ${rate.toFixed(1)} MB/s · ETA ${left.toFixed(0)} s`
  );
}

export function createProgressReporter(
  label: string,
  options: { tty: boolean; write?: (line: string) => void; intervalMs?: number } = { tty: false },
): ProgressReporter {
  const started = Date.now();
  if (options.tty) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {detail}`, hideCursor: true, clearOnComplete: false, barsize: 24 },
      cliProgress.Presets.shades_classic,
    );
    let begun = false;
    return {
      update(p) {
        const detail = describeProgress(p, Date.now() - started);
        if (!begun) {
          bar.start(p.totalBytes || 1, p.bytes, { detail });
          begun = true;
        } else bar.update(p.bytes, { detail });
      },
      stop() {
        if (begun) bar.stop();
      },
    };
  }
  const write = options.write ?? ((line: string) => process.stderr.write(line + "\n"));
  const interval = options.intervalMs ?? 5_000;
  let last = 0;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < interval && p.bytes < p.totalBytes) return;
      last = now;
      write(`${label}: ${describeProgress(p, now - started)}`);
    },
    stop() {},
  };
}
