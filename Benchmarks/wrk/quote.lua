-- wrk script: POST /v1/quotes with a three-item cart to Germany (the docs/api.md load test).
-- Every response that is not 2xx is counted and reported at the end, so a run with errors cannot
-- pass for a fast one.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[
{"destination": {"country": "DE"}, "date": "2026-10-02", "locale": "de-DE",
 "seller": {"tax_registrations": ["EU-IOSS"]},
 "shipping": {"amount": "6.90", "currency": "EUR"},
 "items": [{"sku": "TEE-BLK-M", "quantity": 2, "unit_price": {"amount": "24.90", "currency": "EUR"},
            "hs_code": "610910", "origin_country": "CN", "category": "standard"},
           {"sku": "BOOK-978", "quantity": 1, "unit_price": {"amount": "18.00", "currency": "EUR"},
            "hs_code": "490199", "origin_country": "GB", "category": "books"},
           {"sku": "MUG-WHT", "quantity": 1, "unit_price": {"amount": "12.50", "currency": "EUR"},
            "hs_code": "691200", "origin_country": "CN", "category": "standard"}]}
]]

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
