# Shared by bin/start and bin/test: find Python 3.12+, make .venv, install what is asked.
# Sourced, not run. Usage: nearer_venv [extra]   (extra: "" or "test")
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${NEARER_VENV:-$ROOT/.venv}"

find_python() {
  local candidate
  for candidate in python3.14 python3.13 python3.12 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; then
      command -v "$candidate"; return 0
    fi
  done
  # pyenv keeps other versions out of PATH until selected; use one directly if present.
  for candidate in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.1[2-9]*/bin/python3; do
    if [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  echo "Nearer needs Python 3.12 or newer; none was found. Install python3.12 and try again." >&2
  return 1
}

nearer_venv() {
  local extra="${1:-}" python stamp want
  if [ ! -x "$VENV/bin/python" ]; then
    python="$(find_python)"
    echo "==> Creating $VENV with $("$python" --version)"
    "$python" -m venv "$VENV"
  fi
  # Reinstall only when the dependency files changed (or the extra differs).
  want="$(cat "$ROOT/pyproject.toml" "$ROOT/constraints.txt" | sha256sum | cut -c1-16)-${extra:-base}"
  stamp="$VENV/.nearer-installed"
  if [ ! -f "$stamp" ] || ! grep -qx "$want" "$stamp"; then
    echo "==> Installing Nearer${extra:+ with its $extra tools}"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -c "$ROOT/constraints.txt" -e "$ROOT${extra:+[$extra]}"
    echo "$want" > "$stamp"
  fi
  export PATH="$VENV/bin:$PATH"
}
