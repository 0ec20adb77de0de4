#!/usr/bin/env bash
# Imports donthu's Kibana saved objects into a Kibana 8.x site.
# Usage: dashboards/import.sh KIBANA_URL   (auth: KIBANA_API_KEY, or KIBANA_USER and KIBANA_PASSWORD;
#        TLS with a private CA: KIBANA_CA_CERT=/path/ca.crt; Kibana space: KIBANA_SPACE)
set -euo pipefail
[ $# -eq 1 ] || { echo "Usage: $0 KIBANA_URL" >&2; exit 2; }
url="${1%/}"
[ -n "${KIBANA_SPACE:-}" ] && url="$url/s/$KIBANA_SPACE"
auth=()
if [ -n "${KIBANA_API_KEY:-}" ]; then auth=(-H "Authorization: ApiKey $KIBANA_API_KEY")
elif [ -n "${KIBANA_USER:-}" ]; then auth=(-u "$KIBANA_USER:${KIBANA_PASSWORD:?KIBANA_PASSWORD is needed with KIBANA_USER}"); fi
tls=()
[ -n "${KIBANA_CA_CERT:-}" ] && tls=(--cacert "$KIBANA_CA_CERT")
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/src/main/kibana"
for file in "$dir"/*.ndjson; do
  echo "Importing $(basename "$file")"
  curl --fail-with-body -sS "${auth[@]}" "${tls[@]}" -H 'kbn-xsrf: donthu' \
    -F "file=@$file" "$url/api/saved_objects/_import?overwrite=true"
  echo
done
