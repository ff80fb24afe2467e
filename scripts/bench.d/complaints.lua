-- wrk script: POSTs distinct 1-2 KB complaints (Chinese and English) to the native door.
-- Each request has its own external_id, so every one is a new complaint committed to the journal.
local thread_count = 0

function setup(thread)
    thread:set("thread_id", thread_count)
    thread_count = thread_count + 1
end

local bodies = {
    "快递员态度恶劣，包裹外箱严重破损，里面的陶瓷餐具碎了三件。我多次致电客服都没有人处理，要求全额退款并赔偿运费。如果三天内不解决，我会向消费者协会投诉并在微博上曝光。",
    "The driver took a much longer route than the app showed and charged me almost twice the quoted fare. When I asked him about it he was rude and refused to stop. I want a refund of the difference and an apology.",
    "门店工作人员在结账时多收了我一百二十元，我当场指出后对方拒不承认，还态度很差。小票和付款记录都在，请核实并退还多收的款项，同时对该员工进行处理。The receipt and payment record are attached.",
}

local run = tostring(os.time())

function init(args)
    counter = 0
    math.randomseed(os.time() + thread_id * 7919)
end

-- Customers: each request is a new customer, except every tenth, which comes back with the phone and e-mail of
-- the customer fifty requests earlier (a repeat complaint, linked to the earlier one), as a hotline sees repeat
-- callers.
local function customer(n)
    if n % 10 == 0 and n > 50 then n = n - 50 end
    return n
end

function request()
    counter = counter + 1
    local text = bodies[(counter % #bodies) + 1]
    local who = customer(counter)
    local body = string.format(
        '{"external_id":"bench-%s-%d-%d","complainant":{"name":"测试用户%d","phone":"138%08d","email":"User%d@Example.com"},' ..
        '"subject":"投诉 complaint %d","body":"%s %s","location":"上海市浦东新区世纪大道100号","demand":"退款并道歉 refund and apology",' ..
        '"respondent":{"kind":"driver","id":"D-%d","name":"李师傅"},"references":{"order":"SO-2026-%06d","plate":"沪A%05d"},' ..
        '"severity":%d,"tags":["bench"],"extra":{"queue":"投诉专线","duration":%d}}',
        run, thread_id, counter, who % 1000, (thread_id * 1000000 + who) % 100000000, thread_id * 1000000 + who, counter, text, text, counter % 500, counter, counter % 100000,
        (counter % 4) + 1, counter % 600)
    return wrk.format("POST", "/v1/complaints", { ["Content-Type"] = "application/json" }, body)
end

function done(summary, latency, requests)
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status
    io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f errors=%d status_errors=%d\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors, summary.errors.status))
end
