#!/usr/bin/env bash
# Starts a packaged Leio Journal on a scratch journal to its first window and passes when it says it showed one
# (-Dleio.exitAfterFirstWindow=true, as installer/smoke-test.sh does for the .deb), on its output or in its log:
#
#   installer/first-window.sh "/Applications/Leio Journal.app/Contents/MacOS/Leio Journal"
#   installer/first-window.sh java -jar target/leio-journal-0.1.0-portable.jar
#
# On Linux without a display it uses xvfb-run. The release workflow runs it on each system's runner.
set -euo pipefail
[[ $# -gt 0 ]] || { echo "usage: installer/first-window.sh PROGRAM [ARGUMENTS]" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
run=()
command -v timeout >/dev/null && run=(timeout 300) # macOS has no timeout; the job's own time limit then applies
if [[ $(uname -s) == Linux && -z ${DISPLAY:-} ]]; then
  run+=(xvfb-run --auto-servernum "--server-args=-screen 0 1280x800x24")
fi
said=$(JAVA_TOOL_OPTIONS=-Dleio.exitAfterFirstWindow=true ${run[@]+"${run[@]}"} "$@" --data-dir "$scratch/journal" \
  2>"$scratch/stderr" | tr -d '\r' | grep 'first window shown' || true)
# Windows' packaged launcher (no console) prints nowhere; the app writes the same line to its log
log="$scratch/journal/logs/leio-journal.log"
[[ -n "$said" || ! -f "$log" ]] || said=$(tr -d '\r' < "$log" | grep -o 'first window shown in [0-9]* ms' || true)
if [[ -z "$said" ]]; then
  echo "first-window: $* did not show its first window" >&2
  cat "$scratch/stderr" >&2
  exit 1
fi
[[ -f "$scratch/journal/journal.sqlite" ]] || { echo "first-window: no journal was created" >&2; exit 1; }
# LEIO_NAMED_MODULES=1: the program must load JavaFX as named modules (an installer's launcher), not from the class path
if [[ ${LEIO_NAMED_MODULES:-} == 1 ]] && grep -q 'Unsupported JavaFX configuration' "$scratch/stderr"; then
  echo "first-window: $* loaded JavaFX from the class path, not as named modules" >&2
  exit 1
fi
echo "first-window: $said"
