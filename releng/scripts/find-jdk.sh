# Sourced by ./workbench, ./test, the release scripts and the product's egov-workbench launcher.
# find_jdk sets JAVA_HOME to a JDK of version 21 or newer: $JAVA_HOME first, then /usr/lib/jvm/*
# (newest first), then the java on PATH. Without one it prints what to install and returns 1.

java_major() { # prints the major version of the JDK in folder $1: its release file, else asks java
  local v
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
  [ -n "$v" ] || v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java.specification.version = //p' | head -n 1)
  echo "$v"
}

find_jdk() {
  local candidate major
  for candidate in ${JAVA_HOME:+"$JAVA_HOME"} $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV) \
      $(command -v java >/dev/null 2>&1 && dirname "$(dirname "$(readlink -f "$(command -v java)")")"); do
    candidate=${candidate%/}
    [ -x "$candidate/bin/java" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  cat >&2 <<'MSG'
e-Government Workbench needs a Java Development Kit of version 21 or newer, and none was found
(looked at $JAVA_HOME, /usr/lib/jvm/* and the java on PATH).
Install one, for example:  sudo apt-get install openjdk-21-jdk   (or a Temurin 21/25 JDK),
or point JAVA_HOME at an installed JDK 21+.
MSG
  return 1
}
