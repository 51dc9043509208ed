#!/usr/bin/env bash
# Checks every GitHub Actions workflow in .github/workflows against the workflow schema (SchemaStore's), with
# action-validator from npm; it also checks that each `uses:` names an action and version in the right form and
# that the paths and globs in the files match something in the checkout.
#
#   installer/check-workflows.sh        # needs Node.js with npx; fetches @action-validator/cli from npm once
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
files=(.github/workflows/*.yml .github/workflows/*.yaml)
[[ ${#files[@]} -gt 0 ]] || { echo "check-workflows: no workflow files in .github/workflows" >&2; exit 1; }
for file in "${files[@]}"; do
  npx --yes @action-validator/cli "$file"
  echo "check-workflows: $file is valid"
done
