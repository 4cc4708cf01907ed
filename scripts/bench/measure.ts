import autocannon from "autocannon";

export type Load = {
  connections: number;
  /** Seconds of measured load (ignored when `amount` is set). */
  durationSeconds: number;
  /** Seconds of unmeasured load first, so the JIT, caches and pool are warm. */
  warmupSeconds: number;
};

export type Measurement = {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Answers the target itself counted as failed (e.g. a server action's serverError). */
  failedAnswers: number;
  /** Server CPU per request sent, in ms, once every request of the run was answered. */
  serverCpuMsPerRequest?: number;
};

/** How to read the server's CPU and wait until it has answered everything sent. */
export type ServerProbe = { cpuMs: () => number; waitUntilIdle: () => Promise<void> };

export type Target = {
  url: string;
  headers: Record<string, string>;
  /** Dynamic requests (server actions); a plain GET of `url` otherwise. */
  requests?: autocannon.Request[];
  /** Stop after this many requests instead of after a duration (each consumes a record). */
  amount?: number;
  failedAnswers?: () => number;
};

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/**
 * autocannon at `load.connections` connections against one target, after a warm-up; with a
 * server probe, also the server's CPU per request (read from idle to idle around the run).
 */
export async function measure(
  target: Target,
  load: Load,
  server?: ServerProbe,
): Promise<Measurement> {
  const common = {
    url: target.url,
    headers: target.headers,
    requests: target.requests,
    connections: load.connections,
    pipelining: 1,
    timeout: 30,
  };
  if (load.warmupSeconds > 0 && !target.amount) {
    await run({ ...common, duration: load.warmupSeconds });
  }
  await server?.waitUntilIdle();
  const before = target.failedAnswers?.() ?? 0;
  const cpuBefore = server?.cpuMs() ?? 0;
  const result = await run(
    target.amount
      ? { ...common, amount: target.amount }
      : { ...common, duration: load.durationSeconds },
  );
  await server?.waitUntilIdle();
  const cpuAfter = server?.cpuMs() ?? 0;
  const requests = result.requests.total;
  // Requests still in flight when the run stopped were served too: divide by all sent.
  const sent = Math.max(result.requests.sent, requests);
  return {
    requests,
    seconds: result.duration,
    requestsPerSecond: result.duration > 0 ? requests / result.duration : 0,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      mean: result.latency.mean,
      max: result.latency.max,
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    failedAnswers: (target.failedAnswers?.() ?? 0) - before,
    serverCpuMsPerRequest: server && sent > 0 ? (cpuAfter - cpuBefore) / sent : undefined,
  };
}
