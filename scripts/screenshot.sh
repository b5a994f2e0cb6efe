#!/usr/bin/env bash
# Takes docs/screenshot.png: the window receiving live traffic sent from a second network namespace
# while it records to a file; then docs/screenshot-streams.png (the Streams tab with its rate chart)
# and docs/screenshot-doctor.png (the "Why no packets?" dialog).
#
# Two namespaces on a snooping bridge in a third that is the IGMP/MLD querier (everything named
# mcshot*), Xvfb on :99, mctester in the receiving namespace joined to three groups, `mctester send`
# in the other one (text, probe, binary, IPv6), replying receivers on both sides so the Replies list
# shows who answered; a firewall rule cuts one stream for three seconds (an outage). Nothing touches
# the host's own network. Needs root; installs iproute2, nftables, Xvfb, xdotool and ImageMagick if
# missing (scripts/deps.sh --screenshot).
#
# Usage: scripts/screenshot.sh [BUILD_DIR [WIDTHxHEIGHT]]   (default: build/dev at 1366x768)
# At any other size the files are named for it (docs/screenshot-1024x700.png, ...), without the doctor.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/dev}
bin=$build/app/mctester
size=${2:-1366x768}
[[ $size =~ ^[0-9]+x[0-9]+$ ]] || { echo "screenshot.sh: size must be WIDTHxHEIGHT, not '$size'" >&2; exit 2; }
out=$root/docs/screenshot.png
out_streams=$root/docs/screenshot-streams.png
out_doctor=$root/docs/screenshot-doctor.png
if [[ $size != 1366x768 ]]; then
    out=$root/docs/screenshot-$size.png
    out_streams=$root/docs/screenshot-streams-$size.png
    out_doctor=""
fi
display=:99
ns_rx=mcshot-rx
ns_tx=mcshot-tx
ns_sw=mcshot-sw
veth_rx=mcshot0
veth_tx=mcshot1

[[ $(id -u) -eq 0 ]] || { echo "screenshot.sh: network namespaces need root" >&2; exit 2; }
missing_tool() {
    local tool
    for tool in ip nft Xvfb xdotool import unshare; do
        command -v "$tool" >/dev/null || { echo "$tool"; return; }
    done
}
[[ -z $(missing_tool) ]] || "$root/scripts/deps.sh" --screenshot # Xvfb, xdotool, ImageMagick, CJK fonts
missing=$(missing_tool)
[[ -z $missing ]] || { echo "screenshot.sh: $missing is missing" >&2; exit 2; }
[[ -x $bin ]] || { echo "screenshot.sh: no $bin; build first (cmake --build $build)" >&2; exit 2; }

work=$(mktemp -d /tmp/mcshot.XXXXXX)
pids=()

cleanup() {
    set +e
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null
    done
    for ns in "$ns_rx" "$ns_tx" "$ns_sw"; do
        # Anything still running in our namespaces was started by this script.
        for pid in $(ip netns pids "$ns" 2>/dev/null); do
            kill "$pid" 2>/dev/null
        done
    done
    sleep 0.3
    ip netns del "$ns_rx" 2>/dev/null
    ip netns del "$ns_tx" 2>/dev/null
    ip netns del "$ns_sw" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# Leftovers of an interrupted run.
ip netns del "$ns_rx" 2>/dev/null || true
ip netns del "$ns_tx" 2>/dev/null || true
ip netns del "$ns_sw" 2>/dev/null || true

# --- the network: rx 10.77.0.1 / fd77::1 and tx 10.77.0.2 / fd77::2 on a switch (10.77.0.254) -------
# The switch snoops IGMP and MLD and is their querier, every 10 s: the window's joined groups show it.
ip netns add "$ns_rx"
ip netns add "$ns_tx"
ip netns add "$ns_sw"
ip -n "$ns_sw" link add br0 type bridge mcast_snooping 1 mcast_querier 1 mcast_query_use_ifaddr 1 \
    mcast_igmp_version 3 mcast_mld_version 2 mcast_query_interval 1000 mcast_startup_query_interval 100
ip -n "$ns_sw" link set lo up
ip -n "$ns_sw" link set br0 up
ip -n "$ns_sw" addr add 10.77.0.254/24 dev br0
ip link add "$veth_rx" netns "$ns_rx" type veth peer name swrx netns "$ns_sw"
ip link add "$veth_tx" netns "$ns_tx" type veth peer name swtx netns "$ns_sw"
ip -n "$ns_sw" link set swrx master br0 up
ip -n "$ns_sw" link set swtx master br0 up
configure() { # namespace interface v4 v6
    ip -n "$1" link set lo up
    ip netns exec "$1" sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
    ip -n "$1" addr add "$3/24" dev "$2"
    ip -n "$1" addr add "$4/64" dev "$2" nodad
    ip -n "$1" link set "$2" up
    ip -n "$1" route add 224.0.0.0/4 dev "$2"
}
configure "$ns_rx" "$veth_rx" 10.77.0.1 fd77::1
configure "$ns_tx" "$veth_tx" 10.77.0.2 fd77::2

# Runs a command in a namespace under its own host name (what MCTR replies report).
in_ns() { # namespace hostname command...
    local ns=$1 name=$2
    shift 2
    ip netns exec "$ns" unshare --uts sh -c 'hostname "$0"; exec "$@"' "$name" "$@"
}

# --- the display and the window ---------------------------------------------------------------------
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=$display
for _ in $(seq 50); do
    xdotool getdisplaygeometry >/dev/null 2>&1 && break
    sleep 0.1
done

# Fresh settings, so every run looks the same: what the Send pane shows and sends on F5.
export XDG_CONFIG_HOME=$work/config
mkdir -p "$XDG_CONFIG_HOME/mctester"
cat >"$XDG_CONFIG_HOME/mctester/mctester.conf" <<EOF
[sender]
interface=$veth_rx
group=239.1.2.9:5009
groupHistory=239.1.2.9:5009, 239.1.2.3:5000, [ff15::42]:5002
ttl=4
interval=400
count=0
probe=true
loopback=true
payloadMode=0
payloadText=ping {seq} from {host}

[receiver]
group=[ff15::42]:5002
groupHistory=239.1.2.3:5000, 239.1.2.4:5001, [ff15::42]:5002
EOF

in_ns "$ns_rx" lab-gw "$bin" --lang en -qwindowgeometry "$size+0+0" \
    --join 239.1.2.3:5000 --join 239.1.2.4:5001 --join '[ff15::42]:5002' --interface "$veth_rx" \
    >"$work/gui.log" 2>&1 &
pids+=($!)
window=""
for _ in $(seq 100); do
    window=$(xdotool search --name '^Multicast Tester$' 2>/dev/null | head -1) && [[ -n $window ]] && break
    sleep 0.1
done
[[ -n $window ]] || { echo "screenshot.sh: the window did not appear" >&2; cat "$work/gui.log" >&2; exit 1; }
sleep 1
focus_window() {
    for _ in $(seq 20); do
        xdotool windowactivate --sync "$window" 2>/dev/null && return
        xdotool windowfocus --sync "$window" 2>/dev/null && return
        sleep 0.2
    done
}
focus_window

# Record everything to a file (Ctrl+Shift+R opens the save dialog; its file name field has the focus).
xdotool key --window "$window" ctrl+shift+r
xdotool keyup r shift ctrl # the dialog took the focus mid-press: release the keys, or they repeat
sleep 1
xdotool key ctrl+a # and replace whatever that typed
xdotool type --delay 10 "$work/capture.pcap"
xdotool key Return
sleep 0.5

# --- traffic ----------------------------------------------------------------------------------------
# Receivers that answer: one beside the window (reached by loopback), one across the link.
in_ns "$ns_rx" lab-gw-probe "$bin" recv 239.1.2.9:5009 -i "$veth_rx" --reply 'pong from {host}' --quiet >/dev/null 2>&1 &
pids+=($!)
in_ns "$ns_tx" edge-7 "$bin" recv 239.1.2.9:5009 -i "$veth_tx" --reply 'pong from {host}' --quiet >/dev/null 2>&1 &
pids+=($!)
# A second one on that host (a container sharing its address): listed apart, by its port.
in_ns "$ns_tx" edge-8 "$bin" recv 239.1.2.9:5009 -i "$veth_tx" --reply 'pong from {host}' --quiet >/dev/null 2>&1 &
pids+=($!)

send() { in_ns "$ns_tx" sensor-a "$bin" send "$@" -i "$veth_tx" --quiet >/dev/null 2>&1; }
send 239.1.2.3:5000 -c 4 --interval 120 -m 'temperature=21.{seq} C, hall B'
send 239.1.2.4:5001 -c 3 --interval 100 --hex '47 40 11 10 00 42 f0 25 00 01 c1 00 00 e0 00 ff'
send 239.1.2.3:5000 -c 1 -m $'<b>not bold</b>\tline one\nline two'
send '[ff15::42]:5002' -c 3 --interval 120 -t 8 -m 'IPv6 hello #{seq}'
# Steady streams for the rates: a probe stream (loss and latency) and a plain one.
send 239.1.2.4:5001 --probe --interval 200 -m 'quote AAPL {seq}' &
pids+=($!)
send 239.1.2.3:5000 --interval 700 -m 'heartbeat {seq} from {host}' &
pids+=($!)
sleep 2.5

# The window starts its own probe stream (F5) to the replying receivers: "who hears me".
focus_window
xdotool key --window "$window" F5
sleep 3

# Pick a probe packet: filter the table, select the first row, clear the filter again.
xdotool key --window "$window" ctrl+f
xdotool type --window "$window" --delay 20 'quote'
sleep 0.6
xdotool mousemove --window "$window" 760 146 click 1
sleep 0.3
xdotool key --window "$window" ctrl+f BackSpace
sleep 1.2

mkdir -p "$(dirname "$out")"
import -window root "$out"
echo "wrote $out"

# The Streams tab: statistics per stream and the rate chart (a few more seconds of history first).
# Meanwhile the quote stream goes silent for three seconds: an outage in the tab, a mark on the chart.
xdotool key --window "$window" alt+m
sleep 1
ip netns exec "$ns_rx" nft -f - <<'NFT'
table inet mcshot { chain in { type filter hook input priority 0; udp dport 5001 drop; }; }
NFT
sleep 3
ip netns exec "$ns_rx" nft delete table inet mcshot
sleep 3
import -window root "$out_streams"
echo "wrote $out_streams"
xdotool key --window "$window" alt+p
[[ -n $out_doctor ]] || exit 0

# "Why no packets?" for the group in the Receive pane (Receive menu, Why No Packets?).
xdotool key --window "$window" alt+r
sleep 0.4
xdotool key w
doctor=""
for _ in $(seq 50); do
    doctor=$(xdotool search --name '^Why No Packets\?$' 2>/dev/null | head -1) && [[ -n $doctor ]] && break
    sleep 0.1
done
[[ -n $doctor ]] || { echo "screenshot.sh: the doctor dialog did not appear" >&2; exit 1; }
sleep 5 # the checks, including 3 s of listening for a packet
import -window "$doctor" "$out_doctor"
echo "wrote $out_doctor"
