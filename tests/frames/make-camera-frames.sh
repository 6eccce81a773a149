#!/bin/bash
# Makes camera-like 1280x720 frames of retail symbols with tools that share no code with the
# decoder under test: zint encodes, ImageMagick rotates, blurs, adds sensor noise, dims, puts the
# label in perspective and JPEG-compresses. Deterministic (fixed noise seeds), so a figure from one
# run compares with the next.
#   tests/frames/make-camera-frames.sh OUTDIR
# Writes OUTDIR/*.png|jpg and OUTDIR/frames.tsv: file, symbology, text the scanner should send
# (GS1 content with its symbology identifier and GS as the field separator, as a scanner sends it).
set -euo pipefail
out=${1:?usage: make-camera-frames.sh OUTDIR}
mkdir -p "$out"
cd "$out"
: > frames.tsv
gs=$'\x1d'

# symbol NAME ZINT-ARGS… -- EXPECTED: encodes one symbol into NAME.sym.png.
symbol() {
    local name=$1; shift
    zint --filetype=PNG -o "$name.sym.png" "$@" >/dev/null
}

# The same symbol as the camera sees it in each condition: FILE, label width in pixels, conditions.
shoot() {
    local name=$1 format=$2 expect=$3 width=$4
    local base=(-size 1280x720 -seed 11 gradient:'#8c8c8c-#5a5a5a' -attenuate 0.4 +noise Uniform)
    local label=(\( "$name.sym.png" -resize "${width}x" -bordercolor white -border 24 \))
    local i=0
    for cond in straight rotated blurred noisy dim perspective jpeg; do
        local args=()
        case $cond in
        straight) args=() ;;
        rotated) args=(-background '#707070' -rotate 4) ;;
        blurred) args=(-blur 0x1.6) ;;
        noisy) args=(-seed $((17 + i)) -attenuate 0.7 +noise Gaussian) ;;
        dim) args=(-evaluate multiply 0.42) ;;
        perspective) args=(-virtual-pixel background -background '#707070' -distort Perspective
                           '0,0 40,30 %[fx:w],0 %[fx:w-10],0 0,%[fx:h] 0,%[fx:h] %[fx:w],%[fx:h] %[fx:w-50],%[fx:h-25]') ;;
        jpeg) args=() ;;
        esac
        local file="$name-$cond.png"
        [ "$cond" = jpeg ] && file="$name-$cond.jpg"
        if [ "$cond" = perspective ] || [ "$cond" = rotated ]; then
            convert "${base[@]}" \( "${label[@]}" "${args[@]}" \) -gravity center -composite \
                -type Grayscale -quality 38 "$file"
        else
            convert "${base[@]}" "${label[@]}" -gravity center -composite "${args[@]}" \
                -type Grayscale -quality 38 "$file"
        fi
        printf '%s\t%s\t%s\n' "$file" "$format" "$expect" >> frames.tsv
        i=$((i + 1))
    done
}

symbol ean13 -b EANX -d 400638133393 --height 50
shoot ean13 EAN-13 4006381333931 1240            # full width, as a phone held close sees it
symbol ean13small -b EANX -d 590123412345 --height 50
shoot ean13small EAN-13 5901234123457 520
symbol ean8 -b EANX -d 9638507 --height 50
shoot ean8 EAN-8 96385074 600
symbol upca -b UPCA -d 03600029145 --height 50
shoot upca UPC-A 036000291452 1100
symbol upce -b UPCE -d 0425261 --height 50
shoot upce UPC-E 04252614 520
symbol price -b EANX -d 281234500199 --height 50   # weight/price-embedded, prefix 2
shoot price EAN-13 2812345001998 900
symbol gs1128 -b GS1_128 -d '[01]04006381333931[3103]000750[10]ABC123' --height 40
shoot gs1128 Code128 "]C10104006381333931310300075010ABC123" 1200
symbol gs1dm -b DATAMATRIX --gs1 -d '[01]04006381333931[17]271231[10]LOT42[21]S1'
shoot gs1dm DataMatrix "]d2010400638133393117271231""10LOT42${gs}21S1" 300
symbol dlink -b QRCODE -d 'https://id.gs1.org/01/04006381333931/10/ABC123?17=271231'
shoot dlink QRCode 'https://id.gs1.org/01/04006381333931/10/ABC123?17=271231' 340
symbol cyrillic -b QRCODE --eci=26 -d 'Молоко 3,2% 1 л — 89,90 ₽'
shoot cyrillic QRCode 'Молоко 3,2% 1 л — 89,90 ₽' 300
symbol chinese -b QRCODE --binary -d '全脂牛奶 1升 ¥12.50'
shoot chinese QRCode '全脂牛奶 1升 ¥12.50' 300
rm -f ./*.sym.png
