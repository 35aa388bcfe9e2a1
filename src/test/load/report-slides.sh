#!/bin/sh
# The 資料 as PowerPoint, looked at: writes a sample deck of the city's size (ReportSlidesSample: 24 wards, twelve
# partners, two rounds, the seed's findings and まとめ) and one whose findings are too many to sit beside the bars,
# converts both to PDF with LibreOffice headless and to PNG pages (pdftoppm, when there), and prints
# "pages<TAB>file" for each. Look at the pictures: charts drawn, Japanese readable,
# nothing running off a slide. Needs `soffice`; without it says so and exits 2.
# Usage: src/test/load/report-slides.sh [output folder, default target/report-slides]
set -eu
if ! command -v soffice >/dev/null 2>&1; then
    echo "report-slides: needs LibreOffice (soffice, Debian's libreoffice-impress) to convert the slides; not run." >&2
    exit 2
fi
out=${1:-target/report-slides}
mkdir -p "$out"
./mvnw -B -ntp -q -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
for deck in sample long; do
    "${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" \
        -classpath "target/test-classes:target/classes:$(cat "$out/classpath.txt")" \
        jp.osaka.renkei.results.ReportSlidesSample "$out/$deck.pptx" $([ "$deck" = long ] && echo long) >/dev/null
    soffice --headless --convert-to pdf --outdir "$out" "$out/$deck.pptx" >/dev/null 2>&1
    pdf="$out/$deck.pdf"
    if [ ! -f "$pdf" ]; then
        printf 'failed\t%s\n' "$out/$deck.pptx"
        exit 1
    fi
    if command -v pdfinfo >/dev/null 2>&1; then
        pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    else
        pages=$(grep -a -c '/Type */Page[^s]' "$pdf" || true)
    fi
    if command -v pdftoppm >/dev/null 2>&1; then
        pdftoppm -png -r 60 "$pdf" "$out/$deck"
    fi
    printf '%s\t%s\n' "$pages" "$pdf"
done
