<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Doctor</name>
    <message>
        <location filename="../core/doctor.cpp" line="73"/>
        <source>pick an existing interface with -i (see `ip link`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="79"/>
        <source>interface %1 is down (no carrier or administratively down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="80"/>
        <source>bring it up: ip link set %1 up, and check the cable or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="85"/>
        <source>interface %1 is not multicast-capable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="86"/>
        <source>turn multicast on: ip link set %1 multicast on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="90"/>
        <source>interface %1 is up and multicast-capable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="96"/>
        <source>no interface is up, running and multicast-capable with an %1 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="98"/>
        <source>bring an interface up and give it an address, or enable multicast on it (ip link set DEV multicast on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="107"/>
        <source>multicast-capable interfaces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="116"/>
        <source>use a group from 239.0.0.0/8 (IPv4) or ff15::/16 (IPv6) for tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="119"/>
        <source>%1 is source-specific: receivers get nothing unless they name the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="121"/>
        <source>join with the sender&apos;s address (-s ADDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="124"/>
        <source>%1 is a good test group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="164"/>
        <source>no route for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="165"/>
        <source>receiving on -i %1 works without a route; senders need -i too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="166"/>
        <source>choose the interface with -i, or add a route: ip route add %1 dev DEV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="176"/>
        <source>the route for %1 leads out of %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="178"/>
        <source>senders on this host must pass -i %1 to use that interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="181"/>
        <source>the kernel has a route for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="182"/>
        <source>the route for %1 leads out of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="186"/>
        <source>the route goes via the router %1, but TTL %2 never crosses a router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="189"/>
        <source>send with a TTL of at least the number of routers plus one (-t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="192"/>
        <source>TTL 1 keeps packets on the local link: fine when sender and receiver share it; to cross N routers send with -t N+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="194"/>
        <source>TTL %1 crosses up to %2 routers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="213"/>
        <source>reverse-path filtering is off or loose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="217"/>
        <source>strict reverse-path filtering on %1: packets from sources that are not routed back through the same interface are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="219"/>
        <source>set loose mode: sysctl -w net.ipv4.conf.all.rp_filter=2 net.ipv4.conf.%1.rp_filter=2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="235"/>
        <source>%1 forces %2v%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="243"/>
        <source>no %1 version is forced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="246"/>
        <source>source-specific joins need IGMPv3 / MLDv2: set force_%1_version to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="248"/>
        <source>a forced old version is usually a workaround for an old switch; set it to 0 unless that is intended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="294"/>
        <source>firewall not checked: neither nft nor %1 is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="295"/>
        <source>install nftables to let the doctor read the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="298"/>
        <source>firewall rules could not be read (reading them needs root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="299"/>
        <source>run the doctor as root to check the firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="302"/>
        <source>no firewall rule drops UDP port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="305"/>
        <source>firewall rules that may drop the traffic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="306"/>
        <source>allow UDP port %1 from the sender, e.g. nft add rule inet filter input udp dport %1 accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="326"/>
        <source>no other socket on this host uses UDP port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/doctor.cpp" line="329"/>
        <source>%n other socket(s) on this host already use UDP port %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="331"/>
        <source>fine if they share the port; if one holds it exclusively, binding fails: see `ss -ulpn sport = :%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="342"/>
        <source>another program holds the port exclusively; stop it or use another port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="362"/>
        <source>fix the interface or route above, or raise net.ipv4.igmp_max_memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="370"/>
        <source>the test join succeeded but the kernel lists no membership for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="372"/>
        <source>check that the interface is up and not in a bridge port state that blocks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="375"/>
        <source>the kernel lists the membership of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="387"/>
        <source>packets arrive: the first came from %1 with TTL %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="392"/>
        <source>no packet for %1 within %2 s after joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="393"/>
        <source>is a sender running? Senders on this host need loopback on; senders elsewhere need a TTL above the number of routers in between</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="28"/>
        <source>Check this host for the usual reasons multicast does not arrive: interface, route, reverse-path filter, IGMP/MLD version, firewall, port users, kernel membership after a test join, and traffic.
Exit status: 0 nothing failed, 1 a check failed, 2 bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="32"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="34"/>
        <source>Check this interface (default: every multicast-capable one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="35"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="37"/>
        <source>Source-specific join from this sender (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="38"/>
        <source>ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="40"/>
        <source>The TTL your sender uses (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="40"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="43"/>
        <source>Seconds to listen for packets after joining (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="44"/>
        <source>SECS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="45"/>
        <source>One JSON object per check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="47"/>
        <source>The group to check, e.g. 239.1.2.3:5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="53"/>
        <source>%1 (see mctester doctor --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="61"/>
        <source>doctor needs one GROUP:PORT, e.g. mctester doctor 239.1.2.3:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="73"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="89"/>
        <source>wait &quot;%1&quot; is not valid; use seconds from 0 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="100"/>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="101"/>
        <source>WARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="102"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="105"/>
        <source>      fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <location filename="../core/endpoint.cpp" line="53"/>
        <source>%1: &quot;%2&quot; is not an IP address; expected e.g. 192.0.2.10 or 2001:db8::10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="62"/>
        <source>group:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="65"/>
        <source>%1 is empty; expected e.g. 239.1.2.3:5000 or [ff15::1]:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="73"/>
        <source>%1 &quot;%2&quot;: missing &quot;]&quot; after the IPv6 address; expected e.g. [ff15::1]:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="79"/>
        <source>%1 &quot;%2&quot;: missing port; expected e.g. [ff15::1]:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="85"/>
        <source>%1 &quot;%2&quot;: missing port; expected e.g. 239.1.2.3:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="90"/>
        <source>%1 &quot;%2&quot;: put IPv6 addresses in brackets, e.g. [ff15::1]:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="97"/>
        <source>%1 &quot;%2&quot;: &quot;%3&quot; is not an IP address; expected e.g. 239.1.2.3:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="101"/>
        <source>%1 &quot;%2&quot;: %3 is not a multicast address; use 224.0.0.0/4 (239.0.0.0/8 for tests) or ff00::/8 (e.g. ff15::1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="113"/>
        <source>%1 &quot;%2&quot;: port &quot;%3&quot; is not valid; use a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="123"/>
        <source>224.0.0.1 is reserved for all-hosts: every host on the link receives it; use 239.0.0.0/8 for tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="127"/>
        <source>%1 is in 224.0.0.0/24, reserved for link-local protocols (routers never forward it and TTL is ignored); use 239.0.0.0/8 for tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="132"/>
        <source>%1 lies in a range assigned to Internet protocols (224/8, 233/8); use 239.0.0.0/8 for tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="141"/>
        <source>%1 has interface-local scope (ff01::/16): it never leaves this host; use e.g. ff15::1 for tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="146"/>
        <source>%1 has link-local scope (ff02::/16): routers never forward it and it is used by neighbour discovery and other link protocols; use e.g. ff15::1 for tests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <location filename="../ui/guioptions.cpp" line="30"/>
        <source>mctester: %1
Try &apos;mctester --help&apos; for the options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="114"/>
        <source>Multicast Tester: send, receive and measure IP multicast.
Without a command it opens the window. Commands for scripts and terminals:
  mctester send GROUP:PORT [options]       send datagrams (see mctester send --help)
  mctester recv GROUP:PORT ... [options]   receive and print (see mctester recv --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="120"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="122"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="125"/>
        <source>Join this group at start, e.g. 239.1.2.3:5000 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="126"/>
        <source>GROUP:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="128"/>
        <source>Join on this interface, and send from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="129"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="132"/>
        <source>Interface language: en or zh_CN (default: the saved choice, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="134"/>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="136"/>
        <source>[send|recv]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="137"/>
        <source>Run a command without the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="152"/>
        <source>unknown command &quot;%1&quot;; the commands are send and recv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="160"/>
        <source>--lang &quot;%1&quot; is not offered; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interfaces</name>
    <message>
        <location filename="../core/interfaces.cpp" line="86"/>
        <source>interface &quot;%1&quot; does not exist; this host has: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MulticastSocket</name>
    <message>
        <location filename="../core/multicastsocket.cpp" line="44"/>
        <source>the interface is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="46"/>
        <source>no interface to join on: there is no multicast route for the group; choose an interface (-i) or add a route, e.g. ip -6 route add ff00::/8 dev eth0 table local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="49"/>
        <source>no interface to join on: there is no multicast route for the group; choose an interface (-i) or add a route, e.g. ip route add 224.0.0.0/4 dev eth0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="52"/>
        <source>this socket has already joined the group on that interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="53"/>
        <source>another program holds the port exclusively; stop it or pick another port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="55"/>
        <source>the kernel refused more memberships; raise net.ipv4.igmp_max_memberships (or igmp_max_msf for source filters) or leave some groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="59"/>
        <source>permission denied; ports below 1024 need privileges, and a firewall may refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="61"/>
        <source>the kernel refused the request; check that the source suits the group&apos;s family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="63"/>
        <source>the group was not joined on that interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="64"/>
        <source>the address is not available on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="73"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="132"/>
        <source>cannot create a UDP socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="156"/>
        <source>cannot bind UDP port %1 (IPv6): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="168"/>
        <source>cannot bind UDP port %1 (IPv4): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="211"/>
        <source>cannot join %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="211"/>
        <source>cannot leave %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="224"/>
        <source>%1 from source %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="244"/>
        <source>%1 excluding source %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <location filename="../cli/output.cpp" line="38"/>
        <source>mctester: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/output.cpp" line="43"/>
        <source>mctester: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receiver</name>
    <message>
        <location filename="../core/receiver.cpp" line="40"/>
        <source> from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="47"/>
        <source> except %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="50"/>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="86"/>
        <source>%1 is already joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="93"/>
        <source>source %1 is not of the group&apos;s address family (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="119"/>
        <source>receive buffer: asked for %1 bytes, the kernel granted %2; raise net.core.rmem_max to avoid drops at high rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="140"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="184"/>
        <source>route&apos;s interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="205"/>
        <source>interface %1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="236"/>
        <source>no interface left to receive on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="239"/>
        <source>%1 is not receiving: %2; it is joined again when the interface returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="246"/>
        <source>%1 is receiving again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="247"/>
        <source>%1 joined again on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="319"/>
        <source>receive error on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="489"/>
        <source>&quot;%1&quot; is already being recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <location filename="../core/recorder.cpp" line="63"/>
        <source>cannot start a pcap file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/recorder.cpp" line="71"/>
        <location filename="../core/recorder.cpp" line="125"/>
        <location filename="../core/recorder.cpp" line="139"/>
        <location filename="../core/recorder.cpp" line="170"/>
        <location filename="../core/recorder.cpp" line="205"/>
        <location filename="../core/recorder.cpp" line="215"/>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/recorder.cpp" line="274"/>
        <source>no file name given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recv</name>
    <message>
        <location filename="../cli/recvcommand.cpp" line="67"/>
        <source>recording stopped after %1 packets: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="70"/>
        <source>recorded %1 packets to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="98"/>
        <source>joined %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="99"/>
        <source>joined %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="192"/>
        <source>--- %1 packets, %2 bytes in %3 s, %4 dropped by the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="201"/>
        <source>  replies sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="224"/>
        <source>Join multicast groups and print every packet received, then a summary.
Exit status: 0 done, 1 nothing or too little received before the timeout,
2 bad usage, 3 network error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="227"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="229"/>
        <source>Join on this interface only (default: every multicast-capable one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="230"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="232"/>
        <source>Stop after N packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="232"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="234"/>
        <source>Stop after SECS seconds; exit 1 if too little arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="235"/>
        <source>SECS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="237"/>
        <source>Answer every packet by unicast to its sender: probe packets get an MCTR reply, plain ones TEXT ({host}, {seq}, {time} expand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="239"/>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="240"/>
        <source>One JSON object per line per packet, then a summary object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="241"/>
        <source>Print the summary only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="243"/>
        <source>Source-specific join: accept only this source (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="244"/>
        <location filename="../cli/recvcommand.cpp" line="246"/>
        <source>ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="246"/>
        <source>Refuse packets from this source (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="248"/>
        <source>Socket receive buffer (default 8M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="248"/>
        <location filename="../cli/recvcommand.cpp" line="250"/>
        <source>BYTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="250"/>
        <source>Keep at most BYTES of each payload (default 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="252"/>
        <source>Record every packet to a pcap file (Wireshark, tshark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="253"/>
        <location filename="../cli/recvcommand.cpp" line="255"/>
        <location filename="../cli/recvcommand.cpp" line="257"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="254"/>
        <source>Record every packet to a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="256"/>
        <source>Record every packet to a JSON Lines file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="261"/>
        <source>Groups to join, e.g. 239.1.2.3:5000 [ff15::1]:5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="262"/>
        <source>GROUP:PORT [GROUP:PORT ...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="268"/>
        <source>%1 (see mctester recv --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="287"/>
        <source>recv needs at least one GROUP:PORT, e.g. mctester recv 239.1.2.3:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="293"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="301"/>
        <source>excluded source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="309"/>
        <source>use either --source or --exclude-source for a group, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="323"/>
        <source>%1 is a source-specific group: name the sender with -s ADDR, or nothing may arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="339"/>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="358"/>
        <source>snaplen &quot;%1&quot; is not valid; use bytes from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <location filename="../core/replytable.cpp" line="102"/>
        <source>reply from %1  host %2  seq %3  received %4  lost %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replytable.cpp" line="108"/>
        <source>  rtt %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/replytable.cpp" line="112"/>
        <source>reply from %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Send</name>
    <message>
        <location filename="../cli/sendcommand.cpp" line="80"/>
        <source>%1 packets/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="81"/>
        <source>every %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="82"/>
        <source>sending to %1 %2, TTL %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="85"/>
        <source>, probe stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/sendcommand.cpp" line="94"/>
        <source>sent %n packet(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="157"/>
        <source>--- sent %1 packets, %2 bytes to %3 in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="163"/>
        <source>--- %1 replies from %2 receivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="167"/>
        <source>  host %1  received %2  lost %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="172"/>
        <source>  replies %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="174"/>
        <source>  rtt %1/%2/%3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="204"/>
        <source>Send datagrams to a multicast group.
Placeholders in the message: {seq} sequence number, {time} send time, {host} host name.
Exit status: 0 done, 2 bad usage, 3 network error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="207"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="209"/>
        <source>Send out of this interface (default: the route&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="210"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="212"/>
        <source>TTL / hop limit, 0-255 (default 1: this link only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="213"/>
        <location filename="../cli/sendcommand.cpp" line="219"/>
        <location filename="../cli/sendcommand.cpp" line="230"/>
        <location filename="../cli/sendcommand.cpp" line="233"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="214"/>
        <source>Milliseconds between packets (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="215"/>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="216"/>
        <source>Packets per second (overrides --interval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="217"/>
        <source>PPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="219"/>
        <source>Send N packets, then stop (default: until Ctrl-C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="221"/>
        <source>Text payload with placeholders (default &quot;hello from {host} #{seq}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="222"/>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="223"/>
        <source>Payload as hex bytes, e.g. &quot;de ad be ef&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="224"/>
        <source>HEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="225"/>
        <source>Payload read from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="225"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="227"/>
        <source>Put the mctester probe header (stream id, sequence, send time) in front of the payload, for loss and latency statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="229"/>
        <source>Send from this UDP port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="232"/>
        <source>Send from this local address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="232"/>
        <source>ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="233"/>
        <source>DSCP / traffic class, 0-63.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="235"/>
        <source>Do not deliver the packets to receivers on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="237"/>
        <source>After the last packet, wait SECS for unicast replies and list every receiver that answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="239"/>
        <source>SECS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="240"/>
        <source>Print replies, receivers and the summary as JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="241"/>
        <source>Print the summary only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="244"/>
        <source>Destination, e.g. 239.1.2.3:5000 or [ff15::1]:5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="250"/>
        <source>%1 (see mctester send --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="260"/>
        <source>send needs one GROUP:PORT, e.g. mctester send 239.1.2.3:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="261"/>
        <source>send takes one GROUP:PORT, got %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="307"/>
        <source>choose one payload: --message, --hex or --file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="325"/>
        <source>source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="335"/>
        <source>DSCP &quot;%1&quot; is not valid; use 0 to 63 (e.g. 46 for EF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="340"/>
        <source>replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="346"/>
        <source>--replies waits after the last packet: give a --count as well</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sender</name>
    <message>
        <location filename="../core/sender.cpp" line="39"/>
        <source>no route for the group: choose an interface (-i) or add a multicast route (ip -6 route add ff00::/8 dev eth0 table local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="41"/>
        <source>no route for the group: choose an interface (-i) or add a multicast route (ip route add 224.0.0.0/4 dev eth0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="44"/>
        <source>the datagram is larger than the interface allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="47"/>
        <source>a firewall rule refused the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="49"/>
        <source>the source address is not on the outgoing interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="90"/>
        <source>group:port: choose a multicast group and port, e.g. 239.1.2.3:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="93"/>
        <source>TTL %1 is not valid; use 0 to 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="96"/>
        <source>interval must be greater than 0 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="99"/>
        <source>count must be 0 (until stopped) or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="102"/>
        <source>source address %1 is not of the group&apos;s address family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="134"/>
        <source>cannot bind %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="146"/>
        <source>cannot set TTL/loopback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="152"/>
        <source>cannot set DSCP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="173"/>
        <source>cannot send from interface %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="204"/>
        <source>payload of %1 bytes is larger than a UDP datagram holds (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="333"/>
        <source>cannot send to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="335"/>
        <source>; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/validation.cpp" line="27"/>
        <location filename="../core/validation.cpp" line="38"/>
        <source>%1 &quot;%2&quot; is not valid; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="62"/>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="63"/>
        <source>use a whole number from 0 to 255 (1 stays on the local link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="69"/>
        <source>source port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="70"/>
        <source>use a number from 1 to 65535, or 0 for any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="76"/>
        <source>interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="77"/>
        <source>use milliseconds greater than 0 and at most 86400000 (one day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="82"/>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="83"/>
        <source>use packets per second greater than 0 and at most 10000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="88"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="90"/>
        <source>use a whole number of packets, 0 for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="91"/>
        <source>use a whole number of packets, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="97"/>
        <source>use seconds greater than 0 and at most 2592000 (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="118"/>
        <source>receive buffer &quot;%1&quot; is not valid; use bytes from 4096 to 1073741824, optionally with K or M (e.g. 8M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="135"/>
        <source>hex payload: lone digit before position %1; write each byte as two digits, e.g. 0a ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="147"/>
        <source>hex payload: &quot;%1&quot; at position %2 is not a hex digit; use 0-9 and a-f, e.g. de ad be ef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="160"/>
        <source>hex payload: odd number of hex digits; write each byte as two digits, e.g. 0a ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="164"/>
        <source>hex payload: %1 bytes is more than a UDP datagram holds (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="175"/>
        <source>payload file: no path given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="180"/>
        <source>payload file &quot;%1&quot; is a directory; give a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="183"/>
        <location filename="../core/validation.cpp" line="193"/>
        <source>payload file &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="188"/>
        <source>payload file &quot;%1&quot; is larger than a UDP datagram holds (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mct::ui::EndpointCombo</name>
    <message>
        <location filename="../ui/endpointcombo.cpp" line="17"/>
        <source>e.g. 239.1.2.3:5000 or [ff15::1]:5000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mct::ui::InterfaceCombo</name>
    <message>
        <location filename="../ui/interfacecombo.cpp" line="32"/>
        <source>%1 (not present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interfacecombo.cpp" line="35"/>
        <source>This interface does not exist on this host now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interfacecombo.cpp" line="61"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interfacecombo.cpp" line="63"/>
        <source>%1 (no multicast)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mct::ui::JoinedGroupsModel</name>
    <message>
        <location filename="../ui/joinedgroupsmodel.cpp" line="134"/>
        <source>%1: packets received: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/joinedgroupsmodel.cpp" line="149"/>
        <source>Group:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/joinedgroupsmodel.cpp" line="151"/>
        <source>Joined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/joinedgroupsmodel.cpp" line="153"/>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mct::ui::MainWindow</name>
    <message>
        <location filename="../app/main.cpp" line="42"/>
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <source>Multicast Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>Streams and their statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>&amp;Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>Packet rate and loss over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Strea&amp;ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>Loss, duplicates, reordering, jitter and latency per sender and group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>&amp;Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>&amp;About Multicast Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>Joined %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Joined %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>Cannot join %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>Left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>Strea&amp;ms (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>Sending failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="310"/>
        <source>&lt;h3&gt;Multicast Tester %1&lt;/h3&gt;&lt;p&gt;Send, receive and measure IP multicast: who hears whom, with loss, latency and jitter. The same engine runs headless as &lt;tt&gt;mctester send&lt;/tt&gt; and &lt;tt&gt;mctester recv&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>About Multicast Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>The new language applies the next time Multicast Tester starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mct::ui::MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="41"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagebar.cpp" line="52"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagebar.cpp" line="53"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagebar.cpp" line="69"/>
        <source>%1 (×%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mct::ui::PacketDetails</name>
    <message>
        <location filename="../ui/packetdetails.cpp" line="25"/>
        <source>Packet details and hex dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="34"/>
        <source>Select a packet to see its bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="46"/>
        <source>Packet #%1, received %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="50"/>
        <source>From %1 to %2 on %3, TTL %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="53"/>
        <source>unknown interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="54"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="55"/>
        <source>Size %1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="57"/>
        <source>%1, of which %2 B kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="59"/>
        <source>%1, format: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="61"/>
        <source>Stream %1, sequence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="63"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="65"/>
        <source>, sent %1 (one-way %2 ms; needs synchronised clocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="75"/>
        <source>Payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mct::ui::PacketTableModel</name>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="259"/>
        <source>Interface %1 (index %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="263"/>
        <source>%1 bytes on the wire, %2 kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="264"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="267"/>
        <source>%1 payload: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="282"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="284"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="286"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="288"/>
        <source>Group:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="290"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="292"/>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="294"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="296"/>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="298"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="306"/>
        <source>Running packet number since the window opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="308"/>
        <source>Receive time, local wall clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="310"/>
        <source>TTL or hop limit the packet arrived with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="312"/>
        <source>UDP payload size in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="314"/>
        <source>Sequence number from a recognised header (probe, iperf2, RTP, mcjoin)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mct::ui::PacketView</name>
    <message>
        <location filename="../ui/packetview.cpp" line="76"/>
        <location filename="../ui/packetview.cpp" line="265"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="77"/>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="78"/>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="88"/>
        <source>Freeze the table; packets keep arriving and are counted, and appear on resume (Ctrl+P, or Space in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="92"/>
        <source>Remove every row from the table (Ctrl+L); counters keep counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="107"/>
        <source>Filter by source, group or payload text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="109"/>
        <source>Packet filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="110"/>
        <source>Shows only packets whose source, group:port or payload contains this text (not case-sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="120"/>
        <source>Table state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="166"/>
        <source>Received packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="265"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="322"/>
        <source>Paused · waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="337"/>
        <source>No packet matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="339"/>
        <source>Paused. New packets appear when you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="341"/>
        <source>No packets yet.
Join a group on the left (Ctrl+J); its packets appear here as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mct::ui::PayloadEditor</name>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="49"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="50"/>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="51"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="52"/>
        <source>Payload type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="53"/>
        <source>What each datagram carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="55"/>
        <source>Payload text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="56"/>
        <source>hello from {host} #{seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="57"/>
        <source>Payload hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="58"/>
        <source>de ad be ef 00 01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="64"/>
        <source>Payload file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="65"/>
        <source>File to send as the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="66"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="67"/>
        <source>Choose payload file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="146"/>
        <source>payload text: %1 bytes is more than a UDP datagram holds (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="150"/>
        <source>Placeholders: {seq} sequence number, {time} send time, {host} host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="155"/>
        <source>Payload size: %1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="161"/>
        <source>Payload size: %1 B, the file as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="179"/>
        <source>Payload File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mct::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="18"/>
        <source>Re&amp;join the groups joined at exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="20"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="24"/>
        <source> rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="25"/>
        <source>Packet table capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="26"/>
        <source>Rejoin groups at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="29"/>
        <source>The table keeps the newest rows and drops the oldest; counters and statistics always cover every packet. About 200 bytes per row plus the payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="36"/>
        <source>Packet table &amp;keeps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="38"/>
        <source>At start:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mct::ui::RateChart</name>
    <message>
        <location filename="../ui/ratechart.cpp" line="37"/>
        <source>packets/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="40"/>
        <source>lost per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="49"/>
        <source>Rate chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="99"/>
        <source>%1 lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mct::ui::ReceiverPane</name>
    <message>
        <location filename="../ui/receiverpane.cpp" line="38"/>
        <source>All multicast interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="41"/>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="42"/>
        <source>&amp;Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="45"/>
        <source>Repl&amp;y to senders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="54"/>
        <source>Receiving interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="55"/>
        <source>Interface to join on; by default every multicast-capable interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="56"/>
        <source>Group and port to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="57"/>
        <source>Multicast group and UDP port to receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="65"/>
        <source>Leave the selected group (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="75"/>
        <source>Joined groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="84"/>
        <source>Reply mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="86"/>
        <source>Answer every packet by unicast to its sender, so the sender sees who hears it; probe packets get a reply with the loss count, plain packets this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="89"/>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="90"/>
        <source>Answer to plain packets; {host}, {seq} and {time} expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="97"/>
        <source>&amp;Interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="101"/>
        <source>&amp;Group:port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="109"/>
        <source>Joined groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="149"/>
        <source>Join the group and show its packets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="151"/>
        <source>Cannot join: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="188"/>
        <source>Leave &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mct::ui::ReplyModel</name>
    <message>
        <location filename="../ui/replymodel.cpp" line="55"/>
        <source>(plain reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="63"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="82"/>
        <source>Round trip min/avg/max: %1 / %2 / %3 ms (replies measured: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="89"/>
        <source>The receiver reports %1 received and %2 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="111"/>
        <source>Packets the receiver reports lost (probe replies only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="113"/>
        <source>Average round-trip time of probe replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="115"/>
        <source>The last plain-text reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="125"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="127"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="129"/>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="131"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="133"/>
        <source>RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="135"/>
        <source>Last text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mct::ui::SenderPane</name>
    <message>
        <location filename="../ui/senderpane.cpp" line="50"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="57"/>
        <source>Loop&amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="58"/>
        <source>Add probe h&amp;eader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="60"/>
        <source>Send &amp;Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="61"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="62"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="118"/>
        <source>Sending interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="120"/>
        <source>Interface the datagrams leave by; the system default follows the multicast route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="121"/>
        <source>Destination group and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="122"/>
        <source>Multicast group and UDP port to send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="125"/>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="126"/>
        <source>Time to live / hop limit: 1 stays on this link, 0 on this host; each router lowers it by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="129"/>
        <source>Interval in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="130"/>
        <source>Milliseconds between packets; fractions allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="132"/>
        <source>Packet count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="133"/>
        <source>Packets to send after Start; 0 sends until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="134"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="135"/>
        <source>Source port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="136"/>
        <source>UDP port to send from; empty or 0 picks a free one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="138"/>
        <source>Loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="139"/>
        <source>Also deliver the packets to receivers on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="140"/>
        <source>Add probe header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="142"/>
        <source>Put the mctester probe header (stream id, sequence, send time) in front of the payload, so receivers measure loss and latency and can reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="146"/>
        <source>I&amp;nterface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="148"/>
        <source>Gr&amp;oup:port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="157"/>
        <source>So&amp;urce port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="151"/>
        <source>TT&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="153"/>
        <source>Inter&amp;val (ms):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="155"/>
        <source>&amp;Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="164"/>
        <source>P&amp;ayload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="177"/>
        <source>Sent packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="191"/>
        <source>Replies (who hears me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="192"/>
        <source>Receivers in reply mode answer each packet by unicast; probe replies carry their loss count and give the round-trip time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="195"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="197"/>
        <source>Clear replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="206"/>
        <source>Receivers that replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="276"/>
        <source>Cannot send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="281"/>
        <source>Send one datagram now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="285"/>
        <source>Send at the interval until the count is reached or Stop (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="288"/>
        <source>Stop sending (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="324"/>
        <source>Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="326"/>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="329"/>
        <source> · errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mct::ui::StatusSummary</name>
    <message>
        <location filename="../ui/statussummary.cpp" line="16"/>
        <source>%1 Gbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="19"/>
        <source>%1 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="22"/>
        <source>%1 kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="24"/>
        <source>%1 bit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="35"/>
        <source>Packets received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="35"/>
        <source>Packets and bytes received on every joined group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="37"/>
        <source>Receive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="37"/>
        <source>Packets per second over the last moment, all streams together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="39"/>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="39"/>
        <source>Distinct senders per group (source address and port, probe run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="40"/>
        <source>Packets lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="41"/>
        <source>Gaps in sequence numbers, summed over every stream that has them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="43"/>
        <source>Kernel drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="43"/>
        <source>Packets the kernel dropped because the socket buffer was full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="44"/>
        <source>Table rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="44"/>
        <source>Rows shown / rows kept in the table (capacity); older rows are dropped from the table, never from the counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="84"/>
        <source>Received: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="86"/>
        <source>%1 pkt/s · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="87"/>
        <source>Streams: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="88"/>
        <source>Lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="89"/>
        <source>Kernel drops: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="97"/>
        <source>Showing %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="99"/>
        <source>%1 / %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mct::ui::StreamStatsModel</name>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="56"/>
        <source>Packets missing from the sequence; with a planned count, also those that never came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="58"/>
        <source>Packets that arrived after a higher sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="60"/>
        <source>Interarrival jitter (RFC 3550), from the sender&apos;s timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="62"/>
        <source>One-way latency: minimum / average / maximum. Only meaningful when the sender&apos;s and this host&apos;s clocks are synchronised (NTP, PTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="65"/>
        <source>Time from joining the group to the first packet of this stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="75"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="77"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="79"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="81"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="83"/>
        <source>Packets/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="85"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="87"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="89"/>
        <source>Loss %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="91"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="93"/>
        <source>Reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="95"/>
        <source>Jitter (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="97"/>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="99"/>
        <source>Join → first (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="115"/>
        <source>This stream ended: the sender restarted (its sequence started again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="125"/>
        <source>%1 (ended)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
