#!/usr/bin/env bash
# Makes the Windows and macOS icons from assets/icon/leio-journal.svg, for jpackage (installer/windows.args,
# installer/macos.args) and the release workflow:
#
#   assets/icon/leio-journal.ico    16, 20, 24, 32, 40, 48, 64, 128 and 256 px (ImageMagick; 256 as PNG)
#   assets/icon/leio-journal.icns   16 to 1024 px: the classic is32/il32/ih32/it32 images with their masks
#                                   (icnsutils' png2icns) and the PNG images ic07..ic14 that iconutil writes
#                                   (ic11..ic14 are the Retina "@2x" ones)
#
#   installer/make-icons.sh        # on Debian/Ubuntu; installs what it needs with apt-get (run as root or with sudo)
#
# Both files are checked in; IconFilesTest reads their directories and checks the sizes. Re-run after changing
# the SVG and commit the results.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
need=()
command -v rsvg-convert >/dev/null || need+=(librsvg2-bin)
[[ -x /usr/bin/convert ]] || need+=(imagemagick) # Debian's ImageMagick (some machines put a stand-in first on PATH)
command -v png2icns >/dev/null || need+=(icnsutils)
command -v python3 >/dev/null || need+=(python3)
if [[ ${#need[@]} -gt 0 ]]; then
  "${sudo[@]}" apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
fi

svg=assets/icon/leio-journal.svg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# librsvg draws the SVG at each size itself (no blurry scaling of one large bitmap); 8-bit RGBA PNGs.
for size in 16 20 24 32 40 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --format png "$svg" --output "$work/$size.png"
done

# -strip: no creation-date chunks, so the same SVG gives the same bytes again.
/usr/bin/convert $(for s in 16 20 24 32 40 48 64 128 256; do echo "$work/$s.png"; done) -strip \
  assets/icon/leio-journal.ico

# png2icns would store 256..1024 as JPEG 2000; it makes only the classic RLE images and masks here, and the PNG
# chunks are appended as iconutil would write them (type, big-endian length including the 8-byte header, data).
png2icns "$work/classic.icns" "$work/16.png" "$work/32.png" "$work/48.png" "$work/128.png" >/dev/null
python3 - "$work" assets/icon/leio-journal.icns <<'PY'
import struct, sys
work, out = sys.argv[1], sys.argv[2]
classic = open(f"{work}/classic.icns", "rb").read()
assert classic[:4] == b"icns"
chunks = classic[8:struct.unpack(">I", classic[4:8])[0]]
for kind, size in [("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024),
                   ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]:
    png = open(f"{work}/{size}.png", "rb").read()
    chunks += kind.encode("ascii") + struct.pack(">I", len(png) + 8) + png
with open(out, "wb") as f:
    f.write(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)
PY

ls -la assets/icon/leio-journal.ico assets/icon/leio-journal.icns
