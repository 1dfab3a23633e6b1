#!/usr/bin/env bash
# Generates the JSON API's types and server protocol (Sources/API/Generated) from Sources/Web/API/openapi.yaml
# with apple/swift-openapi-generator 1.14.3, built from Tools/openapi-generator apart from the app's package.
# The output is committed, so that the app's build does not pay for the generator (about 3 minutes on two
# cores; generating takes about a second).
#   scripts/generate-api.sh          regenerate after changing openapi.yaml or the config
#   scripts/generate-api.sh --check  fail if the committed code differs from what the document generates (CI)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --package-path Tools/openapi-generator -c release --product swift-openapi-generator >&2
generator="$(swift build --package-path Tools/openapi-generator -c release --show-bin-path)/swift-openapi-generator"
output=Sources/API/Generated
if [ "${1:-}" = "--check" ]; then
    output=$(mktemp -d)
    trap 'rm -rf "$output"' EXIT
fi
"$generator" generate Sources/Web/API/openapi.yaml --config Sources/API/openapi-generator-config.yaml \
    --additional-file-comment "swift-format-ignore-file" --output-directory "$output" >/dev/null
if [ "${1:-}" = "--check" ]; then
    if ! diff -r "$output" Sources/API/Generated; then
        echo "Sources/API/Generated is stale: run scripts/generate-api.sh and commit the result." >&2
        exit 1
    fi
    echo "Sources/API/Generated matches openapi.yaml."
fi
