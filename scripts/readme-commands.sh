#!/usr/bin/env bash
# Runs the README's first commands exactly as a new user types them, in this checkout:
#   before-build  right after `npm ci` on a fresh clone (nothing built yet)
#   after-demo    after `npm run demo`
# Exits non-zero on the first command that fails or prints the wrong thing.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

check_render() {
  npx --no-install pacte --help >"$out/help.txt"
  grep -q "render" "$out/help.txt"
  npx --no-install pacte render examples/contrat-departement/contrat.yaml --out "$out/x"
  ls "$out"/x/*.pdf "$out"/x/*.docx >/dev/null
  test "$(head -c 5 "$out"/x/*.pdf)" = "%PDF-"
}

case "${1:-}" in
  before-build)
    if [ -e packages/cli/dist/bin/cli.js ]; then echo "readme-commands: packages/cli/dist exists; run this on a fresh clone" >&2; exit 2; fi
    check_render
    ;;
  after-demo)
    npm run demo
    ls out/*.pdf out/*.docx >/dev/null
    check_render
    ;;
  *)
    echo "usage: scripts/readme-commands.sh before-build|after-demo" >&2
    exit 2
    ;;
esac
echo "readme-commands ${1}: ok"
