#!/usr/bin/env bash
# build-aux/dev.sh: everything a fresh Debian 12 machine needs, in one command.
#   build-aux/dev.sh run [EXAMPLE]   install, build, open the app on an example project
#   build-aux/dev.sh test            install, build with warnings as errors, run the whole
#                                    suite (display tests under Xvfb), then again with
#                                    AddressSanitizer and UndefinedBehaviorSanitizer
# Run it as root, or as a user who may use sudo (only apt-get and locale-gen need it).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
mode=${1:-run}

packages=(
  gcc pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev libsqlite3-dev libxlsxwriter-dev
  desktop-file-utils appstream libxml2-utils shared-mime-info
  librsvg2-common adwaita-icon-theme fonts-cantarell
  xvfb xauth dbus dbus-x11 locales sqlite3 python3 python3-openpyxl
)

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
  # Numbers, dates and the export are tested under the Swedish locale too.
  if ! locale -a 2>/dev/null | grep -qi '^sv_SE.utf8$'; then
    as_root sed -i 's/^# *sv_SE.UTF-8 UTF-8/sv_SE.UTF-8 UTF-8/; s/^# *en_US.UTF-8 UTF-8/en_US.UTF-8 UTF-8/' /etc/locale.gen
    as_root locale-gen
  fi
}

configure() {
  local dir=$1; shift
  if [ -f "$dir/build.ninja" ]; then
    meson configure "$dir" "$@" >/dev/null
  else
    meson setup "$dir" "$@"
  fi
  meson compile -C "$dir"
}

# Prints "N passed, N failed" for a meson test log.
summarise() {
  python3 - "$1" <<'PY'
import json, sys
passed = failed = 0
with open(sys.argv[1]) as f:
    for line in f:
        r = json.loads(line)['result']
        if r in ('OK', 'EXPECTEDFAIL', 'SKIP'):
            passed += 1
        else:
            failed += 1
print(f"{passed} passed, {failed} failed")
PY
}

run_suite() {
  local dir=$1
  xvfb-run -a -s '-screen 0 1400x900x24' dbus-run-session -- \
    meson test -C "$dir" --print-errorlogs --num-processes 2 || return 1
}

case "$mode" in
  run)
    install_packages
    configure build -Dwerror=true
    exec meson devenv -C build ./src/kompetensplan --example${2:+=$2}
    ;;
  test)
    install_packages
    configure build -Dwerror=true -Dbuildtype=debugoptimized
    status=0
    run_suite build || status=1
    plain=$(summarise build/meson-logs/testlog.json)
    # meson install puts everything in place, and the installed binary starts.
    stage=$(mktemp -d)
    if meson install -C build --destdir "$stage" >/dev/null &&
       "$stage/usr/local/bin/kompetensplan" --version >/dev/null &&
       [ -f "$stage/usr/local/share/applications/se.kompetensplan.Kompetensplan.desktop" ] &&
       [ -f "$stage/usr/local/share/glib-2.0/schemas/se.kompetensplan.Kompetensplan.gschema.xml" ]; then
      echo "install: ok"
    else
      echo "install: FAILED"; status=1
    fi
    rm -rf "$stage"
    # The same suite once more under the sanitizers. GTK, fontconfig and friends keep
    # caches for the life of the process, so leak reports would only be noise.
    configure build-sanitize -Dwerror=true -Db_sanitize=address,undefined -Db_lundef=false
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      run_suite build-sanitize || status=1
    sanitized=$(summarise build-sanitize/meson-logs/testlog.json)
    echo "plain build: $plain; sanitized build: $sanitized"
    python3 - "$plain" "$sanitized" <<'PY'
import re, sys
p = f = 0
for s in sys.argv[1:]:
    a, b = map(int, re.findall(r'\d+', s))
    p += a; f += b
print(f"Tests: {p} passed, {f} failed")
PY
    exit $status
    ;;
  *)
    echo "usage: $0 run [EXAMPLE] | test" >&2
    exit 2
    ;;
esac
