#!/usr/bin/env bash
# Every route the hub serves is described in its OpenAPI document, and nothing described is gone.
#   check-openapi.sh SERVER_CPP OPENAPI_YAML
set -euo pipefail
server=$1
spec=$2
status=0
# Routes as registered: "/v1/..." with <arg> placeholders, written as {name} in the document.
routes=$(grep -oE 'QStringLiteral\("/v1/[^"]*"\)' "$server" | sed -E 's/QStringLiteral\("(.*)"\)/\1/' | sort -u)
paths=$(grep -oE '^  /v1/[^:]*' "$spec" | sed 's/^  //' | sort -u)
[ -n "$routes" ] || { echo "no routes found in $server"; exit 1; }
for route in $routes; do
  pattern=$(printf '%s' "$route" | sed -E 's/<arg>/\\{[a-z_]+\\}/g')
  if ! printf '%s\n' "$paths" | grep -qxE "$pattern"; then
    echo "route $route is not in $spec"; status=1
  fi
done
for path in $paths; do
  # A concrete path may be covered by a templated route (/v1/feed/catalog by /v1/feed/<arg>).
  found=""
  for route in $routes; do
    pattern=$(printf '%s' "$route" | sed -E 's/<arg>/[^\/]+/g')
    if printf '%s' "$path" | grep -qxE "$pattern"; then found=yes; break; fi
  done
  [ -n "$found" ] || { echo "$spec describes $path, which the hub does not serve"; status=1; }
done
[ $status -eq 0 ] && echo "openapi: PASS ($(printf '%s\n' "$routes" | wc -l) routes)"
exit $status
