#!/usr/bin/env bash
# Checks the generated docs' links to rows, which are rustdoc page addresses rather than
# intra-doc paths (rustdoc checks the latter, not these; error-catalog-codegen's
# back/docs.rs says why): every `href="enum.G.html#A"` on a catalog module's page, and every
# `href="#A"` on its pages, must name an `id="A"` on the page it points to.
#
#   scripts/check-doc-links.sh MODULE_DOC_DIR   (e.g. target/doc/iam_errors/iam)
set -euo pipefail
dir=${1:?usage: $0 MODULE_DOC_DIR}
[ -f "$dir/index.html" ] || { echo "$dir/index.html: no such page (run cargo doc first)" >&2; exit 1; }
checked=0 broken=0
check() { # page anchor
    if ! grep -q "id=\"$2\"" "$dir/$1" 2>/dev/null; then
        echo "broken link: $1#$2" >&2
        broken=$((broken + 1))
    fi
    checked=$((checked + 1))
}
while IFS='#' read -r page anchor; do
    check "$page" "$anchor"
done < <(grep -o 'href="enum\.[A-Za-z0-9_]*\.html#[^"]*"' "$dir/index.html" | sed 's/^href="//; s/"$//' | sort -u)
for page in "$dir"/enum.*.html; do
    while read -r anchor; do
        check "$(basename "$page")" "$anchor"
    done < <(grep -o 'href="#[^"][^"]*"' "$page" | sed 's/^href="#//; s/"$//' | sort -u)
done
echo "$checked links checked, $broken broken"
[ "$checked" -gt 0 ] && [ "$broken" -eq 0 ]
