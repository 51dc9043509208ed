#!/usr/bin/env bash
# Builds the Windows .msi or the macOS .dmg with jpackage, on that system (jpackage cannot cross-build):
#
#   installer/build-jpackage.sh windows [more jpackage options]   # needs JDK 17, Maven and the WiX Toolset 3
#   installer/build-jpackage.sh macos   [more jpackage options]   # e.g. --mac-sign --mac-signing-key-user-name …
#
# The options are in installer/windows.args and installer/macos.args; Maven picks the JavaFX jars of the system it
# runs on. The release workflow (.github/workflows/build.yml) runs this on its Windows and macOS runners.
# Output: target/installer/Leio Journal-<version>.msi or .dmg
set -euo pipefail
cd "$(dirname "$0")/.."
system=${1:?windows or macos}
shift
[[ $system == windows || $system == macos ]] || { echo "build-jpackage.sh: windows or macos, not $system" >&2; exit 2; }

version=$(mvn -q -B -Dstyle.color=never help:evaluate -Dexpression=project.version -DforceStdout \
  | sed -e 's/\x1b\[[0-9;]*m//g' -e 's/-SNAPSHOT//' | tr -d '\r')
grep -q -- "^--app-version $version\$" "installer/$system.args" \
  || { echo "build-jpackage.sh: installer/$system.args does not say --app-version $version (pom.xml)" >&2; exit 1; }

out=target/installer
rm -rf "$out"
mkdir -p "$out/input"
mvn -q -B -DskipTests package
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$out/input"
cp "target/leio-journal-$version.jar" "$out/input/leio-journal.jar"
jpackage "@installer/$system.args" "$@"
ls -la "$out"
