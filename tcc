#!/bin/sh
# The tcc command-line client (docs/cli.md); build it first: ./mvnw -q -DskipTests package
jar="$(dirname "$0")/cli/target/tcc-exec.jar"
if [ ! -f "$jar" ]; then
    echo "tcc: $jar is not built yet; run ./mvnw -q -DskipTests package first" >&2
    exit 1
fi
exec java ${TCC_JAVA_OPTS:--XX:TieredStopAtLevel=1 -Xshare:auto} -jar "$jar" "$@"
