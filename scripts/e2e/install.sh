#!/usr/bin/env bash
# Installs what the end-to-end tier (npm run test:e2e) needs on a fresh Debian 12 / Node 20 / npm 11
# machine that reaches only the npm registry and Debian's apt mirrors:
#   - apt: chromium (driven by playwright-core, a devDependency), neovim (0.7), emacs-nox + elpa-eglot,
#     ripgrep (code-server's search; its own @vscode/ripgrep would download a binary from outside npm),
#     pre-commit (3.0; the pre-commit suite runs the repository's .pre-commit-hooks.yaml with it)
#   - npm: code-server (VS Code in a browser), into a tools folder OUTSIDE the repository.
#
# Usage: scripts/e2e/install.sh            Env: E2E_TOOLS (default ~/.cache/oped-facts-e2e),
#        CODE_SERVER_VERSION (default 4.100.3: the newest that runs on Node 20), SKIP_APT=1.
# Prints "TIME <step> <seconds>s" per step. A finished install leaves a stamp file; a second run with the
# same version skips the npm part (so a developer pays the ~40 s once per machine).
# Adapted from the recipe in shared/e2e/install.sh.
set -euo pipefail
TOOLS="${E2E_TOOLS:-$HOME/.cache/oped-facts-e2e}"
CS_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
LOGS="$TOOLS/logs"; mkdir -p "$LOGS"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
step() { # step NAME command...: run quietly into LOGS/NAME.log; on failure show its tail
  local name="$1" s; shift; s=$(now)
  if "$@" > "$LOGS/$name.log" 2>&1 < /dev/null; then
    echo "TIME $name $(since "$s")s"
  else
    echo "FAILED $name after $(since "$s")s; the last lines of $LOGS/$name.log:"; tail -25 "$LOGS/$name.log"; exit 1
  fi
}

if [ "${SKIP_APT:-0}" != 1 ]; then
  export DEBIAN_FRONTEND=noninteractive
  missing=()
  for pair in chromium:chromium nvim:neovim emacs:emacs-nox rg:ripgrep pre-commit:pre-commit; do
    command -v "${pair%%:*}" > /dev/null || missing+=("${pair#*:}")
  done
  # eglot is a package of its own on Emacs 28 (built in from 29 on)
  dpkg -s elpa-eglot > /dev/null 2>&1 || missing+=(elpa-eglot)
  if [ ${#missing[@]} -gt 0 ]; then
    step apt-update apt-get update
    step apt-install apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "TIME apt-install 0s (chromium, neovim, emacs-nox, elpa-eglot, ripgrep, pre-commit already there)"
  fi
fi

CS="$TOOLS/code-server-$CS_VERSION"
PKG="$CS/node_modules/code-server"
if [ -f "$CS/.installed" ]; then
  echo "TIME code-server 0s (already installed in $CS)"
else
  rm -rf "$CS"; mkdir -p "$CS"
  # Debian's node headers: node-gyp must not try to download them.
  export npm_config_nodedir="${npm_config_nodedir:-/usr}"
  # Phase 1: the package and its own dependencies. npm 11 runs no install script that is not allowed;
  # code-server's own postinstall is denied here because run from npm it inherits npm_config_* and its
  # nested npm install fails (EALLOWSCRIPTS). It is run by hand in phase 2.
  cat > "$CS/package.json" <<JSON
{
  "name": "oped-facts-e2e-code-server", "private": true,
  "dependencies": { "code-server": "$CS_VERSION" },
  "allowScripts": { "argon2": true, "code-server": false }
}
JSON
  step npm-code-server-phase1 npm install --prefix "$CS" --foreground-scripts
  # Phase 2: code-server's postinstall.sh (npm install in lib/vscode and lib/vscode/extensions), with an
  # explicit allowScripts policy: allow the native modules VS Code's server needs; deny what downloads
  # from outside the npm registry (ripgrep, the kerberos prebuild, ssh2) or is Windows-only.
  node -e '
    const fs = require("fs"), f = process.argv[1], p = JSON.parse(fs.readFileSync(f));
    const allow = ["node-pty", "@vscode/spdlog", "native-watchdog", "@vscode/native-watchdog", "@parcel/watcher",
      "@vscode/deviceid", "@vscode/fs-copyfile", "@vscode/sqlite3", "koffi"];
    const deny = ["@vscode/ripgrep", "kerberos", "ssh2", "cpu-features", "@vscode/windows-process-tree",
      "@vscode/windows-registry", "@vscode/windows-ca-certs"];
    p.allowScripts = Object.fromEntries([...allow.map((n) => [n, true]), ...deny.map((n) => [n, false])]);
    fs.writeFileSync(f, JSON.stringify(p, null, 2));' "$PKG/lib/vscode/package.json"
  # npm_config_unsafe_perm: its root check; npm_config_yes: node-pty's postinstall runs `npx node-gyp`.
  postinstall() {
    cd "$PKG" && env npm_config_unsafe_perm=true npm_config_yes=true npm_config_foreground_scripts=true \
      npm_config_user_agent="npm/$(npm -v 2>/dev/null) node/$(node -v) linux x64 workspaces/false" sh ./postinstall.sh
  }
  step code-server-postinstall postinstall
  # Debian's rg where @vscode/ripgrep would have put the binary it could not download.
  RGDIR="$PKG/lib/vscode/node_modules/@vscode/ripgrep/bin"
  if [ -d "$PKG/lib/vscode/node_modules/@vscode/ripgrep" ] && [ ! -e "$RGDIR/rg" ] && [ -x /usr/bin/rg ]; then
    mkdir -p "$RGDIR" && ln -sf /usr/bin/rg "$RGDIR/rg"
  fi
  # code-server writes ~/.config/code-server and ~/.local/share/code-server on any run: not into HOME.
  H="$TOOLS/home"
  HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_DATA_HOME="$H/.local/share" XDG_CACHE_HOME="$H/.cache" \
    node "$PKG/out/node/entry.js" --version | tail -1
  touch "$CS/.installed"
  echo "DISK code-server $(du -sh "$CS" | cut -f1)"
fi
# What the driver reads (test/e2e/run.mjs sources nothing: it takes CODE_SERVER from the environment
# or finds this file).
echo "$PKG/out/node/entry.js" > "$TOOLS/code-server-entry"
echo "code-server: $PKG/out/node/entry.js"
