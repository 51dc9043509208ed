#!/usr/bin/env bash
# Builds the Windows .msi or the macOS .dmg with jpackage, on that system (jpackage cannot cross-build):
#
#   installer/build-jpackage.sh windows [more jpackage options]   # needs JDK 17, Maven and the WiX Toolset 3
#   installer/build-jpackage.sh macos   [more jpackage options]   # e.g. --mac-sign --mac-signing-key-user-name …
#   installer/build-jpackage.sh linux                             # a check, here: the same as windows, as an app image
#
# The options are in installer/windows.args and installer/macos.args; Maven picks the JavaFX jars of the system it
# runs on. The release workflow (.github/workflows/build.yml) runs this on its Windows and macOS runners.
# JavaFX runs as named modules (javafx-modules.sh), as in the Linux installer: its jars go into the runtime that jlink
# makes (runtime/javafx), not into jpackage's input folder, whose every jar would be on the class path, and the
# launcher gets --module-path to them. They sit in the runtime rather than beside the app's jars so that jpackage
# builds each installer in one step: on a Mac it signs the app only while it makes it (Java 17 cannot sign an app
# image given to it), so nothing may be added afterwards.
# Output: target/installer/Leio Journal-<version>.msi or .dmg; for linux, the app image target/installer/Leio Journal
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/javafx-modules.sh
system=${1:?windows, macos or linux}
shift
case $system in
  windows) args=installer/windows.args; runtime_home=runtime ;;
  macos) args=installer/macos.args; runtime_home=runtime/Contents/Home ;; # where jpackage puts a runtime in a .app
  linux) args=installer/windows.args; runtime_home=runtime ;;
  *) echo "build-jpackage.sh: windows, macos or linux, not $system" >&2; exit 2 ;;
esac

version=$(mvn -q -B -Dstyle.color=never help:evaluate -Dexpression=project.version -DforceStdout \
  | sed -e 's/\x1b\[[0-9;]*m//g' -e 's/-SNAPSHOT//' | tr -d '\r')
grep -q -- "^--app-version $version\$" "$args" \
  || { echo "build-jpackage.sh: $args does not say --app-version $version (pom.xml)" >&2; exit 1; }

out=target/installer
rm -rf "$out"
mkdir -p "$out/input"
mvn -q -B -DskipTests package
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$out/input"
cp "target/leio-journal-$version.jar" "$out/input/leio-journal.jar"
jlink --add-modules "$RUNTIME_MODULES" --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
  --output "$out/runtime"
javafx_apart "$out/input" "$out/runtime/javafx"
# $APPDIR is the app's folder of jars: app\ beside runtime\ on Windows, Contents/app beside Contents/runtime on a Mac
javafx_java_options "\$APPDIR/../$runtime_home/javafx"
if [[ $system == linux ]]; then
  # the check: the Windows options an app image takes (no installer, no Windows icon); the image is then started
  # to its first window, and fails on JavaFX's class-path warning
  grep -v -e '^--type ' -e '^--win-' -e '^--icon ' "$args" > "$out/linux-check.args"
  args=$out/linux-check.args
  set -- --type app-image "$@"
fi
jpackage "@$args" --runtime-image "$out/runtime" "${JAVAFX_JAVA_OPTIONS[@]}" "$@"
ls -la "$out"
if [[ $system == linux ]]; then
  LEIO_NAMED_MODULES=1 installer/first-window.sh "$out/Leio Journal/bin/Leio Journal"
fi
