#!/usr/bin/env bash
# Builds Leio Journal for Linux with jpackage: an app image (tarball) and a .deb.
#
#   installer/build.sh            # from the project's root or anywhere; needs JDK 17 and Maven
#
# 1. the app's jar and its libraries stay on the class path; JavaFX's Linux jars go on the module path (lib/app/javafx),
#    so JavaFX runs as named modules and prints no "Unsupported JavaFX configuration" warning at each start;
# 2. a runtime made by jlink with only the modules the app uses, and the JDK's own CDS archive;
# 3. an app image; a training run of it (under a virtual display) writes an AppCDS archive of the app's classes,
#    which the launcher then maps at every start;
# 4. a .deb from that image, depending on GTK 3, which JavaFX needs and jpackage does not list.
# Output: target/installer/leio-journal-<version>-linux-x64.tar.gz and target/installer/leio-journal_<version>_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/javafx-modules.sh

need=()
command -v fakeroot >/dev/null || need+=(fakeroot)
command -v dpkg-deb >/dev/null || need+=(dpkg)
command -v Xvfb >/dev/null || need+=(xvfb)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || need+=(libgtk-3-0)
if [[ ${#need[@]} -gt 0 ]]; then
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# -Dstyle.color=never and the sed: Maven may colour even this one word, and jpackage would put the escapes in paths
version=$(mvn -q -B -Dstyle.color=never help:evaluate -Dexpression=project.version -DforceStdout \
  | sed -e 's/\x1b\[[0-9;]*m//g' -e 's/-SNAPSHOT//')
out=target/installer
rm -rf "$out"
mkdir -p "$out/input"
mvn -q -B -DskipTests package
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$out/input"
jar=$(ls target/leio-journal-*.jar | grep -v -e -sources -e -javadoc -e -tests -e -portable | head -1) # not the benchmark's test jar, nor the portable jar
cp "$jar" "$out/input/leio-journal.jar"
# JavaFX out of the input folder (javafx-modules.sh); copied into the image below
javafx_apart "$out/input" "$out/javafx"

jlink --add-modules "$RUNTIME_MODULES" --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
  --output "$out/runtime"

common=(--name leio-journal --app-version "$version" --vendor "Leio Journal"
  --description "A private symptom and treatment journal for people living with leiomyosarcoma"
  --runtime-image "$out/runtime" --input "$out/input" --main-jar leio-journal.jar
  --main-class org.leiojournal.Launcher --icon assets/icon/png/leio-journal-256.png)
# The launcher maps the AppCDS archive when there is one and quietly starts without it when there is not. The
# archive checks each jar's path, size and time, so it is made where the app is installed: the .deb's postinst
# dumps it (java -Xshare:dump, no display needed) from the list of classes that a training run here loaded.
java_options=(--java-options "-XX:SharedArchiveFile=\$APPDIR/leio-journal.jsa" --java-options "-Xshare:auto"
  --java-options "-Xlog:cds=off" --java-options "-Xlog:cds+dynamic=off")
javafx_java_options "\$APPDIR/javafx"
java_options+=("${JAVAFX_JAVA_OPTIONS[@]}")
# and the options in installer/java-options (compiler, collector, heap), which the benchmark measures with
while read -r option; do
  [[ -z "$option" || "$option" == \#* ]] || java_options+=(--java-options "$option")
done < installer/java-options
jpackage --type app-image --dest "$out/image" "${common[@]}" "${java_options[@]}"
cp -r "$out/javafx" "$out/image/leio-journal/lib/app/javafx"

# The training run: the app started on a scratch journal until its first window is drawn, listing every class
# it loaded.
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
scratch=$(mktemp -d)
DISPLAY=$display JAVA_TOOL_OPTIONS="-Dleio.exitAfterFirstWindow=true -XX:DumpLoadedClassList=$scratch/classes.lst" \
  "$out/image/leio-journal/bin/leio-journal" --data-dir "$scratch/journal" 2>/dev/null | grep "first window" || true
cp "$scratch/classes.lst" "$out/image/leio-journal/lib/app/leio-journal.classlist" \
  || echo "no class list was written; the installed app starts without AppCDS" >&2
rm -rf "$scratch"

tar -C "$out/image" -czf "$out/leio-journal-$version-linux-x64.tar.gz" leio-journal

jpackage --type deb --dest "$out" --app-image "$out/image/leio-journal" --name leio-journal \
  --app-version "$version" --vendor "Leio Journal" \
  --description "A private symptom and treatment journal for people living with leiomyosarcoma" \
  --linux-package-name leio-journal --linux-app-category misc --linux-menu-group "Office;MedicalSoftware;" \
  --linux-shortcut --linux-package-deps "libgtk-3-0" --icon assets/icon/png/leio-journal-256.png \
  --linux-deb-maintainer "leio-journal@localhost" --resource-dir installer/linux
ls -la "$out"/*.deb "$out"/*.tar.gz
