# Sourced: start_xvfb starts a private Xvfb display (size $1, default 1280x800x24) with openbox as
# window manager, exports DISPLAY, and stops both when the sourcing script exits.
start_xvfb() {
  local size=${1:-1280x800x24} tool
  for tool in Xvfb openbox; do
    command -v $tool >/dev/null || { echo "$tool is missing: apt-get install xvfb openbox" >&2; return 1; }
  done
  local n=$((90 + RANDOM % 400))
  while [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ]; do n=$((n + 1)); done
  Xvfb :$n -screen 0 "$size" -nolisten tcp >/dev/null 2>&1 &
  _xvfb_pid=$!
  for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$n ] && break; sleep 0.1; done
  export DISPLAY=:$n
  openbox >/dev/null 2>&1 &
  _wm_pid=$!
  trap 'kill $_wm_pid $_xvfb_pid 2>/dev/null; wait $_wm_pid $_xvfb_pid 2>/dev/null' EXIT
  sleep 0.5
}
