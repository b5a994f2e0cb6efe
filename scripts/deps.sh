#!/bin/sh
# Installs the Debian/Ubuntu packages that are missing for building (and, with --test, testing).
# Usage: scripts/deps.sh [--run | --test | --screenshot]
set -eu

BUILD_PACKAGES="cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
qt6-l10n-tools qt6-charts-dev qt6-svg-dev libqt6svg6 libqt6opengl6-dev libgl-dev libpcap-dev qt6-qpa-plugins"
# Only for running the window: Chinese glyphs and Qt's own zh_CN strings (OK, Cancel, ...).
RUN_PACKAGES="fonts-noto-cjk qt6-translations-l10n"
TEST_PACKAGES="iproute2 python3 tshark desktop-file-utils appstream xvfb xauth smcroute iperf nftables clang"
# For scripts/screenshot.sh: a virtual display, a pointer to click with and a grabber.
SCREENSHOT_PACKAGES="iproute2 nftables xvfb xauth xdotool imagemagick"

packages="$BUILD_PACKAGES"
case "${1:-}" in
    --test) packages="$packages $TEST_PACKAGES" ;;
    --run) packages="$packages $RUN_PACKAGES" ;;
    --screenshot) packages="$packages $RUN_PACKAGES $SCREENSHOT_PACKAGES" ;;
    "") ;;
    *) echo "usage: scripts/deps.sh [--run | --test | --screenshot]" >&2; exit 2 ;;
esac

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

# libFuzzer's runtime ships apart from clang on some releases (libclang-rt-N-dev).
fuzzer_runtime_missing() {
    command -v clang >/dev/null 2>&1 || return 1
    dir=$(clang -print-resource-dir)
    [ ! -e "$dir/lib/linux/libclang_rt.fuzzer-x86_64.a" ] && [ ! -e "$dir/lib/x86_64-pc-linux-gnu/libclang_rt.fuzzer.a" ]
}

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

install_fuzzer_runtime() {
    if [ "${1:-}" = "--test" ] && fuzzer_runtime_missing; then
        major=$(clang -dumpversion | cut -d. -f1)
        $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "libclang-rt-$major-dev" || true
    fi
}

if [ -z "$missing" ]; then
    install_fuzzer_runtime "${1:-}"
    exit 0
fi

echo "Installing missing packages:$missing"
# tshark asks whether non-root users may capture; answer no without a prompt.
echo "wireshark-common wireshark-common/install-setuid boolean false" | $SUDO debconf-set-selections 2>/dev/null || true
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
# shellcheck disable=SC2086
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
install_fuzzer_runtime "${1:-}"
