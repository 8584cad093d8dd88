-- wrk script: one URL, print p50/p95/p99 (wrk's --latency has no p95).
done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
