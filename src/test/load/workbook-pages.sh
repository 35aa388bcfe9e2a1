#!/bin/sh
# Pages each workbook prints on: converts every .xlsx given to PDF with LibreOffice headless and prints
# "pages<TAB>file". Without files it first writes the demo data's workbooks (PrintedFilesSample: the results
# workbook of every round, the answers export, the user list) into target/printed. Needs `soffice` (Debian's
# libreoffice-calc); without it says so and exits 2. Figures are in docs/decisions/0013-printed-workbooks.md.
# Usage: src/test/load/workbook-pages.sh [file.xlsx ...]
set -eu
if ! command -v soffice >/dev/null 2>&1; then
    echo "workbook-pages: needs LibreOffice (soffice) to convert the workbooks to PDF; not run." >&2
    exit 2
fi
if [ "$#" -eq 0 ]; then
    cd "$(dirname "$0")/../../.."
    JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64} ./mvnw -q -ntp test -Dtest=PrintedFilesSample \
        -Dprinted.dir=target/printed >/dev/null
    set -- target/printed/*.xlsx
fi
if [ "$#" -eq 0 ]; then
    echo "workbook-pages: no .xlsx given or found under target/" >&2
    exit 1
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for file in "$@"; do
    soffice --headless --convert-to pdf --outdir "$out" "$file" >/dev/null 2>&1
    pdf="$out/$(basename "${file%.*}").pdf"
    if [ ! -f "$pdf" ]; then
        printf 'failed\t%s\n' "$file"
        continue
    fi
    if command -v pdfinfo >/dev/null 2>&1; then
        pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    else
        # without poppler: count the page objects of the PDF
        pages=$(grep -a -c '/Type */Page[^s]' "$pdf" || true)
    fi
    printf '%s\t%s\n' "$pages" "$file"
done
