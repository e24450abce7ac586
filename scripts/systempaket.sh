#!/bin/sh
# The browser tests drive Debian's Chromium through a real nginx; Playwright never downloads a browser.
set -e
saknas=""
command -v chromium >/dev/null 2>&1 || saknas="$saknas chromium"
{ command -v nginx || [ -x /usr/sbin/nginx ]; } >/dev/null 2>&1 || saknas="$saknas nginx"
[ -z "$saknas" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installerar systempaket:$saknas"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $saknas fonts-dejavu-core >/dev/null
else
  echo "Webbläsartesterna behöver:$saknas. Installera med: sudo apt-get install$saknas" >&2
  exit 1
fi
