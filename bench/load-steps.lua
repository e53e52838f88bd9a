-- wrk script for bench/load-bench.sh: signed-in users on the step pages of one workbook. Run with as many threads as
-- connections (-t N -c N), so each thread is one user who waits for each answer before asking again, as a person does.
-- Each user opens the thirteen steps in turn (starting at a different one); SAVE_PERCENT of the requests instead save the
-- step the user last opened, with the version that page carried, the CSRF token and a changed answer (a 303 when saved,
-- 409 when another user saved the same step in between: a concurrent edit detected, not an error).
-- Environment: WORKBOOK, STEPS (space-separated step ids), SAVE_FIELDS (step=field,... the text field a save changes),
-- COOKIE (the session and CSRF cookies), CSRF, SAVE_PERCENT (0 to 100); STATIC, a path asked for instead of the steps.

local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("user", counter)
  table.insert(threads, thread)
end

statuses = {} -- a global, so that done() can read each thread's
local steps, fields, versions = {}, {}, {}
local next_step, last_step, saving, saves = 1, nil, false, 0
local workbook, csrf, save_percent, static

function init(args)
  static = os.getenv("STATIC")
  workbook = os.getenv("WORKBOOK")
  csrf = os.getenv("CSRF")
  save_percent = tonumber(os.getenv("SAVE_PERCENT") or "0")
  for step in string.gmatch(os.getenv("STEPS"), "%S+") do table.insert(steps, step) end
  for step, field in string.gmatch(os.getenv("SAVE_FIELDS") or "", "([%w-]+)=([%w-]+)") do fields[step] = field end
  wrk.headers["Cookie"] = os.getenv("COOKIE")
  next_step = (user % #steps) + 1
  math.randomseed(user * 7919)
end

local function encode(s)
  return (string.gsub(s, "[^%w%-_.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  if static then
    return wrk.format("GET", static)
  end
  if last_step and fields[last_step] and math.random(100) <= save_percent then
    saving = true
    saves = saves + 1
    local body = "csrf-token=" .. encode(csrf) .. "&version=" .. (versions[last_step] or "0") .. "&" .. fields[last_step]
        .. "=" .. encode("Saved under load by user " .. user .. ", save " .. saves .. ": spend follows the older population.")
    return wrk.format("POST", "/workbooks/" .. workbook .. "/steps/" .. last_step,
        { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = wrk.headers["Cookie"] }, body)
  end
  saving = false
  last_step = steps[next_step]
  next_step = (next_step % #steps) + 1
  return wrk.format("GET", "/workbooks/" .. workbook .. "/steps/" .. last_step)
end

function response(status, headers, body)
  local key = (static and "static " or saving and "save " or "page ") .. status
  statuses[key] = (statuses[key] or 0) + 1
  if not static and not saving and status == 200 then
    local version = string.match(body, 'name="version" value="(%d+)"')
    if version then versions[last_step] = version end
  end
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses")
    for key, n in pairs(counts) do totals[key] = (totals[key] or 0) + n end
  end
  local keys = {}
  for key in pairs(totals) do table.insert(keys, key) end
  table.sort(keys)
  local parts = {}
  for _, key in ipairs(keys) do table.insert(parts, key .. ": " .. totals[key]) end
  io.write("STATUSES " .. table.concat(parts, ", ") .. "\n")
  io.write(string.format("FIGURES p50_ms=%.1f p99_ms=%.1f max_ms=%.1f rps=%.1f requests=%d\n", latency:percentile(50) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, summary.requests / (summary.duration / 1e6), summary.requests))
end
