# Sourced by build.sh and build-jpackage.sh: JavaFX as named modules in the installed app (issue 21: no
# "Unsupported JavaFX configuration" warning at each start). jpackage puts every jar of its input folder on the class
# path, those in subfolders too, so JavaFX's jars must leave that folder; the launcher then finds them on its module
# path.

# The JDK modules the app uses: the runtime jlink makes for every installer.
RUNTIME_MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.zipfs

# javafx_apart INPUT FOLDER: moves JavaFX's jars from jpackage's input folder INPUT into FOLDER.
javafx_apart() {
  local input=$1 folder=$2 jars
  jars=$(find "$input" -maxdepth 1 -name 'javafx-*.jar')
  [[ -n $jars ]] || { echo "javafx-modules.sh: no JavaFX jars in $input" >&2; return 1; }
  mkdir -p "$folder"
  mv "$input"/javafx-*.jar "$folder/"
}

# javafx_java_options FOLDER: sets JAVAFX_JAVA_OPTIONS to jpackage's options that make the launcher load JavaFX as
# named modules from FOLDER, written from $APPDIR (the folder of the app's jars, which the launcher expands at each
# start). An array set, not printed: macOS's bash 3.2 has no mapfile.
javafx_java_options() {
  JAVAFX_JAVA_OPTIONS=(--java-options "--module-path=$1" --java-options "--add-modules=javafx.controls")
}
