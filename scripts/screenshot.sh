#!/usr/bin/env bash
# Render the HTML report to PNG in headless Chromium (Debian's `chromium` package).
#
#   scripts/screenshot.sh                          # the README pictures: run the corpus into
#                                                  # $OUT (default outputs/) if needed, write
#                                                  # its report, render docs/report.png and
#                                                  # docs/report-article.png
#   scripts/screenshot.sh REPORT.html OUT.png [ANCHOR] [WIDTHxHEIGHT]
#                                                  # one picture of one report, scrolled to
#                                                  # the element id ANCHOR if given
#
# Chromium is installed with apt-get when /usr/bin/chromium is missing (needs root or
# sudo; set NO_INSTALL=1 to fail instead).  Its flags keep it off the network: the report
# is a local file with nothing to fetch, and the background services would only time out.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
PY="${PY:-$ROOT/.venv/bin/python}"

ensure_chromium() {
    [ -x "$CHROMIUM" ] && return 0
    if [ "${NO_INSTALL:-0}" = 1 ]; then
        echo "error: $CHROMIUM not found (NO_INSTALL=1)" >&2
        exit 3
    fi
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "installing Debian's chromium ..." >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
    CHROMIUM=/usr/bin/chromium
}

# render REPORT PNG [ANCHOR] [SIZE]
render() {
    local report png anchor size profile frame
    report="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
    png="$2"
    anchor="${3:-}"
    size="${4:-1400x1300}"
    mkdir -p "$(dirname "$png")"
    png="$(cd "$(dirname "$png")" && pwd)/$(basename "$png")"
    profile="$(mktemp -d)"
    local url="file://$report"
    if [ -n "$anchor" ]; then
        # Headless --screenshot ignores a #fragment's scroll; a frame page honours it.
        frame="$profile/frame.html"
        printf '<!DOCTYPE html><html><body style="margin:0"><iframe src="file://%s#%s" style="border:0;width:%spx;height:%spx"></iframe></body></html>\n' \
            "$report" "$anchor" "${size%x*}" "${size#*x}" >"$frame"
        url="file://$frame"
    fi
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --disable-extensions --hide-scrollbars --user-data-dir="$profile" \
        --window-size="${size%x*},${size#*x}" --screenshot="$png" "$url" >/dev/null 2>&1
    rm -rf "$profile"
    [ -s "$png" ] || { echo "error: chromium wrote no $png" >&2; exit 1; }
    echo "$png"
}

ensure_chromium
if [ $# -ge 2 ]; then
    render "$@"
    exit 0
fi

OUT="${OUT:-$ROOT/outputs}"
cd "$ROOT"
if [ ! -s "$OUT/documents.jsonl" ]; then
    "$PY" -m pipeline run corpus/articles --out "$OUT"
fi
"$PY" -m pipeline report "$OUT" >/dev/null
# The article picture shows the seed article (the README's worked example).
ANCHOR="$("$PY" -c '
import json, sys
for i, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    if json.loads(line)["doc_id"] == sys.argv[2]:
        print(f"a{i}"); break
else:
    print("a1")
' "$OUT/documents.jsonl" "${DOC_ID:-russia-iran-military-2023-08}")"
render "$OUT/report.html" "$ROOT/docs/report.png" "" 1400x1300
render "$OUT/report.html" "$ROOT/docs/report-article.png" "$ANCHOR" 1400x1500
