#!/usr/bin/env bash
# Installs, when run as root, the Debian packages the tests need and are missing: an X server for
# UI tests, GTK for SWT, a window manager and ImageMagick for screenshots and their checks, and
# PostgreSQL for the store tests (started by start-postgres.sh, not as a system service).
set -u
packages=(xvfb xauth libgtk-3-0 openbox imagemagick x11-utils fonts-dejavu-core postgresql)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "The tests need these packages: ${missing[*]}. Install them (sudo apt-get install ${missing[*]}) or run as root." >&2
  exit 1
fi
echo "Installing ${missing[*]} ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || {
  echo "apt-get could not install ${missing[*]}" >&2
  exit 1
}
