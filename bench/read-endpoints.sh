#!/usr/bin/env bash
# Read endpoints against a trivial JAX-RS resource, in one run (issue 15, point 6).
#
# Needs a running server with the dev configuration and demo data (`mvn -pl ear -am -Prun package`,
# embedded Derby), and bash, curl, jq and wrk. It seeds its own data through the API first (provisions,
# SPOs, two contracted agreements with contributions, a KPI roll-up run), then measures each endpoint
# with wrk: a warm-up of every endpoint, then each for DURATION at CONNECTIONS connections. It prints a
# Markdown table: req/s, p50 and p99 latency, and the ratio to GET /api/v1/ping (PermitAll, no
# database), called without a token and with the token the other endpoints get.
#
#   bash bench/read-endpoints.sh                     # seed, then measure
#   DURATION=15s CONNECTIONS=16 THREADS=2 WARMUP=5s bash bench/read-endpoints.sh
#
# Start that server with the per-subject request limit lifted, or the measured token is answered 429
# within seconds (docs/security.md#rate-limits):
#   DUALIMPACT_RATE_LIMIT_REQUESTS_CAPACITY=1000000000 DUALIMPACT_RATE_LIMIT_REQUESTS_REFILL_TOKENS=1000000000 \
#       mvn -pl ear -am -Prun package
#
# Every run seeds again, so "my SPOs" and Spotlight grow with each run on the same database: compare
# runs on a fresh database (remove ear/target/liberty/wlp/usr/servers/dualImpact/derby before starting).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BASE=${DI_URL:-http://localhost:9080}
API=$BASE/api/v1
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
SPOS=${SPOS:-30}              # SPOs of the measured supplier ("my SPOs")
PROVISIONS=${PROVISIONS:-40}  # audited provisions in the territory (Spotlight)
CONTRIBUTIONS=${CONTRIBUTIONS:-40}  # contributions on the agreement whose progress is read
TERRITORY=E23000029
J='Content-Type: application/json'
TODAY=$(date -u +%F)

command -v wrk >/dev/null || { echo "wrk is missing (Debian package wrk)" >&2; exit 1; }
curl -sS --fail-with-body "$BASE/health/ready" >/dev/null || { echo "no ready server at $BASE" >&2; exit 1; }

token() { server-config/dev/token "$@"; }
BUYER=$(token --sub tess.buyer --org GB-PFA-E23000029 --groups buyer)
SUPPLIER=$(token --sub sam.chiltern --org GB-COH-09000001 --groups supplier)
PROVIDER=$(token --sub pat.boxing --org GB-CHC-1190001 --groups provider)

post() { # token path [body]: prints the answer; on an error status prints it to stderr and stops
    local out
    out=$(curl -sS --fail-with-body -H "Authorization: Bearer $1" -H "$J" -X POST "$API/$2" ${3:+-d "$3"}) \
        || { echo "POST $2 failed: $out" >&2; exit 1; }
    echo "$out"
}

echo "seeding: $PROVISIONS provisions, $SPOS SPOs, 2 agreements, $CONTRIBUTIONS contributions" >&2
PROVISION=
for i in $(seq 1 "$PROVISIONS"); do
    id=$(post "$PROVIDER" provisions "{\"title\":\"Bench provision $i\",\"summary\":\"Evening sessions for young people, $i\",
        \"territories\":[\"$TERRITORY\"],\"outcomes\":[\"NT1\"],
        \"needs\":[{\"type\":\"VOLUNTEERING\",\"description\":\"Mentors\",\"quantity\":120},
                   {\"type\":\"MONEY\",\"description\":\"Coach fees\",\"quantity\":3000}]}" | jq -r .id)
    post "$BUYER" "provisions/$id/audit" '{"decision":"AUDITED"}' >/dev/null
    PROVISION=${PROVISION:-$id}
done

spo_body() { # title
    echo "{\"title\":\"$1\",\"providers\":[\"GB-CHC-1190001\"],\"provisions\":[\"$PROVISION\"],
      \"territory\":\"$TERRITORY\",\"commitments\":[
       {\"type\":\"VOLUNTEERING\",\"quantity\":400,\"skillLevel\":\"SKILLED\",\"measureCode\":\"NT7\",
        \"start\":\"$TODAY\",\"end\":\"$(date -u -d '+1 year' +%F)\",\"frequency\":\"MONTHLY\"},
       {\"type\":\"FINANCIAL\",\"value\":150000.00,\"measureCode\":\"NT1\",
        \"start\":\"$TODAY\",\"end\":\"$(date -u -d '+1 year' +%F)\",\"frequency\":\"MONTHLY\"}]}"
}
TENDER=$(post "$BUYER" tenders "{\"title\":\"Bench tender\",\"territory\":\"$TERRITORY\",
    \"closingDate\":\"$(date -u -d '+30 days' +%F)\"}" | jq -r .reference)
AGREEMENTS=()
for n in 1 2; do
    ref=$(post "$SUPPLIER" spos "$(spo_body "Bench agreement $n")" | jq -r .reference)
    post "$PROVIDER" "spos/$ref/endorsement" >/dev/null
    post "$SUPPLIER" "spos/$ref/submission" "{\"tender\":\"$TENDER\"}" >/dev/null
    AGREEMENTS+=("$ref")
done
post "$BUYER" "tenders/$TENDER/closure" >/dev/null
post "$BUYER" "tenders/$TENDER/award" '{"supplier":"GB-COH-09000001"}' >/dev/null
for ref in "${AGREEMENTS[@]}"; do
    post "$SUPPLIER" "spos/$ref/signatures" >/dev/null
    post "$PROVIDER" "spos/$ref/signatures" >/dev/null
    post "$BUYER" "spos/$ref/contract" "{\"contractReference\":\"BENCH-$ref\",\"start\":\"$(date -u -d '-1 year' +%F)\",
        \"end\":\"$(date -u -d '+1 year' +%F)\",\"value\":2500000.00}" >/dev/null
done
READ_AGREEMENT=${AGREEMENTS[0]}
WRITE_AGREEMENT=${AGREEMENTS[1]}
for i in $(seq 3 "$SPOS"); do
    post "$SUPPLIER" spos "$(spo_body "Bench proposal $i")" >/dev/null
done

CONTRIBUTION="{\"type\":\"FINANCIAL\",\"value\":150.00,\"measureCode\":\"NT1\",\"deliveryDate\":\"$TODAY\",
    \"commitmentLine\":2,\"description\":\"Coach fees\"}"
for i in $(seq 1 "$CONTRIBUTIONS"); do
    seq=$(post "$SUPPLIER" "agreements/$READ_AGREEMENT/contributions" "$CONTRIBUTION" | jq -r .sequence)
    if (( i % 2 == 0 )); then post "$PROVIDER" "ledger/entries/$seq/confirmation" >/dev/null; fi
done

# The KPI rows come from the nightly roll-up: run it once now (batch REST API, HTTPS, operator).
OP=${BATCH_OPERATOR:-operator:dev-operator-password}
BATCH=https://localhost:${DI_HTTPS_PORT:-9443}/ibm/api/batch
JOB=$(curl -sSk --fail-with-body -u "$OP" -H "$J" "$BATCH/jobinstances" -d '{"applicationName":"dual-impact",
    "moduleName":"dual-impact-batch.war","jobXMLName":"kpi-rollup","jobParameters":{}}' | jq -r .instanceId)
for _ in $(seq 1 120); do
    status=$(curl -sSk --fail-with-body -u "$OP" "$BATCH/jobinstances/$JOB" | jq -r .batchStatus)
    [[ $status == COMPLETED || $status == FAILED || $status == STOPPED ]] && break
    sleep 1
done
echo "kpi-rollup: $status; KPI rows for the supplier: $(curl -sS -o /dev/null -D - -H "Authorization: Bearer $SUPPLIER" \
    "$API/kpis" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-total-count"{print $2}')" >&2

# wrk's POST: the body and the token come from the environment.
LUA=$(mktemp --suffix=.lua)
trap 'rm -f "$LUA"' EXIT
cat > "$LUA" <<'LUA'
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
LUA

# to milliseconds: wrk prints 812.00us, 3.41ms, 1.02s
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0;
                              else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }

percent() { [[ -z $2 ]] && echo "–" || awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f %%", 100 * a / b }'; }
ROWS=()
BASELINE=
TOKEN_BASELINE=
run() { # pass label connections path token [lua]
    local pass=$1 label=$2 conns=$3 url=$API/$4 tok=$5 lua=${6:-} args out rps p50 p99 non2xx
    args=(-t "$THREADS" -c "$conns" --latency)
    [[ -n $tok ]] && args+=(-H "Authorization: Bearer $tok")
    [[ -n $lua ]] && args+=(-s "$lua")
    if [[ $pass == warm-up ]]; then
        # one request first: a failure here is a broken benchmark, not a slow endpoint
        if [[ -z $lua ]]; then
            curl -sS --fail-with-body -o /dev/null ${tok:+-H "Authorization: Bearer $tok"} "$url" \
                || { echo "GET $url failed" >&2; exit 1; }
        fi
        wrk "${args[@]}" -d "$WARMUP" "$url" >/dev/null
        return
    fi
    out=$(wrk "${args[@]}" -d "$DURATION" "$url")
    rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' <<<"$out")
    p50=$(ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
    p99=$(ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    if [[ -z $BASELINE ]]; then BASELINE=$rps; elif [[ -z $TOKEN_BASELINE ]]; then TOKEN_BASELINE=$rps; fi
    ROWS+=("| $label | $conns | $rps | $p50 | $p99 | $(percent "$rps" "$BASELINE") | $(percent "$rps" "$TOKEN_BASELINE") |${non2xx:+ $non2xx non-2xx}")
    echo "measured: $label" >&2
}

export BENCH_BODY=$CONTRIBUTION BENCH_TOKEN=$SUPPLIER
# Every endpoint is warmed up first (the JIT compiles the shared request path once), then measured.
for pass in warm-up measure; do
    run $pass "trivial resource: \`GET /ping\` (no token)" "$CONNECTIONS" ping ""
    run $pass "trivial resource with a token: \`GET /ping\`" "$CONNECTIONS" ping "$SUPPLIER"
    run $pass "an SPO by reference: \`GET /spos/{ref}\`" "$CONNECTIONS" "spos/$READ_AGREEMENT" "$SUPPLIER"
    run $pass "KPI rows: \`GET /kpis\`" "$CONNECTIONS" kpis "$SUPPLIER"
    run $pass "a single territory: \`GET /territories/{code}\`" "$CONNECTIONS" "territories/$TERRITORY" ""
    run $pass "an agreement's progress: \`GET /agreements/{ref}/progress\`" "$CONNECTIONS" \
        "agreements/$READ_AGREEMENT/progress" "$SUPPLIER"
    run $pass "Spotlight: \`GET /spotlight?territory=…\`" "$CONNECTIONS" "spotlight?territory=$TERRITORY" "$SUPPLIER"
    run $pass "my SPOs: \`GET /spos\`" "$CONNECTIONS" spos "$SUPPLIER"
    # the warm-up's appends (thousands) are in the ledger when the reads are measured
    run $pass "recording a contribution: \`POST /agreements/{ref}/contributions\`" "$CONNECTIONS" \
        "agreements/$WRITE_AGREEMENT/contributions" "" "$LUA"
    run $pass "recording a contribution: \`POST /agreements/{ref}/contributions\`" 64 \
        "agreements/$WRITE_AGREEMENT/contributions" "" "$LUA"
done

echo
echo "wrk, $THREADS threads, $DURATION each after a $WARMUP warm-up of every endpoint; $SPOS SPOs, $PROVISIONS provisions, $CONTRIBUTIONS contributions on the agreement read; $(nproc) cores"
echo
echo "| endpoint | connections | req/s | p50 ms | p99 ms | of trivial | of trivial with a token |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
