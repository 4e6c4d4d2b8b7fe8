-- wrk script: GET /healthz, reporting the same figures as quote.lua.
local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   non2xx = 0
end

function response(status, headers, body)
   if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

function done(summary, latency, requests)
   local total = 0
   for _, thread in ipairs(threads) do total = total + thread:get("non2xx") end
   io.write(string.format("non2xx %d\n", total))
   io.write(string.format("p99_ms %.3f\n", latency:percentile(99) / 1000))
   io.write(string.format("rps %.1f\n", summary.requests / (summary.duration / 1000000)))
end
