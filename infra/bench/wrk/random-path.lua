-- wrk script: GET $BENCH_PATH with "{}" replaced by a random line of the file $BENCH_LINES
-- (URL-encoded), sending the header $BENCH_HEADER: $BENCH_VALUE (a bearer token or a session
-- cookie). Prints one JSON line of results at the end.
local lines = {}
local path = os.getenv("BENCH_PATH")
local header = os.getenv("BENCH_HEADER") or "Authorization"
local value = os.getenv("BENCH_VALUE")
for line in io.lines(os.getenv("BENCH_LINES")) do
  lines[#lines + 1] = line:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end)
end

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local line = lines[math.random(#lines)]
  return wrk.format("GET", path:gsub("{}", function() return line end), { [header] = value })
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.1f,"rps":%.1f,"non_2xx_3xx":%d,"socket_errors":%d,"p50_ms":%.1f,"p95_ms":%.1f,"p99_ms":%.1f,"max_ms":%.1f}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), e.status,
    e.connect + e.read + e.write + e.timeout, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
