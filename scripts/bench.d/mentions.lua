-- wrk script: POSTs distinct signed 1-2 KB social-media mentions (Chinese and English), each with its own
-- mention id, signed at the moment it is sent:
--   wrk ... -s mentions.lua URL -- standard KEY   Standard Webhooks v1: webhook-id, webhook-timestamp and
--                                                 webhook-signature = v1,base64(HMAC-SHA256(KEY, id.ts.body))
--   wrk ... -s mentions.lua URL -- github KEY     X-Hub-Signature-256: sha256=hex(HMAC-SHA256(KEY, body))
-- The HMAC comes from the OpenSSL libcrypto wrk itself is linked with, through LuaJIT's FFI.
local ffi = require("ffi")
ffi.cdef [[
typedef struct evp_md_st EVP_MD;
const EVP_MD *EVP_sha256(void);
unsigned char *HMAC(const EVP_MD *evp_md, const void *key, int key_len, const unsigned char *d, size_t n, unsigned char *md, unsigned int *md_len);
int EVP_EncodeBlock(unsigned char *t, const unsigned char *f, int n);
]]
local ok, crypto = pcall(ffi.load, "crypto")
if not ok then crypto = ffi.C end

local thread_count = 0
function setup(thread)
    thread:set("thread_id", thread_count)
    thread_count = thread_count + 1
end

local texts = {
    "@某某快递 你们的快递员把我的包裹直接扔在小区门口，里面的显示器屏幕碎了。客服电话打了五次都没人接，在线客服只会复制粘贴。再不给我处理，我就发到消费者协会和本地新闻热线，让大家都看看你们的服务。",
    "Third time this month my order from @ShopCo arrived late and damaged. The box was soaked, the charger inside is dead, and support keeps closing my ticket without an answer. I'm posting every reply here until someone fixes this. #badservice",
    "在你们门店买的羽绒服穿了一周就开线跑毛，去门店要求退换，店员态度很差说是我自己弄坏的，还不让我拍照。小票、付款截图都在，希望官方尽快联系我处理，不然我会去12315投诉。The receipt and photos are in the thread.",
}

local mode, key
local digest = ffi.new("unsigned char[32]")
local length = ffi.new("unsigned int[1]")
local encoded = ffi.new("unsigned char[64]")
local run = tostring(os.time())

function init(args)
    mode = args[1] or "standard"
    key = args[2] or "intake-bench-secret-key-32-bytes"
    counter = 0
end

local function hmac(message)
    crypto.HMAC(crypto.EVP_sha256(), key, #key, message, #message, digest, length)
end

local function base64()
    local n = crypto.EVP_EncodeBlock(encoded, digest, 32)
    return ffi.string(encoded, n)
end

local function hex()
    local out = {}
    for i = 0, 31 do out[i + 1] = string.format("%02x", digest[i]) end
    return table.concat(out)
end

function request()
    counter = counter + 1
    local text = texts[(counter % #texts) + 1]
    local id = string.format("%s-%d-%d", run, thread_id, counter)
    local body = string.format(
        '{"platform":"weibo","mention_id":"bench-%s","url":"https://weibo.com/u/%d/%s",' ..
        '"author":{"id":"%d","handle":"@用户%d","name":"测试用户%d","followers":%d,"verified":false},' ..
        '"text":"%s %s","language":"zh","posted_at":"2026-11-30T20:15:00+08:00","sentiment":"negative","reach":%d,"engagement":%d,' ..
        '"media":[{"url":"https://wx1.sinaimg.cn/large/%s.jpg","type":"image"}],"location":{"label":"上海市浦东新区","city":"上海"},"monitor_topic":"brand-complaints"}',
        id, counter, id, thread_id * 1000000 + counter, thread_id * 1000000 + counter, counter % 1000, counter % 50000,
        text, text, counter % 100000, counter % 500, id)
    if mode == "github" then
        hmac(body)
        return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["X-Hub-Signature-256"] = "sha256=" .. hex() }, body)
    end
    local timestamp = tostring(os.time())
    local message_id = "msg_" .. id
    hmac(message_id .. "." .. timestamp .. "." .. body)
    return wrk.format("POST", nil, {
        ["Content-Type"] = "application/json",
        ["webhook-id"] = message_id,
        ["webhook-timestamp"] = timestamp,
        ["webhook-signature"] = "v1," .. base64(),
    }, body)
end

function done(summary, latency, requests)
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status
    io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f errors=%d status_errors=%d\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors, summary.errors.status))
end
