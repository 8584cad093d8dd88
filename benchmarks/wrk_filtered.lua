-- wrk script: cycle over filtered /api/events pages and print p50/p95/p99.
--   wrk -t1 -c1 -d10s -s benchmarks/wrk_filtered.lua http://127.0.0.1:8765
local paths = {
  "/api/events?type=ASSAULT",
  "/api/events?type=CONCEDE",
  "/api/events?country=IRQ&modality=threatened",
  "/api/events?modality=denied&sort=-published",
  "/api/events?type=THREATEN&country=ISR",
  "/api/events?actor=hamas",
  "/api/events?outlet=reuters&text=arrested",
  "/api/events?speaker=witnesses&type=AID",
  "/api/events?bbox=40,29,48,37",
  "/api/events?min_sources=3",
  "/api/events?date_from=2020-01-01&date_to=2020-03-31",
  "/api/events?type=ASSAULT&date_from=2021-06-01&date_to=2021-06-30",
  "/api/events?sort=-confidence&type=COERCE",
}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read +
    summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
