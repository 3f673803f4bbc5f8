#!/usr/bin/env bash
# The checks the Lifeline GitHub Action runs (action.yml), with `lifeline` on the PATH:
#   lifeline md --check     Markdown whose pictures are missing or out of date
#   lifeline fmt --check    diagrams not in the canonical layout
#   lifeline check --diagnostics github   errors (and warnings) as annotations on the lines
# All three run even when one fails, so a pull request shows every problem at once; the exit
# status is 1 if any failed. md's and fmt's findings are printed as they are and repeated as
# annotations (workflow commands), so they too appear on the pull request's files.
# Inputs, from the environment: INPUT_DIAGRAMS and INPUT_MARKDOWN (patterns separated by
# spaces or new lines, `**` matching any depth; files under node_modules/ are left out; no
# pattern, or none that matches, skips those checks) and INPUT_STRICT (true: warnings fail too).
set -uo pipefail
shopt -s globstar nullglob

# Workflow command escaping: data may not hold '%' or line breaks, properties not ':' or ',' either.
data() { local s=${1//%/%25}; s=${s//$'\r'/%0D}; printf '%s' "${s//$'\n'/%0A}"; }
property() { local s; s=$(data "$1"); s=${s//:/%3A}; printf '%s' "${s//,/%2C}"; }

# The files the patterns in $1 match, one a line; a pattern that matches none gets a warning.
expand() {
  local patterns pattern matches file
  set -f
  patterns=($1)
  set +f
  for pattern in "${patterns[@]}"; do
    matches=($pattern)
    [ ${#matches[@]} -gt 0 ] || printf '::warning title=lifeline::%s matches no file\n' "$(data "$pattern")" >&2
    for file in "${matches[@]}"; do [[ $file == node_modules/* || $file == */node_modules/* ]] || printf '%s\n' "$file"; done
  done
}

mapfile -t diagrams < <(expand "${INPUT_DIAGRAMS:-}")
mapfile -t markdown < <(expand "${INPUT_MARKDOWN:-}")
strict=()
if [ "${INPUT_STRICT:-false}" = true ]; then strict=(--strict); fi
failed=0

# Passes each line through, adding an annotation after those that name a place:
# FILE:LINE:COL: error|warning: MESSAGE (a block's diagnostic) and FILE:LINE: MESSAGE (md --check).
annotate_md() {
  local line
  while IFS= read -r line; do
    printf '%s\n' "$line"
    if [[ $line =~ ^(.+):([0-9]+):([0-9]+):\ (error|warning):\ (.*)$ ]]; then
      printf '::%s file=%s,line=%s,col=%s,title=lifeline md::%s\n' "${BASH_REMATCH[4]}" "$(property "${BASH_REMATCH[1]}")" "${BASH_REMATCH[2]}" "${BASH_REMATCH[3]}" "$(data "${BASH_REMATCH[5]}")"
    elif [[ $line =~ ^(.+):([0-9]+):\ (.*)$ ]]; then
      printf '::error file=%s,line=%s,title=lifeline md::%s (run lifeline md to update it)\n' "$(property "${BASH_REMATCH[1]}")" "${BASH_REMATCH[2]}" "$(data "${BASH_REMATCH[3]}")"
    fi
  done
}

# fmt --check prints the name of each file that would change.
annotate_fmt() {
  local line
  while IFS= read -r line; do
    printf '%s\n' "$line"
    if [[ $line != *': error: '* ]]; then
      printf '::error file=%s,title=lifeline fmt::not in the canonical layout (run lifeline fmt %s)\n' "$(property "$line")" "$(data "$line")"
    fi
  done
}

step() { printf '::group::lifeline %s\n' "$*"; }

if [ ${#markdown[@]} -gt 0 ]; then
  step md --check "${strict[@]}" "${markdown[@]}"
  lifeline md --check "${strict[@]}" "${markdown[@]}" 2>&1 | annotate_md
  [ "${PIPESTATUS[0]}" -eq 0 ] || failed=1
  echo '::endgroup::'
fi
if [ ${#diagrams[@]} -gt 0 ]; then
  step fmt --check "${diagrams[@]}"
  lifeline fmt --check "${diagrams[@]}" 2>&1 | annotate_fmt
  [ "${PIPESTATUS[0]}" -eq 0 ] || failed=1
  echo '::endgroup::'
  step check --diagnostics github "${strict[@]}" "${diagrams[@]}"
  lifeline check --diagnostics github "${strict[@]}" "${diagrams[@]}" || failed=1
  echo '::endgroup::'
fi
exit "$failed"
