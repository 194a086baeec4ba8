#!/usr/bin/env bash
# Renders every example (examples/<name>/data*.json with the template named in
# examples/<name>/template) into out/<name>.docx and out/<name>.pdf, and runs
# the batch an example describes in examples/<name>/batch (template, data
# file, then `vanthu batch` options) into out/<name>/.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p out
status=0
for dir in examples/*/; do
  name=$(basename "$dir")
  tpl=$(cat "$dir/template")
  for data in "$dir"/data*.json; do
    stem=$name${data##*/data}; stem=${stem%.json}
    if ./build/vanthu render "$tpl" "$data" -o "out/$stem.docx" -o "out/$stem.pdf"; then
      echo "out/$stem.docx out/$stem.pdf"
    else
      status=1
    fi
  done
done
for spec in examples/*/batch; do
  [[ -f $spec ]] || continue
  dir=$(dirname "$spec"); name=$(basename "$dir")
  read -r tpl data opts <"$spec"
  # shellcheck disable=SC2086  # the options are words by design
  if ./build/vanthu batch "$tpl" "$dir/$data" -o "out/$name" $opts; then
    echo "out/$name/ ($(ls "out/$name" | wc -l) files)"
  else
    status=1
  fi
done
exit $status
