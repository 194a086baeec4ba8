#!/usr/bin/env bash
# Renders every example (examples/<name>/data.json with the template named in
# examples/<name>/template) into out/<name>.docx and out/<name>.pdf.
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
exit $status
