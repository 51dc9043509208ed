#!/usr/bin/env bash
# Unpacks the .deb built by installer/build.sh into a scratch folder (no root, nothing installed) and starts the
# packaged app headless on a scratch journal, to its first window; it passes when the app says it showed one.
# Also checks the package's Depends line names GTK 3 and that the packaged command line works.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls target/installer/leio-journal_*_amd64.deb | head -1)
scratch=$(mktemp -d)
trap 'kill ${xvfb:-} 2>/dev/null || true; rm -rf "$scratch"' EXIT

dpkg-deb -f "$deb" Depends | grep -q 'libgtk-3-0' || { echo "smoke test: the .deb does not depend on libgtk-3-0" >&2; exit 1; }
dpkg-deb -x "$deb" "$scratch/root"
app="$scratch/root/opt/leio-journal/bin/leio-journal"
[[ -x "$app" ]] || { echo "smoke test: no launcher at /opt/leio-journal/bin/leio-journal" >&2; exit 1; }

"$app" --version | grep -q '^Leio Journal ' || { echo "smoke test: --version did not answer" >&2; exit 1; }

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
sleep 1
said=$(DISPLAY=$display JAVA_TOOL_OPTIONS=-Dleio.exitAfterFirstWindow=true timeout 120 "$app" --data-dir "$scratch/journal" \
  2>"$scratch/stderr" | grep 'first window shown' || true)
if [[ -z "$said" ]]; then
  echo "smoke test: the packaged app did not show its first window" >&2
  exit 1
fi
# JavaFX runs as named modules from lib/app/javafx: no "Unsupported JavaFX configuration" warning
if grep -q 'Unsupported JavaFX configuration' "$scratch/stderr"; then
  echo "smoke test: JavaFX was loaded from the class path, not as named modules" >&2
  exit 1
fi
[[ -f "$scratch/journal/journal.sqlite" ]] || { echo "smoke test: no journal was created" >&2; exit 1; }
echo "smoke test passed: $said ($(du -h "$deb" | cut -f1) .deb)"
