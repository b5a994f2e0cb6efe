<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Doctor</name>
    <message>
        <location filename="../core/doctor.cpp" line="89"/>
        <source>pick an existing interface in the Interface list</source>
        <translation>在“接口”列表中选择一个存在的接口</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="90"/>
        <source>pick an existing interface with -i (see `ip link`)</source>
        <translation>用 -i 选择一个存在的接口（参见 `ip link`）</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="97"/>
        <source>interface %1 is down (no carrier or administratively down)</source>
        <translation>接口 %1 处于关闭状态（无载波或被管理员禁用）</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="98"/>
        <source>bring it up: ip link set %1 up, and check the cable or link</source>
        <translation>启用该接口：ip link set %1 up，并检查网线或链路</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="107"/>
        <source>interface %1 is the loopback without the MULTICAST flag: only this host&apos;s own senders reach it</source>
        <translation>接口 %1 是未设置 MULTICAST 标志的回环接口：只有本机自己的发送端能到达它</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="111"/>
        <source>to hear other hosts, choose the interface that faces them; ip link set %1 multicast on marks it capable</source>
        <translation>要接收其他主机的数据，请选择面向它们的接口；ip link set %1 multicast on 可将其标记为支持组播</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="120"/>
        <source>interface %1 is not multicast-capable</source>
        <translation>接口 %1 不支持组播</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="121"/>
        <source>turn multicast on: ip link set %1 multicast on</source>
        <translation>开启组播：ip link set %1 multicast on</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="125"/>
        <source>interface %1 is up and multicast-capable</source>
        <translation>接口 %1 已启用且支持组播</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="132"/>
        <source>no interface is up, running and multicast-capable with an %1 address</source>
        <translation>没有已启用、正在运行、支持组播且带有 %1 地址的接口</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="134"/>
        <source>bring an interface up and give it an address, or enable multicast on it (ip link set DEV multicast on)</source>
        <translation>启用一个接口并为其配置地址，或在其上开启组播（ip link set DEV multicast on）</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="144"/>
        <source>multicast-capable interfaces: %1</source>
        <translation>支持组播的接口：%1</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="154"/>
        <source>use a group from 239.0.0.0/8 (IPv4) or ff15::/16 (IPv6) for tests</source>
        <translation>测试请使用 239.0.0.0/8（IPv4）或 ff15::/16（IPv6）中的组播组</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="158"/>
        <source>%1 is source-specific: receivers get nothing unless they name the sender</source>
        <translation>%1 是源特定组播组：接收端不指定发送端就收不到任何数据</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="160"/>
        <source>join with the sender&apos;s address in the Sources field</source>
        <translation>在“源地址”栏中填写发送端地址后再加入</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="161"/>
        <source>join with the sender&apos;s address (-s ADDR)</source>
        <translation>加入时指定发送端地址（-s ADDR）</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="165"/>
        <source>%1 is a good test group</source>
        <translation>%1 适合用作测试组播组</translation>
    </message>
    <message>
        <location filename="../core/doctorroute.cpp" line="40"/>
        <location filename="../core/doctorroute.cpp" line="62"/>
        <source>no route for %1: %2</source>
        <translation>没有到 %1 的路由：%2</translation>
    </message>
    <message>
        <location filename="../core/doctorroute.cpp" line="42"/>
        <source>receiving on %1 works without a route; choose %1 as the sender&apos;s interface too</source>
        <translation>在 %1 上接收无需路由；发送端也请选择接口 %1</translation>
    </message>
    <message>
        <location filename="../core/doctorroute.cpp" line="44"/>
        <source>receiving on -i %1 works without a route; senders need -i too</source>
        <translation>使用 -i %1 接收无需路由；发送端也需要指定 -i</translation>
    </message>
    <message>
        <location filename="../core/doctorroute.cpp" line="52"/>
        <source>no route for %1, and receiving needs none: on All multicast interfaces the group is joined on each one (%2); a sender on this host needs its interface chosen, or a route</source>
        <translation>没有到 %1 的路由，但接收不需要路由：选择“所有组播接口”时，会在每个接口（%2）上分别加入该组播组；本机上的发送端则需要选择接口，或添加路由</translation>
    </message>
    <message>
        <location filename="../core/doctorroute.cpp" line="55"/>
        <source>no route for %1, and receiving needs none: without -i the group is joined on each multicast-capable interface (%2); a sender on this host needs -i, or a route</source>
        <translation>没有到 %1 的路由，但接收不需要路由：不指定 -i 时，会在每个支持组播的接口（%2）上分别加入该组播组；本机上的发送端则需要指定 -i，或添加路由</translation>
    </message>
    <message>
        <location filename="../core/doctorroute.cpp" line="67"/>
        <source>the route for %1 leads out of %2, not %3</source>
        <translation>到 %1 的路由出接口是 %2，而不是 %3</translation>
    </message>
    <message>
        <location filename="../core/doctorroute.cpp" line="70"/>
        <source>senders on this host must choose %1 as their interface to use it</source>
        <translation>本机上的发送端必须选择接口 %1 才能使用它</translation>
    </message>
    <message>
        <location filename="../core/doctorroute.cpp" line="72"/>
        <source>senders on this host must pass -i %1 to use that interface</source>
        <translation>本机上的发送端必须指定 -i %1 才能使用该接口</translation>
    </message>
    <message>
        <location filename="../core/doctorroute.cpp" line="78"/>
        <source>the kernel has a route for %1</source>
        <translation>内核中有到 %1 的路由</translation>
    </message>
    <message>
        <location filename="../core/doctorroute.cpp" line="79"/>
        <source>the route for %1 leads out of %2</source>
        <translation>到 %1 的路由出接口是 %2</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="218"/>
        <source>TTL 0 keeps packets on this host: only receivers on it get them</source>
        <translation>TTL 0 使数据包只留在本机：只有本机上的接收者能收到</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="219"/>
        <source>to reach other hosts on the link send with TTL 1 or more</source>
        <translation>要到达同一链路上的其他主机，请以 TTL 1 或更大值发送</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="220"/>
        <source>to reach other hosts on the link send with -t 1 or more</source>
        <translation>要到达同一链路上的其他主机，请用 -t 1 或更大值发送</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="224"/>
        <source>the route goes via the router %1, but TTL %2 never crosses a router</source>
        <translation>该路由经由路由器 %1，但 TTL %2 无法穿过任何路由器</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="227"/>
        <source>send with a TTL of at least the number of routers plus one</source>
        <translation>发送时 TTL 至少应为路由器数加一</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="228"/>
        <source>send with a TTL of at least the number of routers plus one (-t)</source>
        <translation>发送时 TTL 至少应为路由器数加一（-t）</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="234"/>
        <source>TTL 1 keeps packets on the local link: fine when sender and receiver share it; to cross N routers send with TTL N+1</source>
        <translation>TTL 1 使数据包只留在本地链路：发送端与接收端在同一链路上时没有问题；要穿过 N 个路由器，请用 TTL N+1 发送</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="237"/>
        <source>TTL 1 keeps packets on the local link: fine when sender and receiver share it; to cross N routers send with -t N+1</source>
        <translation>TTL 1 使数据包只留在本地链路：发送端与接收端在同一链路上时没有问题；要穿过 N 个路由器，请用 -t N+1 发送</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/doctor.cpp" line="240"/>
        <source>TTL %1 crosses up to %2 router(s)</source>
        <translation>
            <numerusform>TTL %1 最多可穿过 %2 个路由器</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="264"/>
        <source>reverse-path filtering is off or loose</source>
        <translation>反向路径过滤已关闭或处于宽松模式</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="268"/>
        <source>strict reverse-path filtering on %1: packets from sources that are not routed back through the same interface are dropped</source>
        <translation>%1 上启用了严格反向路径过滤：若到源地址的回程路由不经过同一接口，来自该源的数据包会被丢弃</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="272"/>
        <source>set loose mode: sysctl -w net.ipv4.conf.all.rp_filter=2 net.ipv4.conf.%1.rp_filter=2</source>
        <translation>设为宽松模式：sysctl -w net.ipv4.conf.all.rp_filter=2 net.ipv4.conf.%1.rp_filter=2</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="290"/>
        <source>%1 forces %2v%3</source>
        <translation>%1 强制使用 %2v%3</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="300"/>
        <source>no %1 version is forced</source>
        <translation>未强制指定 %1 版本</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="306"/>
        <source>source-specific joins need IGMPv3 / MLDv2: set force_%1_version to 0</source>
        <translation>源特定组播加入需要 IGMPv3 / MLDv2：请将 force_%1_version 设为 0</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="309"/>
        <source>a forced old version is usually a workaround for an old switch; set it to 0 unless that is intended</source>
        <translation>强制使用旧版本通常是为兼容旧交换机的权宜之计；除非确有此意，否则请设为 0</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="614"/>
        <source>firewall not checked: neither nft nor %1 is installed</source>
        <translation>未检查防火墙：nft 和 %1 均未安装</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="615"/>
        <source>install nftables to let the doctor read the rules</source>
        <translation>安装 nftables，以便 doctor 读取防火墙规则</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="619"/>
        <source>firewall rules could not be read (reading them needs root)</source>
        <translation>无法读取防火墙规则（读取需要 root 权限）</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="620"/>
        <source>run the doctor as root to check the firewall</source>
        <translation>以 root 身份运行 doctor 以检查防火墙</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="624"/>
        <source>the firewall drops UDP port %1: %2</source>
        <translation>防火墙丢弃 UDP 端口 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="635"/>
        <source>no firewall rule drops UDP port %1</source>
        <translation>没有防火墙规则丢弃 UDP 端口 %1</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="847"/>
        <source>cannot join %1: %2</source>
        <translation>无法加入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="629"/>
        <source>firewall rules that may drop the traffic: %1</source>
        <translation>可能丢弃该流量的防火墙规则：%1</translation>
    </message>
    <message>
        <location filename="../core/doctorroute.cpp" line="29"/>
        <source>choose the interface in the Interface list, or add a route: %1</source>
        <translation>在“接口”列表中选择接口，或添加路由：%1</translation>
    </message>
    <message>
        <location filename="../core/doctorroute.cpp" line="30"/>
        <source>choose the interface with -i, or add a route: %1</source>
        <translation>用 -i 选择接口，或添加路由：%1</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="626"/>
        <source>remove that rule, or allow the port before it: %1</source>
        <translation>删除该规则，或在其之前放行该端口：%1</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="631"/>
        <source>allow UDP port %1 from the sender ahead of them, e.g. %2</source>
        <translation>在这些规则之前放行来自发送端的 UDP 端口 %1，例如 %2</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="656"/>
        <source>no other socket on this host uses UDP port %1</source>
        <translation>本机没有其他套接字使用 UDP 端口 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/doctor.cpp" line="660"/>
        <source>%n other socket(s) on this host already use UDP port %1</source>
        <translation>
            <numerusform>本机已有 %n 个其他套接字在使用 UDP 端口 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="662"/>
        <source>fine if they share the port; if one holds it exclusively, binding fails: see `ss -ulpn sport = :%1`</source>
        <translation>若它们共享该端口则没有问题；若有套接字独占该端口，绑定会失败：参见 `ss -ulpn sport = :%1`</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="807"/>
        <source>raise net.ipv4.igmp_max_memberships (or igmp_max_msf for source filters), or leave some groups</source>
        <translation>请调高 net.ipv4.igmp_max_memberships（源过滤则调高 igmp_max_msf），或离开部分组播组</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="812"/>
        <source>fix the interface or route above</source>
        <translation>请修复上面的接口或路由问题</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="823"/>
        <source>another program holds the port exclusively; stop it or pick another port</source>
        <translation>另一个程序独占了该端口；请停止该程序或选择其他端口</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="859"/>
        <source>the test join succeeded but the kernel lists no membership for %1</source>
        <translation>测试加入成功，但内核中没有 %1 的成员关系</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="861"/>
        <source>check that the interface is up and not in a bridge port state that blocks it</source>
        <translation>检查接口是否已启用，且未处于会阻塞流量的网桥端口状态</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="866"/>
        <source>the kernel lists the membership of %1 on %2</source>
        <translation>内核中有 %1 在 %2 上的成员关系</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/doctor.cpp" line="901"/>
        <source>port %1 (%n datagram(s), first from %2)</source>
        <translation>
            <numerusform>端口 %1（%n 个数据报，第一个来自 %2）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="909"/>
        <source>no packet for %1 within %2 s, but packets for %3 arrive on another port: %4</source>
        <translation>%2 秒内没有收到 %1 的数据包，但 %3 的数据包到达了其他端口：%4</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="914"/>
        <source>the sender uses port %1: join %2 to receive it, or have it send to %3</source>
        <translation>发送端使用端口 %1：加入 %2 即可接收，或让发送端改发到 %3</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="917"/>
        <source>the sender uses port %1: receive with mctester recv %2, or have it send to %3</source>
        <translation>发送端使用端口 %1：用 mctester recv %2 接收，或让发送端改发到 %3</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="925"/>
        <source>packets arrive: the first came from %1 with TTL %2</source>
        <translation>已收到数据包：第一个来自 %1，TTL 为 %2</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="931"/>
        <source>no packet for %1 within %2 s after joining, nor for %3 on any other port</source>
        <translation>加入后 %2 秒内未收到 %1 的数据包，%3 的其他端口上也没有</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="937"/>
        <source>no packet for %1 within %2 s after joining</source>
        <translation>加入后 %2 秒内未收到 %1 的数据包</translation>
    </message>
    <message>
        <location filename="../core/doctor.cpp" line="942"/>
        <source>is a sender running? Senders on this host need loopback on; senders elsewhere need a TTL above the number of routers in between</source>
        <translation>发送端是否在运行？本机上的发送端需要开启环回；其他主机上的发送端需要 TTL 大于中间的路由器数</translation>
    </message>
    <message>
        <location filename="../core/doctorquerier.cpp" line="43"/>
        <source>start the program as root to check the querier</source>
        <translation>以 root 身份启动本程序以检查查询器</translation>
    </message>
    <message>
        <location filename="../core/doctorquerier.cpp" line="44"/>
        <source>run the doctor as root (sudo) to check the querier</source>
        <translation>以 root 身份（sudo）运行 doctor 以检查查询器</translation>
    </message>
    <message>
        <location filename="../core/doctorquerier.cpp" line="88"/>
        <source>%1 on %2 (%3</source>
        <translation>%2 上的 %1 (%3</translation>
    </message>
    <message>
        <location filename="../core/doctorquerier.cpp" line="91"/>
        <source>, every %1 s</source>
        <translation>，每 %1 秒</translation>
    </message>
    <message>
        <location filename="../core/doctorquerier.cpp" line="101"/>
        <source>no interface to listen for %1 queries on</source>
        <translation>没有可用于监听 %1 查询的接口</translation>
    </message>
    <message>
        <location filename="../core/doctorquerier.cpp" line="107"/>
        <source>queriers ask every 125 s by default, so a short wait can miss one: the joined group&apos;s querier column keeps listening</source>
        <translation>查询器默认每 125 秒查询一次，等待时间太短可能错过：已加入组播组的“查询器”列会持续监听</translation>
    </message>
    <message>
        <location filename="../core/doctorquerier.cpp" line="109"/>
        <source>queriers ask every 125 s by default, so a short wait can miss one: listen a whole interval with --querier-timeout 130</source>
        <translation>查询器默认每 125 秒查询一次，等待时间太短可能错过：请用 --querier-timeout 130 监听一个完整间隔</translation>
    </message>
    <message>
        <location filename="../core/doctorquerier.cpp" line="112"/>
        <source>no %1 query heard on %2 within %3 s</source>
        <translation>%3 秒内在 %2 上未收到 %1 查询</translation>
    </message>
    <message>
        <location filename="../core/doctorquerier.cpp" line="119"/>
        <location filename="../core/doctorquerier.cpp" line="125"/>
        <source>%1 querier heard: %2</source>
        <translation>发现 %1 查询器：%2</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="28"/>
        <source>Check this host for the usual reasons multicast does not arrive: interface, route, reverse-path filter, IGMP/MLD version, firewall, port users, kernel membership after a test join, and traffic.
Exit status: 0 nothing failed, 1 a check failed, 2 bad usage.</source>
        <translation>检查本机上组播收不到的常见原因：接口、路由、反向路径过滤、IGMP/MLD 版本、防火墙、端口占用、测试加入后的内核成员关系以及流量。
退出状态：0 全部通过，1 有检查失败，2 用法错误。</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="34"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="37"/>
        <source>Check this interface (default: every multicast-capable one).</source>
        <translation>检查此接口（默认：所有支持组播的接口）。</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="38"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="41"/>
        <source>Source-specific join from this sender (repeatable).</source>
        <translation>按此发送端进行源特定加入（可重复）。</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="42"/>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="44"/>
        <source>The TTL your sender uses (default 1).</source>
        <translation>发送端使用的 TTL（默认 1）。</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="45"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="48"/>
        <source>Seconds to listen for packets after joining (default 3).</source>
        <translation>加入后等待数据包的秒数（默认 3）。</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="49"/>
        <location filename="../cli/doctorcommand.cpp" line="54"/>
        <source>SECS</source>
        <translation>SECS</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="52"/>
        <source>Listen up to SECS for an IGMP/MLD querier (default: as long as --wait; queriers ask every 125 s by default).</source>
        <translation>最多监听 SECS 秒以发现 IGMP/MLD 查询器（默认：与 --wait 相同；查询器默认每 125 秒查询一次）。</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="55"/>
        <source>One JSON object per check.</source>
        <translation>每项检查输出一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="58"/>
        <source>The group to check, e.g. 239.1.2.3:5000.</source>
        <translation>要检查的组播组，例如 239.1.2.3:5000。</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="64"/>
        <source>%1 (see mctester doctor --help)</source>
        <translation>%1（参见 mctester doctor --help）</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="72"/>
        <source>doctor needs one GROUP:PORT, e.g. mctester doctor 239.1.2.3:5000</source>
        <translation>doctor 需要一个 GROUP:PORT，例如 mctester doctor 239.1.2.3:5000</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="84"/>
        <source>source</source>
        <translation>源地址</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="100"/>
        <source>wait &quot;%1&quot; is not valid; use seconds from 0 to 3600</source>
        <translation>等待时间“%1”无效；请使用 0 到 3600 之间的秒数</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="107"/>
        <source>querier timeout</source>
        <translation>查询器超时时间</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="109"/>
        <source>querier timeout &quot;%1&quot; is not valid; use seconds greater than 0 and at most 3600</source>
        <translation>查询器超时时间“%1”无效；请使用大于 0 且不超过 3600 的秒数</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="124"/>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="125"/>
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="126"/>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../cli/doctorcommand.cpp" line="129"/>
        <source>      fix: %1</source>
        <translation>      修复：%1</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <location filename="../core/endpoint.cpp" line="56"/>
        <source>%1: &quot;%2&quot; is not an IP address; expected e.g. 192.0.2.10 or 2001:db8::10</source>
        <translation>%1：“%2”不是 IP 地址；应形如 192.0.2.10 或 2001:db8::10</translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="65"/>
        <source>group:port</source>
        <translation>组播组:端口</translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="69"/>
        <source>%1 is empty; expected e.g. 239.1.2.3:5000 or [ff15::1]:5000</source>
        <translation>%1 为空；应形如 239.1.2.3:5000 或 [ff15::1]:5000</translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="78"/>
        <source>%1 &quot;%2&quot;: missing &quot;]&quot; after the IPv6 address; expected e.g. [ff15::1]:5000</source>
        <translation>%1“%2”：IPv6 地址后缺少“]”；应形如 [ff15::1]:5000</translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="85"/>
        <source>%1 &quot;%2&quot;: missing port; expected e.g. [ff15::1]:5000</source>
        <translation>%1“%2”：缺少端口；应形如 [ff15::1]:5000</translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="92"/>
        <source>%1 &quot;%2&quot;: missing port; expected e.g. 239.1.2.3:5000</source>
        <translation>%1“%2”：缺少端口；应形如 239.1.2.3:5000</translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="98"/>
        <source>%1 &quot;%2&quot;: put IPv6 addresses in brackets, e.g. [ff15::1]:5000</source>
        <translation>%1“%2”：IPv6 地址须放在方括号中，例如 [ff15::1]:5000</translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="107"/>
        <source>%1 &quot;%2&quot;: &quot;%3&quot; is not an IP address; expected e.g. 239.1.2.3:5000</source>
        <translation>%1“%2”：“%3”不是 IP 地址；应形如 239.1.2.3:5000</translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="112"/>
        <source>%1 &quot;%2&quot;: %3 is not a multicast address; use 224.0.0.0/4 (239.0.0.0/8 for tests) or ff00::/8 (e.g. ff15::1)</source>
        <translation>%1“%2”：%3 不是组播地址；请使用 224.0.0.0/4（测试用 239.0.0.0/8）或 ff00::/8（例如 ff15::1）</translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="121"/>
        <source>%1 &quot;%2&quot;: port &quot;%3&quot; is not valid; use a number from 1 to 65535</source>
        <translation>%1“%2”：端口“%3”无效；请使用 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="132"/>
        <source>%1 &quot;%2&quot;: a zone (&quot;%%3&quot;) is not taken in the group; choose the interface apart (-i %4 on the command line, the interface list in the window) and write [%5]:%6</source>
        <translation>%1“%2”：组播组中不接受区域标识（“%%3”）；请另行选择接口（命令行用 -i %4，窗口中用接口列表），并写成 [%5]:%6</translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="148"/>
        <source>224.0.0.1 is reserved for all-hosts: every host on the link receives it; use 239.0.0.0/8 for tests</source>
        <translation>224.0.0.1 保留给所有主机组：链路上的每台主机都会收到；测试请使用 239.0.0.0/8</translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="154"/>
        <source>%1 is in 224.0.0.0/24, reserved for link-local protocols (routers never forward it and TTL is ignored); use 239.0.0.0/8 for tests</source>
        <translation>%1 位于 224.0.0.0/24，该范围保留给链路本地协议（路由器从不转发，且忽略 TTL）；测试请使用 239.0.0.0/8</translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="159"/>
        <source>%1 lies in a range assigned to Internet protocols (224/8, 233/8); use 239.0.0.0/8 for tests</source>
        <translation>%1 位于分配给互联网协议的地址范围（224/8、233/8）；测试请使用 239.0.0.0/8</translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="168"/>
        <source>%1 has interface-local scope (ff01::/16): it never leaves this host; use e.g. ff15::1 for tests</source>
        <translation>%1 的范围是接口本地（ff01::/16）：永远不会离开本机；测试请使用例如 ff15::1</translation>
    </message>
    <message>
        <location filename="../core/endpoint.cpp" line="173"/>
        <source>%1 has link-local scope (ff02::/16): routers never forward it and it is used by neighbour discovery and other link protocols; use e.g. ff15::1 for tests</source>
        <translation>%1 的范围是链路本地（ff02::/16）：路由器从不转发，且邻居发现等链路协议会使用该范围；测试请使用例如 ff15::1</translation>
    </message>
</context>
<context>
    <name>GroupRange</name>
    <message>
        <location filename="../core/grouprange.cpp" line="58"/>
        <source>range &quot;%1&quot;: &quot;%2&quot; is not an IP address; write both ends in full, e.g. %3</source>
        <translation>范围“%1”：“%2”不是 IP 地址；请完整写出两端地址，例如 %3</translation>
    </message>
    <message>
        <location filename="../core/grouprange.cpp" line="64"/>
        <source>range &quot;%1&quot;: %2 is not a multicast address; both ends must be groups (224.0.0.0/4, or ff00::/8 for IPv6)</source>
        <translation>范围“%1”：%2 不是组播地址；两端都必须是组播组（224.0.0.0/4，IPv6 则为 ff00::/8）</translation>
    </message>
    <message>
        <location filename="../core/grouprange.cpp" line="69"/>
        <source>range &quot;%1&quot;: a zone (&quot;%%2&quot;) is not taken in a group; choose the interface apart (-i on the command line, the interface list in the window)</source>
        <translation>范围“%1”：组播组中不接受区域标识（“%%2”）；请另行选择接口（命令行用 -i，窗口中用接口列表）</translation>
    </message>
    <message>
        <location filename="../core/grouprange.cpp" line="83"/>
        <source>range &quot;%1&quot;: a port range has one &quot;-&quot;, e.g. 5000-5009</source>
        <translation>范围“%1”：端口范围只能有一个“-”，例如 5000-5009</translation>
    </message>
    <message>
        <location filename="../core/grouprange.cpp" line="91"/>
        <source>range &quot;%1&quot;: port &quot;%2&quot; is not valid; use a number from 1 to 65535</source>
        <translation>范围“%1”：端口“%2”无效；请使用 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <location filename="../core/grouprange.cpp" line="102"/>
        <source>range &quot;%1&quot;: port %2 comes after %3; write the lower port first</source>
        <translation>范围“%1”：端口 %2 大于 %3；请把较小的端口写在前面</translation>
    </message>
    <message>
        <location filename="../core/grouprange.cpp" line="116"/>
        <source>range &quot;%1&quot;: a range of groups has one &quot;-&quot; between the first group and the last, e.g. %2</source>
        <translation>范围“%1”：组播组范围只能在第一个和最后一个组播组之间有一个“-”，例如 %2</translation>
    </message>
    <message>
        <location filename="../core/grouprange.cpp" line="133"/>
        <source>range &quot;%1&quot;: %2 and %3 are of different address families; a range is all IPv4 or all IPv6</source>
        <translation>范围“%1”：%2 和 %3 的地址族不同；一个范围必须全部是 IPv4 或全部是 IPv6</translation>
    </message>
    <message>
        <location filename="../core/grouprange.cpp" line="139"/>
        <source>range &quot;%1&quot;: an IPv6 range may differ only in the last 16 bits (the last four hex digits), e.g. [ff3e::8000:1-ff3e::8000:3e8]; %2 and %3 differ before them</source>
        <translation>范围“%1”：IPv6 范围的两端只能在最后 16 位（最后四个十六进制数字）上不同，例如 [ff3e::8000:1-ff3e::8000:3e8]；%2 和 %3 在此之前就已不同</translation>
    </message>
    <message>
        <location filename="../core/grouprange.cpp" line="149"/>
        <source>range &quot;%1&quot;: the first group %2 comes after the last %3; write the lower one first</source>
        <translation>范围“%1”：第一个组播组 %2 大于最后一个组播组 %3；请把较小的写在前面</translation>
    </message>
    <message>
        <location filename="../core/grouprange.cpp" line="309"/>
        <source>%1: no group in it; write one GROUP:PORT or range a line, e.g. %2</source>
        <translation>%1：其中没有任何组播组；请每行写一个 GROUP:PORT 或范围，例如 %2</translation>
    </message>
    <message>
        <location filename="../core/grouprange.cpp" line="321"/>
        <source>cannot read the groups file %1: it is a directory</source>
        <translation>无法读取组播组文件 %1：它是一个目录</translation>
    </message>
    <message>
        <location filename="../core/grouprange.cpp" line="325"/>
        <location filename="../core/grouprange.cpp" line="330"/>
        <source>cannot read the groups file %1: %2</source>
        <translation>无法读取组播组文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/grouprange.cpp" line="334"/>
        <source>the groups file %1 is larger than %2 MiB; is it the right file?</source>
        <translation>组播组文件 %1 大于 %2 MiB；是否选错了文件？</translation>
    </message>
    <message>
        <location filename="../core/grouprange.cpp" line="379"/>
        <source>%1 groups named (group:port pairs to join); more than %2 at once needs --force</source>
        <translation>共指定了 %1 个组播组（要加入的组播组:端口对）；一次加入超过 %2 个需要 --force</translation>
    </message>
    <message>
        <location filename="../core/grouprange.cpp" line="385"/>
        <source>%1 groups named (group:port pairs to join); at most %2 can be joined, also with --force</source>
        <translation>共指定了 %1 个组播组（要加入的组播组:端口对）；即使使用 --force，最多也只能加入 %2 个</translation>
    </message>
    <message>
        <location filename="../core/grouprange.cpp" line="400"/>
        <source>%1 is named twice: in %2 and again in %3</source>
        <translation>%1 被指定了两次：先在 %2 中，又在 %3 中</translation>
    </message>
    <message>
        <location filename="../core/grouprange.cpp" line="447"/>
        <source>&quot;%1&quot; names %2 groups; one GROUP:PORT is taken here (ranges and lists are for receiving)</source>
        <translation>“%1”指定了 %2 个组播组；此处只接受一个 GROUP:PORT（范围和列表用于接收）</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <location filename="../ui/guioptions.cpp" line="32"/>
        <source>mctester: %1
Try &apos;mctester --help&apos; for the options.
</source>
        <translation>mctester: %1
运行 &apos;mctester --help&apos; 查看可用选项。
</translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="116"/>
        <source>Multicast Tester: send, receive and measure IP multicast.
Without a command it opens the window. Commands for scripts and terminals:
  mctester send GROUP:PORT [options]       send datagrams (see mctester send --help)
  mctester recv GROUP:PORT ... [options]   receive and print (see mctester recv --help)
  mctester doctor GROUP:PORT [-i NAME]     explain why nothing arrives (see mctester doctor --help)</source>
        <translation>组播测试器：发送、接收并测量 IP 组播。
不带命令时打开窗口。供脚本和终端使用的命令：
  mctester send GROUP:PORT [选项]          发送数据报（参见 mctester send --help）
  mctester recv GROUP:PORT ... [选项]      接收并打印（参见 mctester recv --help）
  mctester doctor GROUP:PORT [-i NAME]     解释为何收不到数据（参见 mctester doctor --help）</translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="124"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="126"/>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="131"/>
        <source>GROUP:PORT</source>
        <translation>GROUP:PORT</translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="134"/>
        <source>Join the groups in FILE at start: one GROUP:PORT or range a line, # comments.</source>
        <translation>启动时加入 FILE 中的组播组：每行一个 GROUP:PORT 或范围，# 之后为注释。</translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="135"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="137"/>
        <source>Join more than %1 groups (group:port pairs) at start.</source>
        <translation>允许启动时加入超过 %1 个组播组（组播组:端口对）。</translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="140"/>
        <source>Join on this interface, and send from it.</source>
        <translation>在此接口上加入组播组，并从此接口发送。</translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="141"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="144"/>
        <source>Interface language: en or zh_CN (default: the saved choice, else the system&apos;s).</source>
        <translation>界面语言：en 或 zh_CN（默认：已保存的选择，否则为系统语言）。</translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="146"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="148"/>
        <source>[send|recv|doctor]</source>
        <translation>[send|recv|doctor]</translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="164"/>
        <source>unknown command &quot;%1&quot;; the commands are send, recv and doctor</source>
        <translation>未知命令“%1”；可用命令为 send、recv 和 doctor</translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="149"/>
        <source>Run a command without the window.</source>
        <translation>不打开窗口，直接运行命令。</translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="129"/>
        <source>Join this group at start, e.g. 239.1.2.3:5000, or a range, e.g. 239.8.0.1-239.8.3.232:5000 (repeatable).</source>
        <translation>启动时加入此组播组，例如 239.1.2.3:5000，或加入一个范围，例如 239.8.0.1-239.8.3.232:5000（可重复）。</translation>
    </message>
    <message>
        <location filename="../ui/guioptions.cpp" line="172"/>
        <source>--lang &quot;%1&quot; is not offered; use one of: %2</source>
        <translation>--lang 不支持“%1”；请使用以下之一：%2</translation>
    </message>
</context>
<context>
    <name>Interfaces</name>
    <message>
        <location filename="../core/interfaces.cpp" line="106"/>
        <source>interface &quot;%1&quot; does not exist; this host has: %2</source>
        <translation>接口“%1”不存在；本机的接口有：%2</translation>
    </message>
</context>
<context>
    <name>MulticastSocket</name>
    <message>
        <location filename="../core/oserror.cpp" line="24"/>
        <location filename="../core/multicastsocket_qt.cpp" line="55"/>
        <source>the interface is gone</source>
        <translation>该接口已不存在</translation>
    </message>
    <message>
        <location filename="../core/oserror.cpp" line="28"/>
        <source>no interface to join on: there is no multicast route for the group; choose an interface in the Interface list or add a route, e.g. %1</source>
        <translation>没有可加入的接口：该组播组没有组播路由；请在“接口”列表中选择接口或添加路由，例如 %1</translation>
    </message>
    <message>
        <location filename="../core/oserror.cpp" line="30"/>
        <source>no interface to join on: there is no multicast route for the group; choose an interface (-i) or add a route, e.g. %1</source>
        <translation>没有可加入的接口：该组播组没有组播路由；请选择接口（-i）或添加路由，例如 %1</translation>
    </message>
    <message>
        <location filename="../core/oserror.cpp" line="34"/>
        <source>this socket has already joined the group on that interface</source>
        <translation>此套接字已在该接口上加入了该组播组</translation>
    </message>
    <message>
        <location filename="../core/oserror.cpp" line="35"/>
        <source>another program holds the port exclusively; stop it or pick another port</source>
        <translation>另一个程序独占了该端口；请停止该程序或选择其他端口</translation>
    </message>
    <message>
        <location filename="../core/oserror.cpp" line="38"/>
        <source>the kernel refused more memberships; raise net.ipv4.igmp_max_memberships (or igmp_max_msf for source filters) or leave some groups</source>
        <translation>内核拒绝增加更多成员关系；请调高 net.ipv4.igmp_max_memberships（源过滤则调高 igmp_max_msf），或离开部分组播组</translation>
    </message>
    <message>
        <location filename="../core/oserror.cpp" line="42"/>
        <source>permission denied; ports below 1024 need privileges, and a firewall may refuse</source>
        <translation>权限被拒绝；1024 以下的端口需要特权，防火墙也可能拒绝</translation>
    </message>
    <message>
        <location filename="../core/oserror.cpp" line="45"/>
        <source>the kernel refused the request; check that the source suits the group&apos;s family</source>
        <translation>内核拒绝了该请求；请检查源地址与组播组的地址族是否一致</translation>
    </message>
    <message>
        <location filename="../core/oserror.cpp" line="48"/>
        <source>the group was not joined on that interface</source>
        <translation>未在该接口上加入该组播组</translation>
    </message>
    <message>
        <location filename="../core/oserror.cpp" line="49"/>
        <source>the address is not available on this host</source>
        <translation>该地址在本机上不可用</translation>
    </message>
    <message>
        <location filename="../core/oserror.cpp" line="60"/>
        <location filename="../core/multicastsocket.cpp" line="252"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="132"/>
        <source>cannot create a UDP socket: %1</source>
        <translation>无法创建 UDP 套接字：%1</translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="163"/>
        <location filename="../core/multicastsocket_qt.cpp" line="113"/>
        <source>cannot bind UDP port %1 (IPv6): %2</source>
        <translation>无法绑定 UDP 端口 %1（IPv6）：%2</translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="180"/>
        <location filename="../core/multicastsocket_qt.cpp" line="114"/>
        <source>cannot bind UDP port %1 (IPv4): %2</source>
        <translation>无法绑定 UDP 端口 %1（IPv4）：%2</translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="264"/>
        <source>from source %1</source>
        <translation>源 %1</translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="283"/>
        <source>excluding source %1</source>
        <translation>排除源 %1</translation>
    </message>
    <message>
        <location filename="../core/multicastsocket.cpp" line="250"/>
        <location filename="../core/multicastsocket_qt.cpp" line="44"/>
        <source>cannot leave %1: %2</source>
        <translation>无法离开 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/multicastsocket_qt.cpp" line="47"/>
        <source>source filters for %1 (source-specific multicast) need the native Linux receive path, and this build has the portable one</source>
        <translation>%1 的源过滤（源特定组播）需要原生 Linux 接收路径，而此版本使用的是可移植接收路径</translation>
    </message>
    <message>
        <location filename="../core/multicastsocket_qt.cpp" line="65"/>
        <source>interface %1 has no IPv4 address, and the portable receive path joins IPv4 groups by the interface&apos;s address</source>
        <translation>接口 %1 没有 IPv4 地址，而可移植接收路径按接口的地址加入 IPv4 组播组</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <location filename="../cli/output.cpp" line="55"/>
        <source>mctester: %1</source>
        <translation>mctester: %1</translation>
    </message>
    <message>
        <location filename="../cli/output.cpp" line="65"/>
        <source>mctester: warning: %1</source>
        <translation>mctester: 警告：%1</translation>
    </message>
</context>
<context>
    <name>PacketJson</name>
    <message>
        <location filename="../core/packetjson.cpp" line="217"/>
        <source>stopped  %1  last packet at %2: %3</source>
        <translation>已停止  %1  最后一个数据包于 %2：%3</translation>
    </message>
    <message>
        <location filename="../core/packetjson.cpp" line="220"/>
        <source>outage  %1  %2 ms silent, %3 to %4</source>
        <translation>中断  %1  静默 %2 ms，%3 至 %4</translation>
    </message>
    <message>
        <location filename="../core/packetjson.cpp" line="225"/>
        <source>, %1 lost</source>
        <translation>，丢失 %1</translation>
    </message>
    <message>
        <location filename="../core/packetjson.cpp" line="254"/>
        <source>  outages %1, longest %2 ms</source>
        <translation>  中断 %1 次，最长 %2 ms</translation>
    </message>
    <message>
        <location filename="../core/packetjson.cpp" line="259"/>
        <source>  stopped</source>
        <translation>  已停止</translation>
    </message>
</context>
<context>
    <name>PayloadText</name>
    <message>
        <location filename="../ui/payloadtext.cpp" line="91"/>
        <source>probe</source>
        <comment>payload format: mctester&apos;s probe header</comment>
        <translation>探测包</translation>
    </message>
    <message>
        <location filename="../ui/payloadtext.cpp" line="93"/>
        <source>plain</source>
        <comment>payload format: no header recognised</comment>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../ui/payloadtext.cpp" line="108"/>
        <source>DSCP %1, ECN %2</source>
        <translation>DSCP %1，ECN %2</translation>
    </message>
</context>
<context>
    <name>Querier</name>
    <message>
        <location filename="../core/querier.cpp" line="150"/>
        <source>querier on %1 (%2)</source>
        <translation>%1 上的查询器（%2）</translation>
    </message>
    <message>
        <location filename="../core/querier.cpp" line="154"/>
        <source>%1: none heard yet</source>
        <translation>%1：尚未收到查询</translation>
    </message>
    <message>
        <location filename="../core/querier.cpp" line="157"/>
        <source>%1: none heard for %2 s (the last was %3, %4)</source>
        <translation>%1：已有 %2 秒未收到查询（上一个查询器是 %3，%4）</translation>
    </message>
    <message>
        <location filename="../core/querier.cpp" line="162"/>
        <source>%1: none heard in %2 s</source>
        <translation>%1：%2 秒内未收到查询</translation>
    </message>
    <message>
        <location filename="../core/querier.cpp" line="168"/>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <location filename="../core/querier.cpp" line="170"/>
        <source>, every %1 s</source>
        <translation>，每 %1 秒</translation>
    </message>
    <message>
        <location filename="../core/querier.cpp" line="172"/>
        <source>, last query %1 s ago</source>
        <translation>，最近一次查询在 %1 秒前</translation>
    </message>
    <message>
        <location filename="../core/querier.cpp" line="181"/>
        <source>without an %1 querier, a switch that snoops %1 forgets this host&apos;s membership after its membership interval (by default 2 x 125 s + 10 s = 260 s) and stops forwarding the group; enable an %1 querier on the switch or the router (e.g. &quot;ip igmp snooping querier&quot;), or configure the group statically on the switch port</source>
        <translation>没有 %1 查询器时，启用 %1 侦听的交换机会在成员关系间隔（默认 2 x 125 秒 + 10 秒 = 260 秒）后忘记本机的成员关系，并停止转发该组播组；请在交换机或路由器上启用 %1 查询器（例如“ip igmp snooping querier”），或在交换机端口上静态配置该组播组</translation>
    </message>
    <message>
        <location filename="../core/querier.cpp" line="194"/>
        <source>the querier %1 on %2 speaks %3, so this host answers in %3, which cannot name sources: the network is asked for the whole group, not only the chosen sources (have the querier speak %4)</source>
        <translation>%2 上的查询器 %1 使用 %3，因此本机也以 %3 应答，而该版本无法指定源地址：向网络请求的是整个组播组，而不仅是所选的源地址（请让查询器使用 %4）</translation>
    </message>
</context>
<context>
    <name>QuerierSocket</name>
    <message>
        <location filename="../core/queriersocket.cpp" line="51"/>
        <source>cannot listen for %1 queriers: that needs the CAP_NET_RAW capability (run as root, or once: sudo setcap cap_net_raw+ep %2)</source>
        <translation>无法监听 %1 查询器：这需要 CAP_NET_RAW 权能（请以 root 身份运行，或执行一次：sudo setcap cap_net_raw+ep %2）</translation>
    </message>
    <message>
        <location filename="../core/queriersocket.cpp" line="55"/>
        <source>cannot listen for %1 queriers: %2</source>
        <translation>无法监听 %1 查询器：%2</translation>
    </message>
</context>
<context>
    <name>QuerierWatch</name>
    <message>
        <location filename="../core/querierwatch.cpp" line="124"/>
        <source>%1; receiving goes on without it</source>
        <translation>%1；接收继续进行，但不监视查询器</translation>
    </message>
</context>
<context>
    <name>Receiver</name>
    <message>
        <location filename="../core/receiver.cpp" line="48"/>
        <source>%1 from %2</source>
        <translation>%1（源 %2）</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="55"/>
        <source>%1 except %2</source>
        <translation>%1（排除源 %2）</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="58"/>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="80"/>
        <source>%1 is already joined</source>
        <translation>已经加入过 %1</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="71"/>
        <source>source %1 is not of the group&apos;s address family (%2)</source>
        <translation>源地址 %1 与组播组的地址族（%2）不一致</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="67"/>
        <source>source %1 is a multicast group; name the sender&apos;s own address</source>
        <translation>源地址 %1 是组播组；请填写发送端自身的地址</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="152"/>
        <source>it is already joined</source>
        <translation>已经加入过该组播组</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="186"/>
        <source>receive buffer: asked for %1 bytes, the kernel granted %2; raise net.core.rmem_max to avoid drops at high rates</source>
        <translation>接收缓冲区：请求 %1 字节，内核只分配了 %2；请调高 net.core.rmem_max，以免高速率时丢包</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="208"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="220"/>
        <source>%1 is not joined on every interface: %2</source>
        <translation>%1 未能在所有接口上加入：%2</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="255"/>
        <source>route&apos;s interface</source>
        <translation>路由指定的接口</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="276"/>
        <location filename="../core/receiver.cpp" line="743"/>
        <source>interface %1 is down</source>
        <translation>接口 %1 已关闭</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="308"/>
        <source>no interface left to receive on</source>
        <translation>已没有可用于接收的接口</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="311"/>
        <source>%1 is not receiving: %2; it is joined again when the interface returns</source>
        <translation>%1 未在接收：%2；接口恢复后将自动重新加入</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="319"/>
        <source>%1 is receiving again</source>
        <translation>%1 已恢复接收</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="320"/>
        <source>%1 joined again on %2</source>
        <translation>%1 已在 %2 上重新加入</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="414"/>
        <source>receive error on port %1: %2</source>
        <translation>端口 %1 接收出错：%2</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="737"/>
        <source>the sender has sent all %1 packets it planned</source>
        <translation>发送端已发完计划的全部 %1 个数据包</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="748"/>
        <source>no %1 querier has been heard on %2: %3</source>
        <translation>在 %2 上未发现 %1 查询器：%3</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="753"/>
        <source>unknown: the sender stopped, or the path to it broke (whether a querier keeps the switches forwarding is not known here)</source>
        <translation>原因未知：发送端已停止，或到发送端的路径已中断（此处无法得知是否有查询器维持交换机转发）</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="756"/>
        <source>unknown: the sender stopped, or the path to it broke</source>
        <translation>原因未知：发送端已停止，或到发送端的路径已中断</translation>
    </message>
    <message>
        <location filename="../core/receiver.cpp" line="763"/>
        <source>&quot;%1&quot; is already being recorded</source>
        <translation>“%1”已在录制中</translation>
    </message>
</context>
<context>
    <name>RecordFileDialog</name>
    <message>
        <location filename="../ui/recordfiledialog.cpp" line="31"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../ui/recordfiledialog.cpp" line="42"/>
        <source>pcap capture, opens in Wireshark</source>
        <translation>pcap 抓包文件，可用 Wireshark 打开</translation>
    </message>
    <message>
        <location filename="../ui/recordfiledialog.cpp" line="44"/>
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <location filename="../ui/recordfiledialog.cpp" line="46"/>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <location filename="../ui/recordfiledialog.cpp" line="56"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <location filename="../core/recorder.cpp" line="82"/>
        <source>cannot start a pcap file</source>
        <translation>无法创建 pcap 文件</translation>
    </message>
    <message>
        <location filename="../core/recorder.cpp" line="37"/>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/recorder.cpp" line="330"/>
        <location filename="../core/recorder.cpp" line="372"/>
        <source>no file name given</source>
        <translation>未指定文件名</translation>
    </message>
    <message>
        <location filename="../core/recorder.cpp" line="343"/>
        <source>nothing reads the pipe &quot;%1&quot;: start its reader first (e.g. wireshark -k -i %1)</source>
        <translation>没有程序在读取管道“%1”：请先启动读取方（例如 wireshark -k -i %1）</translation>
    </message>
    <message>
        <location filename="../core/recorder.cpp" line="376"/>
        <source>cannot write &quot;%1&quot;: it is a folder</source>
        <translation>无法写入“%1”：这是一个文件夹</translation>
    </message>
    <message>
        <location filename="../core/recorder.cpp" line="389"/>
        <source>cannot write &quot;%1&quot;: it is a link to %2, and there is no folder %3</source>
        <translation>无法写入“%1”：它是指向 %2 的链接，而文件夹 %3 不存在</translation>
    </message>
    <message>
        <location filename="../core/recorder.cpp" line="393"/>
        <source>cannot write &quot;%1&quot;: there is no folder %2 (the shell did not replace ~ with your home folder there; write $HOME instead)</source>
        <translation>无法写入“%1”：文件夹 %2 不存在（shell 未在此处把 ~ 替换为主文件夹；请改写为 $HOME）</translation>
    </message>
    <message>
        <location filename="../core/recorder.cpp" line="400"/>
        <source>cannot write &quot;%1&quot; in the folder %2: %3</source>
        <translation>无法在文件夹 %2 中写入“%1”：%3</translation>
    </message>
    <message>
        <location filename="../core/recorder.cpp" line="397"/>
        <source>cannot write &quot;%1&quot;: there is no folder %2</source>
        <translation>无法写入“%1”：文件夹 %2 不存在</translation>
    </message>
</context>
<context>
    <name>Recv</name>
    <message>
        <location filename="../cli/recvcommand.cpp" line="174"/>
        <source>joined %1 on %2</source>
        <translation>已在 %2 上加入 %1</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="176"/>
        <source>joined %1</source>
        <translation>已加入 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/recvcommand.cpp" line="106"/>
        <source>recording stopped after %1 packet(s): %2</source>
        <translation>
            <numerusform>录制了 %1 个数据包后停止：%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="84"/>
        <source>cannot join %1: %2</source>
        <translation>无法加入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/recvcommand.cpp" line="113"/>
        <source>recorded %1 packet(s) to %2</source>
        <translation>
            <numerusform>已将 %1 个数据包录制到 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="209"/>
        <source>cannot write the output: %1</source>
        <translation>无法写出输出：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/recvcommand.cpp" line="305"/>
        <source>--- %1 packet(s), %2 bytes in %3 s, %4 dropped by the kernel</source>
        <translation>
            <numerusform>--- %3 秒内收到 %1 个数据包，%2 字节，内核丢弃 %4 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/recvcommand.cpp" line="313"/>
        <source>  %1: %2 packet(s)</source>
        <translation>
            <numerusform>  %1：%2 个数据包</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="323"/>
        <source>  replies sent: %1</source>
        <translation>  已发送回复：%1</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="348"/>
        <source>Join multicast groups and print every packet received, then a summary.
Exit status: 0 done, 1 nothing or too little received before the timeout (or an
outage longer than --max-outage), 2 bad usage, 3 network error.</source>
        <translation>加入组播组并打印收到的每个数据包，最后输出汇总。
退出状态：0 完成，1 超时前未收到或收到太少（或有中断长于 --max-outage），
2 用法错误，3 网络错误。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="353"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="356"/>
        <source>Join on this interface only (default: every multicast-capable one).</source>
        <translation>仅在此接口上加入（默认：所有支持组播的接口）。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="357"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="359"/>
        <source>Stop after N packets.</source>
        <translation>收到 N 个数据包后停止。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="359"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="362"/>
        <source>Stop after SECS seconds; exit 1 if too little arrived.</source>
        <translation>SECS 秒后停止；收到太少则以状态 1 退出。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="362"/>
        <location filename="../cli/recvcommand.cpp" line="398"/>
        <source>SECS</source>
        <translation>SECS</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="365"/>
        <source>Answer every packet by unicast to its sender: probe packets get an MCTR reply, plain ones TEXT ({host}, {seq}, {time} expand).</source>
        <translation>以单播回复每个数据包的发送端：探测包回复 MCTR 报文，普通包回复 TEXT（{host}、{seq}、{time} 会被展开）。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="367"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="370"/>
        <source>One JSON object per line per packet, then a summary object.</source>
        <translation>每个数据包输出一行 JSON 对象，最后输出一个汇总对象。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="371"/>
        <source>Print the summary only.</source>
        <translation>只打印汇总。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="374"/>
        <source>Source-specific join: accept only this source (repeatable).</source>
        <translation>源特定加入：只接收此源地址（可重复）。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="375"/>
        <location filename="../cli/recvcommand.cpp" line="378"/>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="377"/>
        <source>Refuse packets from this source (repeatable).</source>
        <translation>拒收来自此源地址的数据包（可重复）。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="380"/>
        <source>Socket receive buffer (default 8M).</source>
        <translation>套接字接收缓冲区（默认 8M）。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="381"/>
        <location filename="../cli/recvcommand.cpp" line="384"/>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="383"/>
        <source>Keep at most BYTES of each payload (default 65535).</source>
        <translation>每个载荷最多保留 BYTES 字节（默认 65535）。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="386"/>
        <source>Record every packet to a pcap file (Wireshark, tshark).</source>
        <translation>将每个数据包录制到 pcap 文件（Wireshark、tshark）。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="387"/>
        <location filename="../cli/recvcommand.cpp" line="389"/>
        <location filename="../cli/recvcommand.cpp" line="392"/>
        <location filename="../cli/recvcommand.cpp" line="406"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="388"/>
        <source>Record every packet to a CSV file.</source>
        <translation>将每个数据包录制到 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="391"/>
        <source>Record every packet to a JSON Lines file.</source>
        <translation>将每个数据包录制到 JSON Lines 文件。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="395"/>
        <source>Say no IGMP/MLD querier is heard on an interface after SECS without a query (default %1: a querier&apos;s 125 s interval plus 10 s to answer).</source>
        <translation>接口上持续 SECS 秒没有查询时，报告该接口上未发现 IGMP/MLD 查询器（默认 %1：查询器的 125 秒间隔加 10 秒应答时间）。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="401"/>
        <source>Exit 1 when any stream was silent longer than MS milliseconds (a failover test).</source>
        <translation>任一流静默超过 MS 毫秒时以状态 1 退出（用于故障切换测试）。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="402"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="405"/>
        <source>Also join the groups in FILE: one GROUP:PORT or range a line, # comments.</source>
        <translation>同时加入 FILE 中的组播组：每行一个 GROUP:PORT 或范围，# 之后为注释。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="409"/>
        <source>Join more than %1 groups (group:port pairs) at once.</source>
        <translation>允许一次加入超过 %1 个组播组（组播组:端口对）。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="415"/>
        <source>Groups to join, e.g. 239.1.2.3:5000 [ff15::1]:5000, or ranges: 239.8.0.1-239.8.3.232:5000, 239.1.1.1:5000-5009, [ff3e::8000:1-ff3e::8000:3e8]:5000.</source>
        <translation>要加入的组播组，例如 239.1.2.3:5000 [ff15::1]:5000，或范围：239.8.0.1-239.8.3.232:5000、239.1.1.1:5000-5009、[ff3e::8000:1-ff3e::8000:3e8]:5000。</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="418"/>
        <source>GROUP:PORT [GROUP:PORT ...]</source>
        <translation>GROUP:PORT [GROUP:PORT ...]</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="424"/>
        <source>%1 (see mctester recv --help)</source>
        <translation>%1（参见 mctester recv --help）</translation>
    </message>
    <message>
        <location filename="../cli/grouparguments.cpp" line="46"/>
        <source>recv needs at least one GROUP:PORT, e.g. mctester recv 239.1.2.3:5000</source>
        <translation>recv 至少需要一个 GROUP:PORT，例如 mctester recv 239.1.2.3:5000</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="447"/>
        <source>source</source>
        <translation>源地址</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="457"/>
        <source>excluded source</source>
        <translation>排除的源地址</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="467"/>
        <source>use either --source or --exclude-source for a group, not both</source>
        <translation>同一组播组只能使用 --source 或 --exclude-source 之一，不能同时使用</translation>
    </message>
    <message>
        <location filename="../cli/grouparguments.cpp" line="29"/>
        <source>%1 is a source-specific group: name the sender with -s ADDR, or nothing may arrive</source>
        <translation>%1 是源特定组播组：请用 -s ADDR 指定发送端，否则可能收不到任何数据</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="501"/>
        <source>timeout</source>
        <translation>超时时间</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="509"/>
        <source>querier timeout</source>
        <translation>查询器超时时间</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="517"/>
        <source>max outage</source>
        <translation>最大中断时长</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="536"/>
        <source>snaplen &quot;%1&quot; is not valid; use bytes from 0 to 65535</source>
        <translation>snaplen“%1”无效；请使用 0 到 65535 之间的字节数</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="568"/>
        <source>--%1 needs a file name</source>
        <translation>--%1 需要一个文件名</translation>
    </message>
    <message>
        <location filename="../cli/recvcommand.cpp" line="573"/>
        <source>%1 is named for two recordings; give each its own file</source>
        <translation>%1 被指定给了两个录制；请为每个录制使用单独的文件</translation>
    </message>
</context>
<context>
    <name>RecvEvents</name>
    <message>
        <location filename="../cli/recvevents.cpp" line="105"/>
        <source>the stream %1 has been silent for %2 ms and had not come back at the end, longer than --max-outage %3 ms</source>
        <translation>流 %1 已静默 %2 ms，到结束时仍未恢复，超过 --max-outage %3 ms</translation>
    </message>
    <message>
        <location filename="../cli/recvevents.cpp" line="111"/>
        <source>the stream %1 was silent for %2 ms, longer than --max-outage %3 ms</source>
        <translation>流 %1 静默了 %2 ms，超过 --max-outage %3 ms</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <location filename="../core/replytable.cpp" line="48"/>
        <source>  hops %1 (ttl %2)</source>
        <translation>  跳数 %1（TTL %2）</translation>
    </message>
    <message>
        <location filename="../core/replytable.cpp" line="49"/>
        <source>  ttl %1</source>
        <translation>  TTL %1</translation>
    </message>
    <message>
        <location filename="../core/replytable.cpp" line="161"/>
        <source>reply from %1  host %2  seq %3  received %4  lost %5</source>
        <translation>来自 %1 的回复  主机 %2  序号 %3  已收 %4  丢失 %5</translation>
    </message>
    <message>
        <location filename="../core/replytable.cpp" line="167"/>
        <source>  rtt %1 ms</source>
        <translation>  RTT %1 ms</translation>
    </message>
    <message>
        <location filename="../core/replytable.cpp" line="171"/>
        <source>reply from %1  %2</source>
        <translation>来自 %1 的回复  %2</translation>
    </message>
</context>
<context>
    <name>Send</name>
    <message>
        <location filename="../cli/sendcommand.cpp" line="91"/>
        <source>%1 packets/s</source>
        <translation>%1 包/秒</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="92"/>
        <source>every %1 ms</source>
        <translation>每 %1 ms</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="94"/>
        <source>sending to %1 %2, TTL %3, probe stream %4</source>
        <translation>正在发送到 %1，%2，TTL %3，探测流 %4</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="96"/>
        <source>sending to %1 %2, TTL %3</source>
        <translation>正在发送到 %1，%2，TTL %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/sendcommand.cpp" line="105"/>
        <source>sent %n packet(s)</source>
        <translation>
            <numerusform>已发送 %n 个数据包</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="155"/>
        <source>no replies before the interruption</source>
        <translation>中断之前没有收到任何回复</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="156"/>
        <source>no replies within %1 s: no receiver in reply mode (recv --reply) heard the packets</source>
        <translation>%1 秒内没有回复：没有处于回复模式（recv --reply）的接收端收到这些数据包</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="179"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="180"/>
        <source>%1 is at the edge of the TTL: the packets reach it with TTL %2, one router more and it would not hear them; raise -t (now %3)</source>
        <translation>%1 处于 TTL 边缘：数据包到达时 TTL 为 %2，再多一个路由器它就收不到了；请调高 -t（当前为 %3）</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/sendcommand.cpp" line="206"/>
        <source>--- sent %1 packet(s), %2 bytes to %3 in %4 s</source>
        <translation>
            <numerusform>--- %4 秒内向 %3 发送了 %1 个数据包，%2 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/sendcommand.cpp" line="213"/>
        <source>--- %1 replies from %2 receiver(s)</source>
        <translation>
            <numerusform>--- 来自 %2 个接收端的 %1 条回复</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="221"/>
        <source>  host %1  received %2  lost %3</source>
        <translation>  主机 %1  已收 %2  丢失 %3</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="226"/>
        <source>  replies %1</source>
        <translation>  回复 %1</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="228"/>
        <source>  rtt %1/%2/%3 ms</source>
        <translation>  RTT %1/%2/%3 ms</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="258"/>
        <source>Send datagrams to a multicast group.
Placeholders in the message: {seq} sequence number, {time} send time, {host} host name.
Exit status: 0 done, 1 no replies within --replies SECS, 2 bad usage, 3 network error.</source>
        <translation>向组播组发送数据报。
消息中的占位符：{seq} 序号，{time} 发送时间，{host} 主机名。
退出状态：0 完成，1 在 --replies SECS 秒内没有回复，2 用法错误，3 网络错误。</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="263"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="265"/>
        <source>Send out of this interface (default: the route&apos;s).</source>
        <translation>从此接口发出（默认：路由指定的接口）。</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="266"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="268"/>
        <source>TTL / hop limit, 0-255 (default 1: this link only).</source>
        <translation>TTL / 跳数限制，0-255（默认 1：仅限本链路）。</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="269"/>
        <location filename="../cli/sendcommand.cpp" line="278"/>
        <location filename="../cli/sendcommand.cpp" line="293"/>
        <location filename="../cli/sendcommand.cpp" line="298"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="271"/>
        <source>Milliseconds between packets (default 1000).</source>
        <translation>数据包之间的间隔毫秒数（默认 1000）。</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="272"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="274"/>
        <source>Packets per second (overrides --interval).</source>
        <translation>每秒数据包数（覆盖 --interval）。</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="275"/>
        <source>PPS</source>
        <translation>PPS</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="277"/>
        <source>Send N packets, then stop (default: until Ctrl-C).</source>
        <translation>发送 N 个数据包后停止（默认：直到按下 Ctrl-C）。</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="281"/>
        <source>Text payload with placeholders (default &quot;hello from {host} #{seq}&quot;).</source>
        <translation>带占位符的文本载荷（默认“hello from {host} #{seq}”）。</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="282"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="284"/>
        <source>Payload as hex bytes, e.g. &quot;de ad be ef&quot;.</source>
        <translation>以十六进制字节表示的载荷，例如“de ad be ef”。</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="285"/>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="286"/>
        <source>Payload read from a file.</source>
        <translation>从文件读取载荷。</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="287"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="290"/>
        <source>Put the mctester probe header (stream id, sequence, send time) in front of the payload, for loss and latency statistics.</source>
        <translation>在载荷前加上 mctester 探测头（流 ID、序号、发送时间），用于统计丢包和时延。</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="293"/>
        <source>Send from this UDP port.</source>
        <translation>从此 UDP 端口发送。</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="295"/>
        <source>Send from this local address.</source>
        <translation>从此本地地址发送。</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="296"/>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="297"/>
        <source>DSCP / traffic class, 0-63.</source>
        <translation>DSCP / 流量类别，0-63。</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="300"/>
        <source>Do not deliver the packets to receivers on this host.</source>
        <translation>不将数据包投递给本机上的接收端。</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="303"/>
        <source>After the last packet, wait SECS for unicast replies and list every receiver that answered (exit 1 when none did).</source>
        <translation>发送最后一个数据包后，等待 SECS 秒接收单播回复，并列出每个作出回复的接收端（没有任何回复时退出状态为 1）。</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="305"/>
        <source>SECS</source>
        <translation>SECS</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="307"/>
        <source>Print replies, receivers and the summary as JSON lines.</source>
        <translation>以 JSON 行格式打印回复、接收端和汇总。</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="308"/>
        <source>Print the summary only.</source>
        <translation>只打印汇总。</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="313"/>
        <source>Destination, one group: e.g. 239.1.2.3:5000 or [ff15::1]:5000 (a range is refused: run one send per group).</source>
        <translation>目的地址，只能是一个组播组：例如 239.1.2.3:5000 或 [ff15::1]:5000（不接受范围：每个组播组请分别运行一次 send）。</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="320"/>
        <source>%1 (see mctester send --help)</source>
        <translation>%1（参见 mctester send --help）</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="330"/>
        <source>send needs one GROUP:PORT, e.g. mctester send 239.1.2.3:5000</source>
        <translation>send 需要一个 GROUP:PORT，例如 mctester send 239.1.2.3:5000</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="331"/>
        <source>send takes one GROUP:PORT, got %1: %2</source>
        <translation>send 只接受一个 GROUP:PORT，但给出了 %1 个：%2</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="378"/>
        <source>choose one payload: --message, --hex or --file</source>
        <translation>请只选择一种载荷：--message、--hex 或 --file</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="397"/>
        <source>source address</source>
        <translation>源地址</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="411"/>
        <source>replies</source>
        <translation>回复等待时间</translation>
    </message>
    <message>
        <location filename="../cli/sendcommand.cpp" line="417"/>
        <source>--replies waits after the last packet: give a --count as well</source>
        <translation>--replies 在最后一个数据包之后等待：请同时指定 --count</translation>
    </message>
</context>
<context>
    <name>Sender</name>
    <message>
        <location filename="../core/sender.cpp" line="50"/>
        <source>the datagram is larger than the interface allows</source>
        <translation>数据报超过了接口允许的大小</translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="53"/>
        <source>a firewall rule refused the packet</source>
        <translation>防火墙规则拒绝了该数据包</translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="55"/>
        <source>the source address is not on the outgoing interface</source>
        <translation>源地址不在出接口上</translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="77"/>
        <source>cannot send from %1: this host has no such address; give one of its own in Source address, or leave it empty</source>
        <translation>无法从 %1 发送：本机没有该地址；请在“源地址”中填写本机自己的地址，或留空</translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="79"/>
        <source>cannot send from %1: this host has no such address; give one of its own to --source-address, or leave it out</source>
        <translation>无法从 %1 发送：本机没有该地址；请为 --source-address 指定本机自己的地址，或不使用该选项</translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="133"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="175"/>
        <source>choose a multicast group and port, e.g. 239.1.2.3:5000</source>
        <translation>请选择组播组和端口，例如 239.1.2.3:5000</translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="178"/>
        <source>TTL %1 is not valid; use 0 to 255</source>
        <translation>TTL %1 无效；请使用 0 到 255</translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="181"/>
        <source>interval must be greater than 0 ms</source>
        <translation>间隔必须大于 0 ms</translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="184"/>
        <source>count must be 0 (until stopped) or more</source>
        <translation>数量必须为 0（直到停止）或更大</translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="188"/>
        <source>source address %1 is not of the group&apos;s address family</source>
        <translation>源地址 %1 与组播组的地址族不一致</translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="194"/>
        <source>source address %1 is link-local: choose the interface it belongs to, or write it as %1%NAME</source>
        <translation>源地址 %1 是链路本地地址：请选择它所属的网络接口，或写成 %1%NAME</translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="83"/>
        <source>cannot bind %1: %2</source>
        <translation>无法绑定 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="44"/>
        <source>no route for the group: choose an interface in the Interface list or add a multicast route (%1)</source>
        <translation>没有到该组播组的路由：请在“接口”列表中选择接口或添加组播路由（%1）</translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="99"/>
        <source>cannot set TTL/loopback: %1</source>
        <translation>无法设置 TTL/环回：%1</translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="104"/>
        <source>cannot set DSCP %1: %2</source>
        <translation>无法设置 DSCP %1：%2</translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="123"/>
        <source>cannot send from interface %1: %2</source>
        <translation>无法从接口 %1 发送：%2</translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="211"/>
        <source>payload of %1 bytes is larger than a UDP datagram holds (%2)</source>
        <translation>%1 字节的载荷超过了 UDP 数据报的容量（%2）</translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="46"/>
        <source>no route for the group: choose an interface (-i) or add a multicast route (%1)</source>
        <translation>没有到该组播组的路由：请选择接口（-i）或添加组播路由（%1）</translation>
    </message>
    <message>
        <location filename="../core/sender.cpp" line="406"/>
        <source>cannot send to %1: %2</source>
        <translation>无法发送到 %1：%2</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/validation.cpp" line="27"/>
        <location filename="../core/validation.cpp" line="38"/>
        <source>%1 &quot;%2&quot; is not valid; %3</source>
        <translation>%1“%2”无效；%3</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="63"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="64"/>
        <source>use a whole number from 0 to 255 (1 stays on the local link)</source>
        <translation>请使用 0 到 255 之间的整数（1 表示仅限本地链路）</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="70"/>
        <source>DSCP</source>
        <translation>DSCP</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="71"/>
        <source>use 0 to 63 (e.g. 46 for EF)</source>
        <translation>请使用 0 到 63（例如 EF 为 46）</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="77"/>
        <source>source port</source>
        <translation>源端口</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="78"/>
        <source>use a number from 1 to 65535, or 0 for any free port</source>
        <translation>请使用 1 到 65535 之间的数字，或用 0 表示任意空闲端口</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="84"/>
        <source>interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="91"/>
        <source>use milliseconds greater than 0 and at most 86400000 (one day)</source>
        <translation>请使用大于 0 且不超过 86400000（一天）的毫秒数</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="96"/>
        <source>rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="97"/>
        <source>use packets per second greater than 0 and at most 10000000</source>
        <translation>请使用大于 0 且不超过 10000000 的每秒数据包数</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="102"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="104"/>
        <source>use a whole number of packets, 0 for no limit</source>
        <translation>请使用整数个数据包，0 表示不限</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="105"/>
        <source>use a whole number of packets, 1 or more</source>
        <translation>请使用整数个数据包，至少为 1</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="111"/>
        <source>use seconds greater than 0 and at most 2592000 (30 days)</source>
        <translation>请使用大于 0 且不超过 2592000（30 天）的秒数</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="133"/>
        <source>receive buffer &quot;%1&quot; is not valid; use bytes from 4096 to 1073741824, optionally with K or M (e.g. 8M)</source>
        <translation>接收缓冲区“%1”无效；请使用 4096 到 1073741824 之间的字节数，可带 K 或 M 后缀（例如 8M）</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="150"/>
        <source>hex payload: lone digit before position %1; write each byte as two digits, e.g. 0a ff</source>
        <translation>十六进制载荷：位置 %1 之前有落单的数字；每个字节请写成两位数字，例如 0a ff</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="163"/>
        <source>hex payload: &quot;%1&quot; at position %2 is not a hex digit; use 0-9 and a-f, e.g. de ad be ef</source>
        <translation>十六进制载荷：位置 %2 处的“%1”不是十六进制数字；请使用 0-9 和 a-f，例如 de ad be ef</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="176"/>
        <source>hex payload: odd number of hex digits; write each byte as two digits, e.g. 0a ff</source>
        <translation>十六进制载荷：十六进制数字的个数为奇数；每个字节请写成两位数字，例如 0a ff</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="180"/>
        <source>hex payload: %1 bytes is more than a UDP datagram holds (%2)</source>
        <translation>十六进制载荷：%1 字节超过了 UDP 数据报的容量（%2）</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="191"/>
        <source>payload file: no path given</source>
        <translation>载荷文件：未指定路径</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="196"/>
        <source>payload file &quot;%1&quot; is a directory; give a file</source>
        <translation>载荷文件“%1”是目录；请指定一个文件</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="200"/>
        <location filename="../core/validation.cpp" line="212"/>
        <source>payload file &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取载荷文件“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/validation.cpp" line="206"/>
        <source>payload file &quot;%1&quot; is larger than a UDP datagram holds (%2 bytes)</source>
        <translation>载荷文件“%1”超过了 UDP 数据报的容量（%2 字节）</translation>
    </message>
</context>
<context>
    <name>mct::ui::DoctorDialog</name>
    <message>
        <location filename="../ui/doctordialog.cpp" line="31"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="33"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="35"/>
        <source>Fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="71"/>
        <source>&amp;Run Again</source>
        <translation>重新运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="72"/>
        <source>&amp;Copy Report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="75"/>
        <source>Why No Packets?</source>
        <translation>为什么收不到数据包？</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="79"/>
        <source>Doctor state</source>
        <translation>诊断状态</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="83"/>
        <source>Checks running</source>
        <translation>正在运行检查</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="85"/>
        <source>Check results</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="89"/>
        <source>Run every check again, e.g. after changing a setting it suggested</source>
        <translation>重新运行所有检查，例如在按建议修改设置之后</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="90"/>
        <source>Copy the results as plain text, e.g. for a ticket</source>
        <translation>将结果复制为纯文本，例如用于提交工单</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="137"/>
        <source>every multicast interface</source>
        <translation>所有组播接口</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="142"/>
        <source>Why no packets for %1 on %2?</source>
        <translation>为什么在 %2 上收不到 %1 的数据包？</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="143"/>
        <source>Why no packets for %1 from %2 on %3?</source>
        <translation>为什么在 %3 上收不到 %2 发往 %1 的数据包？</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="146"/>
        <source>Checking… the last check listens %1 s for a packet.</source>
        <translation>正在检查…最后一项检查会监听 %1 秒，等待数据包。</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="148"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="192"/>
        <source>What to do:</source>
        <translation>处理方法：</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="207"/>
        <source>%1 passed, %2, %3 failed</source>
        <translation>%1 项通过，%2，%3 项失败</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="209"/>
        <source>1 warning</source>
        <translation>1 项警告</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="209"/>
        <source>%1 warnings</source>
        <translation>%1 项警告</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="211"/>
        <source>%1. Fix the failed checks first.</source>
        <translation>%1。请先修复失败的检查项。</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="212"/>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="224"/>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <location filename="../ui/doctordialog.cpp" line="226"/>
        <source>    What to do: %1</source>
        <translation>    处理方法：%1</translation>
    </message>
</context>
<context>
    <name>mct::ui::EndpointCombo</name>
    <message>
        <location filename="../ui/endpointcombo.cpp" line="19"/>
        <location filename="../ui/endpointcombo.cpp" line="30"/>
        <source>e.g. 239.1.2.3:5000 or [ff15::1]:5000</source>
        <translation>例如 239.1.2.3:5000 或 [ff15::1]:5000</translation>
    </message>
    <message>
        <location filename="../ui/endpointcombo.cpp" line="28"/>
        <source>e.g. 239.1.2.3:5000, 239.8.0.1-239.8.3.232:5000 or 239.1.1.1:5000-5009</source>
        <translation>例如 239.1.2.3:5000、239.8.0.1-239.8.3.232:5000 或 239.1.1.1:5000-5009</translation>
    </message>
    <message>
        <location filename="../ui/endpointcombo.cpp" line="116"/>
        <source>%1 groups (group:port pairs); the window joins at most %2 at once: split the range</source>
        <translation>%1 个组播组（组播组:端口对）；窗口一次最多加入 %2 个：请拆分该范围</translation>
    </message>
</context>
<context>
    <name>mct::ui::InterfaceCombo</name>
    <message>
        <location filename="../ui/interfacecombo.cpp" line="32"/>
        <source>%1 (not present)</source>
        <translation>%1（不存在）</translation>
    </message>
    <message>
        <location filename="../ui/interfacecombo.cpp" line="35"/>
        <source>This interface does not exist on this host now</source>
        <translation>本机当前没有此接口</translation>
    </message>
    <message>
        <location filename="../ui/interfacecombo.cpp" line="61"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/interfacecombo.cpp" line="63"/>
        <source>%1 (no multicast)</source>
        <translation>%1（不支持组播）</translation>
    </message>
</context>
<context>
    <name>mct::ui::JoinedGroupsModel</name>
    <message>
        <location filename="../ui/joinedgroupsmodel.cpp" line="111"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/joinedgroupsmodel.cpp" line="119"/>
        <source>none heard</source>
        <translation>未发现</translation>
    </message>
    <message>
        <location filename="../ui/joinedgroupsmodel.cpp" line="115"/>
        <source>%1 %2, %3 s ago</source>
        <translation>%1 %2，%3 秒前</translation>
    </message>
    <message>
        <location filename="../ui/joinedgroupsmodel.cpp" line="119"/>
        <source>listening…</source>
        <translation>监听中…</translation>
    </message>
    <message>
        <location filename="../ui/joinedgroupsmodel.cpp" line="127"/>
        <source>No interface of this group can be watched for a querier</source>
        <translation>此组播组没有可监视查询器的接口</translation>
    </message>
    <message>
        <location filename="../ui/joinedgroupsmodel.cpp" line="179"/>
        <source>from %1</source>
        <translation>源 %1</translation>
    </message>
    <message>
        <location filename="../ui/joinedgroupsmodel.cpp" line="182"/>
        <source>except %1</source>
        <translation>排除源 %1</translation>
    </message>
    <message>
        <location filename="../ui/joinedgroupsmodel.cpp" line="242"/>
        <source>%1 %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/joinedgroupsmodel.cpp" line="256"/>
        <source>%1: packets received: %2</source>
        <translation>%1：已收到 %2 个数据包</translation>
    </message>
    <message>
        <location filename="../ui/joinedgroupsmodel.cpp" line="257"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../ui/joinedgroupsmodel.cpp" line="275"/>
        <source>Group:port</source>
        <translation>组播组:端口</translation>
    </message>
    <message>
        <location filename="../ui/joinedgroupsmodel.cpp" line="277"/>
        <source>Joined on</source>
        <translation>加入接口</translation>
    </message>
    <message>
        <location filename="../ui/joinedgroupsmodel.cpp" line="279"/>
        <source>Packets</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../ui/joinedgroupsmodel.cpp" line="281"/>
        <source>Querier</source>
        <translation>查询器</translation>
    </message>
</context>
<context>
    <name>mct::ui::MainWindow</name>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <location filename="../ui/mainwindow.cpp" line="556"/>
        <source>Multicast Tester</source>
        <translation>组播测试器</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Receive</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>&amp;Packets</source>
        <translation>数据包(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>&amp;Export Table…</source>
        <translation>导出表格(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>Strea&amp;ms</source>
        <translation>流(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>Loss, duplicates, reordering, jitter and latency per sender and group</source>
        <translation>按发送端和组播组统计的丢包、重复、乱序、抖动和时延</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173"/>
        <source>Write the rows the table holds to a pcap, CSV or JSON Lines file</source>
        <translation>将表格中保留的行写入 pcap、CSV 或 JSON Lines 文件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>Export Packet Table</source>
        <translation>导出数据包表</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <source>&amp;Receive</source>
        <translation>接收(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>&amp;About Multicast Tester</source>
        <translation>关于组播测试器(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>Joined %1 on %2</source>
        <translation>已在 %2 上加入 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="240"/>
        <source>Joined %1</source>
        <translation>已加入 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>Cannot join %1: %2</source>
        <translation>无法加入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>Left %1</source>
        <translation>已离开 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="321"/>
        <source>Strea&amp;ms (%1)</source>
        <translation>流（%1）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>The stream %1 is back after %2 s of silence</source>
        <translation>流 %1 在静默 %2 秒后已恢复</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339"/>
        <source>The stream %1 stopped: %2</source>
        <translation>流 %1 已停止：%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>Record…</source>
        <translation>录制…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="372"/>
        <source>Exporting the table to %1…</source>
        <translation>正在将表格导出到 %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="417"/>
        <source>Sending failed: %1</source>
        <translation>发送失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="441"/>
        <source>The packet is in the sender: press Send Once to send it again</source>
        <translation>该数据包已填入发送区：点击“发送一次”即可再次发送</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <source>&lt;h3&gt;Multicast Tester %1&lt;/h3&gt;&lt;p&gt;Send, receive and measure IP multicast: who hears whom, with loss, latency and jitter. The same engine runs headless as &lt;tt&gt;mctester send&lt;/tt&gt; and &lt;tt&gt;mctester recv&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;组播测试器 %1&lt;/h3&gt;&lt;p&gt;发送、接收并测量 IP 组播：谁能收到谁，以及丢包、时延和抖动。同一引擎也可以无界面方式运行，即 &lt;tt&gt;mctester send&lt;/tt&gt; 和 &lt;tt&gt;mctester recv&lt;/tt&gt;。&lt;/p&gt;&lt;p&gt;许可证：GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）。本程序不提供任何担保。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="534"/>
        <source>About Multicast Tester</source>
        <translation>关于组播测试器</translation>
    </message>
</context>
<context>
    <name>mct::ui::MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="41"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/messagebar.cpp" line="52"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/messagebar.cpp" line="53"/>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <location filename="../ui/messagebar.cpp" line="69"/>
        <source>%1 (×%2)</source>
        <translation>%1（×%2）</translation>
    </message>
</context>
<context>
    <name>mct::ui::PacketDetails</name>
    <message>
        <location filename="../ui/packetdetails.cpp" line="25"/>
        <source>Packet details and hex dump</source>
        <translation>数据包详情和十六进制转储</translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="34"/>
        <source>Select a packet to see its bytes.</source>
        <translation>选择一个数据包以查看其字节内容。</translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="46"/>
        <source>Packet #%1, received %2 %3</source>
        <translation>数据包 #%1，接收于 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="50"/>
        <source>From %1 to %2 on %3, TTL %4</source>
        <translation>从 %1 到 %2，接口 %3，TTL %4</translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="53"/>
        <source>unknown interface</source>
        <translation>未知接口</translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="54"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="55"/>
        <source>DSCP and ECN unknown</source>
        <translation>DSCP 和 ECN 未知</translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="56"/>
        <source>Size %1 B</source>
        <translation>大小 %1 B</translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="58"/>
        <source>%1, of which %2 B kept</source>
        <translation>%1，其中保留 %2 B</translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="60"/>
        <source>%1, format: %2</source>
        <translation>%1，格式：%2</translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="65"/>
        <source>Stream %1, sequence %2, sent %3 (one-way %4 ms; needs synchronised clocks)</source>
        <translation>流 %1，序号 %2，发送于 %3（单向 %4 ms；需要时钟同步）</translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="69"/>
        <source>Stream %1, sequence %2</source>
        <translation>流 %1，序号 %2</translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="63"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/packetdetails.cpp" line="76"/>
        <source>Payload: %1</source>
        <translation>载荷：%1</translation>
    </message>
</context>
<context>
    <name>mct::ui::PacketTableModel</name>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="406"/>
        <source>Interface %1 (index %2)</source>
        <translation>接口 %1（索引 %2）</translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="412"/>
        <source>%1 bytes on the wire, %2 kept</source>
        <translation>实际 %1 字节，保留 %2</translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="413"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="416"/>
        <source>%1 payload: %2</source>
        <translation>%1 载荷：%2</translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="431"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="433"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="435"/>
        <source>Source</source>
        <translation>源地址</translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="437"/>
        <source>Group:port</source>
        <translation>组播组:端口</translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="439"/>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="441"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="443"/>
        <source>DSCP</source>
        <translation>DSCP</translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="445"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="447"/>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="449"/>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="457"/>
        <source>Running packet number since the window opened</source>
        <translation>自窗口打开以来的数据包流水号</translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="459"/>
        <source>Receive time, local wall clock</source>
        <translation>接收时间（本地时钟）</translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="461"/>
        <source>TTL or hop limit the packet arrived with</source>
        <translation>数据包到达时的 TTL 或跳数限制</translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="463"/>
        <source>DSCP (Differentiated Services code point) the packet arrived with</source>
        <translation>数据包到达时的 DSCP（区分服务码点）</translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="465"/>
        <source>UDP payload size in bytes</source>
        <translation>UDP 载荷大小（字节）</translation>
    </message>
    <message>
        <location filename="../ui/packettablemodel.cpp" line="467"/>
        <source>Sequence number from a recognised header (probe, iperf2, RTP, mcjoin)</source>
        <translation>从可识别的头部（探测头、iperf2、RTP、mcjoin）中读出的序号</translation>
    </message>
</context>
<context>
    <name>mct::ui::PacketView</name>
    <message>
        <location filename="../ui/packetview.cpp" line="93"/>
        <location filename="../ui/packetview.cpp" line="335"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="94"/>
        <source>&amp;Clear</source>
        <translation>清空(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="95"/>
        <source>&amp;Filter</source>
        <translation>过滤(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="105"/>
        <source>Freeze the table; packets keep arriving and are counted, and appear on resume (Ctrl+P, or Space in the table)</source>
        <translation>冻结表格；数据包仍会继续接收和计数，恢复后显示（Ctrl+P，或在表格中按空格键）</translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="109"/>
        <source>Remove every row from this table (Ctrl+L). The counts in the status bar and the Streams tab&apos;s statistics and chart go on: Reset Statistics there starts those afresh</source>
        <translation>清除此表格中的所有行（Ctrl+L）。状态栏中的计数以及“流”选项卡中的统计和图表不受影响：在该选项卡中点击“重置统计”可重新开始统计</translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="126"/>
        <source>Filter by source, group or payload text (Ctrl+F)</source>
        <translation>按源地址、组播组或载荷文本过滤（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="128"/>
        <source>Packet filter</source>
        <translation>数据包过滤</translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="129"/>
        <source>Shows only packets whose source, group:port or payload contains this text (not case-sensitive)</source>
        <translation>只显示源地址、组播组:端口或载荷中包含此文本的数据包（不区分大小写）</translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="139"/>
        <source>Table state</source>
        <translation>表格状态</translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="185"/>
        <source>Received packets</source>
        <translation>已接收的数据包</translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="335"/>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="414"/>
        <source>Paused · waiting: %1</source>
        <translation>已暂停 · 等待中：%1</translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="429"/>
        <source>No packet matches the filter.</source>
        <translation>没有与过滤条件匹配的数据包。</translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="431"/>
        <source>Paused. New packets appear when you resume.</source>
        <translation>已暂停。继续后将显示新数据包。</translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="433"/>
        <source>No packets yet.
Join a group on the left (Ctrl+J); its packets appear here as they arrive.</source>
        <translation>尚无数据包。
在左侧加入一个组播组（Ctrl+J），收到的数据包将显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="522"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="553"/>
        <source>&amp;Resend from the Sender</source>
        <translation>在发送区中重新发送(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/packetview.cpp" line="555"/>
        <source>Put this packet&apos;s payload and %1 into the sender, to send it again</source>
        <translation>将此数据包的载荷和 %1 填入发送区，以便再次发送</translation>
    </message>
</context>
<context>
    <name>mct::ui::PayloadEditor</name>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="51"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="52"/>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="53"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="54"/>
        <source>Payload type</source>
        <translation>载荷类型</translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="55"/>
        <source>What each datagram carries</source>
        <translation>每个数据报携带的内容</translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="57"/>
        <source>Payload text</source>
        <translation>载荷文本</translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="58"/>
        <source>hello from {host} #{seq}</source>
        <translation>hello from {host} #{seq}</translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="59"/>
        <source>Payload hex bytes</source>
        <translation>载荷十六进制字节</translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="60"/>
        <source>de ad be ef 00 01</source>
        <translation>de ad be ef 00 01</translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="66"/>
        <source>Payload file</source>
        <translation>载荷文件</translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="67"/>
        <source>File to send as the payload</source>
        <translation>作为载荷发送的文件</translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="68"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="69"/>
        <source>Choose payload file</source>
        <translation>选择载荷文件</translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="167"/>
        <source>payload text: %1 bytes is more than a UDP datagram holds (%2)</source>
        <translation>载荷文本：%1 字节超过了 UDP 数据报的容量（%2）</translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="171"/>
        <source>Placeholders: {seq} sequence number, {time} send time, {host} host name</source>
        <translation>占位符：{seq} 序号，{time} 发送时间，{host} 主机名</translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="176"/>
        <source>Payload size: %1 B</source>
        <translation>载荷大小：%1 B</translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="182"/>
        <source>Payload size: %1 B, the file as it is</source>
        <translation>载荷大小：%1 B，即文件原样内容</translation>
    </message>
    <message>
        <location filename="../ui/payloadeditor.cpp" line="200"/>
        <source>Payload File</source>
        <translation>载荷文件</translation>
    </message>
</context>
<context>
    <name>mct::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="26"/>
        <source>Re&amp;join the groups joined at exit</source>
        <translation>重新加入退出时已加入的组播组(&amp;J)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="28"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="32"/>
        <source> rows</source>
        <translation> 行</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="33"/>
        <source>Packet table capacity</source>
        <translation>数据包表容量</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="37"/>
        <location filename="../ui/preferencesdialog.cpp" line="41"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="38"/>
        <source>Payload memory for the packet table</source>
        <translation>数据包表的载荷内存</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="39"/>
        <source>When the rows&apos; payloads need more, the oldest rows go first</source>
        <translation>当各行载荷需要更多内存时，最旧的行最先移除</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="42"/>
        <source>Socket receive buffer</source>
        <translation>套接字接收缓冲区</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="43"/>
        <source>Room in the kernel for bursts; the kernel may grant less (net.core.rmem_max), and a warning then says so. Applies to groups joined from now on.</source>
        <translation>内核中用于容纳突发流量的空间；内核分配的可能更少（受 net.core.rmem_max 限制），届时会有警告提示。仅对此后加入的组播组生效。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="45"/>
        <source>Rejoin groups at start</source>
        <translation>启动时重新加入组播组</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="48"/>
        <source>The table keeps the newest rows and drops the oldest when it is full or their payloads need more memory than allowed below; counters, statistics and recordings always cover every packet. About 200 bytes per row plus the payload.</source>
        <translation>表格保留最新的行；表格已满或各行载荷所需内存超过下方的上限时，丢弃最旧的行。计数器、统计和录制始终涵盖所有数据包。每行约占 200 字节，另加载荷。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="56"/>
        <source>Packet table &amp;keeps:</source>
        <translation>数据包表保留(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="58"/>
        <source>Payload &amp;memory up to:</source>
        <translation>载荷内存上限(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="59"/>
        <source>Socket receive &amp;buffer:</source>
        <translation>套接字接收缓冲区(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="60"/>
        <source>At start:</source>
        <translation>启动时：</translation>
    </message>
</context>
<context>
    <name>mct::ui::RateChart</name>
    <message>
        <location filename="../ui/ratechart.cpp" line="152"/>
        <location filename="../ui/ratechart.cpp" line="316"/>
        <source>packets/s</source>
        <translation>包/秒</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="85"/>
        <source> #%1</source>
        <translation> #%1</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="108"/>
        <source>Rate chart</source>
        <translation>速率图</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="109"/>
        <source>Loss chart</source>
        <translation>丢包图</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="153"/>
        <location filename="../ui/ratechart.cpp" line="329"/>
        <source>lost/s</source>
        <translation>丢包/秒</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="320"/>
        <source>%1 lost</source>
        <translation>丢失 %1</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="343"/>
        <source>%1
%2 %3 at %4</source>
        <translation>%1
%2 %3，于 %4</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="361"/>
        <source>outages</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="386"/>
        <source>%1
%2 to %3</source>
        <translation>%1
%2 至 %3</translation>
    </message>
</context>
<context>
    <name>mct::ui::ReceiverPane</name>
    <message>
        <location filename="../ui/receiverpane.cpp" line="45"/>
        <source>All multicast interfaces</source>
        <translation>所有组播接口</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="51"/>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="52"/>
        <source>&amp;Leave</source>
        <translation>离开(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="53"/>
        <source>&amp;Why No Packets?…</source>
        <translation>为什么收不到数据包？(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="59"/>
        <source>Repl&amp;y to senders:</source>
        <translation>回复发送端(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="72"/>
        <source>Receiving interface</source>
        <translation>接收接口</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="73"/>
        <source>Interface to join on; by default every multicast-capable interface</source>
        <translation>加入组播组所用的接口；默认为所有支持组播的接口</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="74"/>
        <source>Group and port to join</source>
        <translation>要加入的组播组和端口</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="167"/>
        <source>Why no packets?</source>
        <translation>为什么收不到数据包？</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="168"/>
        <source>Check this host for the usual reasons multicast does not arrive: interface, route, filters, firewall, memberships (for the selected group, else the group above)</source>
        <translation>检查本机上组播收不到的常见原因：接口、路由、过滤、防火墙、成员关系（针对所选组播组，未选择时针对上方的组播组）</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="175"/>
        <source>Include</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="176"/>
        <source>Exclude</source>
        <translation>排除</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="177"/>
        <source>Receive only from these senders (source-specific join)</source>
        <translation>只接收来自这些发送端的数据（源特定加入）</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="179"/>
        <source>Receive from every sender except these</source>
        <translation>接收除这些以外所有发送端的数据</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="180"/>
        <source>Source filter mode</source>
        <translation>源过滤模式</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="181"/>
        <source>Include: only these senders; Exclude: every sender but these</source>
        <translation>包含：只接收这些发送端；排除：接收除这些以外的所有发送端</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="182"/>
        <source>any sender</source>
        <translation>任意发送端</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="183"/>
        <source>Source addresses</source>
        <translation>源地址</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="184"/>
        <source>Sender addresses separated by commas, e.g. 10.0.0.1, 10.0.0.2; empty receives from any sender</source>
        <translation>发送端地址，以逗号分隔，例如 10.0.0.1, 10.0.0.2；留空则接收任意发送端的数据</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="211"/>
        <source>Joined groups</source>
        <translation>已加入的组播组</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="188"/>
        <source>Reply mode</source>
        <translation>回复模式</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="190"/>
        <source>Answer every packet by unicast to its sender, so the sender sees who hears it; probe packets get a reply with the loss count, plain packets this text</source>
        <translation>以单播回复每个数据包的发送端，使发送端知道谁收到了它；探测包的回复带有丢包数，普通包则回复此文本</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="193"/>
        <source>Reply text</source>
        <translation>回复文本</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="194"/>
        <source>Answer to plain packets; {host}, {seq} and {time} expand</source>
        <translation>对普通包的回复；{host}、{seq} 和 {time} 会被展开</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="87"/>
        <source>&amp;Interface:</source>
        <translation>接口(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="91"/>
        <source>&amp;Group:port:</source>
        <translation>组播组:端口(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="97"/>
        <source>Sourc&amp;es:</source>
        <translation>源地址(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="58"/>
        <location filename="../ui/receiverpane.cpp" line="252"/>
        <source>Joined groups:</source>
        <translation>已加入的组播组：</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="75"/>
        <source>Multicast group and UDP port to receive; a range (239.8.0.1-239.8.3.232:5000, 239.1.1.1:5000-5009, [ff3e::1-ff3e::3e8]:5000) or a list separated by commas joins each group</source>
        <translation>要接收的组播组和 UDP 端口；输入范围（239.8.0.1-239.8.3.232:5000、239.1.1.1:5000-5009、[ff3e::1-ff3e::3e8]:5000）或以逗号分隔的列表时，会分别加入其中的每个组播组</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="163"/>
        <source>Leave the selected groups (Del); Ctrl+A in the list selects every group shown</source>
        <translation>离开所选组播组（Del）；在列表中按 Ctrl+A 可选中所有显示的组播组</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="231"/>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="233"/>
        <source>Filter joined groups</source>
        <translation>过滤已加入的组播组</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="234"/>
        <source>Show only the joined groups that contain this text (e.g. 239.8.1. or :5001); select all shown (Ctrl+A) and leave them at once</source>
        <translation>只显示包含此文本的已加入组播组（例如 239.8.1. 或 :5001）；全选显示的组播组（Ctrl+A）即可一次全部离开</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="254"/>
        <source>Joined groups: %1</source>
        <translation>已加入的组播组：%1</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="257"/>
        <source>Joined groups: %1 of %2 shown</source>
        <translation>已加入的组播组：显示 %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="282"/>
        <source>Sources</source>
        <translation>源地址</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="289"/>
        <source>Sources: %1 is a multicast group; name the sender&apos;s own address</source>
        <translation>源地址：%1 是组播组；请填写发送端自身的地址</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="296"/>
        <source>Sources: %1 is not of the group&apos;s address family (%2)</source>
        <translation>源地址：%1 与组播组的地址族（%2）不一致</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="375"/>
        <source>%1 is a source-specific group: the kernel delivers nothing unless you include the sender&apos;s address in Sources</source>
        <translation>%1 是源特定组播组：除非在“源地址”中包含发送端的地址，否则内核不会投递任何数据</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="386"/>
        <source>Join the group and show its packets (%1)</source>
        <translation>加入组播组并显示其数据包（%1）</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="388"/>
        <source>Cannot join: %1</source>
        <translation>无法加入：%1</translation>
    </message>
    <message>
        <location filename="../ui/receiverpane.cpp" line="426"/>
        <source>Leave &amp;All</source>
        <translation>全部离开(&amp;A)</translation>
    </message>
</context>
<context>
    <name>mct::ui::RecordingBar</name>
    <message>
        <location filename="../ui/recordingbar.cpp" line="19"/>
        <source>&amp;Record to File…</source>
        <translation>录制到文件(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/recordingbar.cpp" line="20"/>
        <source>S&amp;top Recording</source>
        <translation>停止录制(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/recordingbar.cpp" line="26"/>
        <source>Recording</source>
        <translation>正在录制</translation>
    </message>
    <message>
        <location filename="../ui/recordingbar.cpp" line="31"/>
        <source>Write every received packet to a pcap, CSV or JSON Lines file, also those the table no longer keeps (%1)</source>
        <translation>将收到的每个数据包写入 pcap、CSV 或 JSON Lines 文件，包括表格中已不再保留的数据包（%1）</translation>
    </message>
    <message>
        <location filename="../ui/recordingbar.cpp" line="35"/>
        <source>Finish the file; receiving goes on</source>
        <translation>完成文件写入；接收继续进行</translation>
    </message>
    <message>
        <location filename="../ui/recordingbar.cpp" line="45"/>
        <source>Stop recording</source>
        <translation>停止录制</translation>
    </message>
    <message>
        <location filename="../ui/recordingbar.cpp" line="71"/>
        <source>Record Received Packets</source>
        <translation>录制收到的数据包</translation>
    </message>
    <message>
        <location filename="../ui/recordingbar.cpp" line="103"/>
        <source>Cannot record: %1</source>
        <translation>无法录制：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/recordingbar.cpp" line="119"/>
        <source>Recorded %1 packet(s) to %2</source>
        <translation>
            <numerusform>已将 %1 个数据包录制到 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/recordingbar.cpp" line="123"/>
        <source>Recording stopped after %1 packet(s): %2. Receiving goes on.</source>
        <translation>
            <numerusform>录制了 %1 个数据包后停止：%2。接收继续进行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/recordingbar.cpp" line="151"/>
        <source>Finishing %1 — %2 packet(s)</source>
        <translation>
            <numerusform>正在完成 %1 — %2 个数据包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/recordingbar.cpp" line="152"/>
        <source>Recording to %1 — %2 packet(s)</source>
        <translation>
            <numerusform>正在录制到 %1 — %2 个数据包</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/recordingbar.cpp" line="153"/>
        <source>Every packet received since the start goes into the file, also those the table no longer shows</source>
        <translation>自开始录制以来收到的每个数据包都会写入文件，包括表格中已不再显示的数据包</translation>
    </message>
</context>
<context>
    <name>mct::ui::ReplyModel</name>
    <message>
        <location filename="../ui/replymodel.cpp" line="85"/>
        <source>(plain reply)</source>
        <translation>（普通回复）</translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="93"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replymodel.cpp" line="105"/>
        <source>%n router(s) on the way: sent with TTL %1, arrived with TTL %2</source>
        <translation>
            <numerusform>途经 %n 个路由器：发送时 TTL 为 %1，到达时 TTL 为 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="109"/>
        <source>Arrived with TTL %1</source>
        <translation>到达时 TTL 为 %1</translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="112"/>
        <source>At the edge of the TTL: one router more and this receiver would not hear the packets. Raise the TTL field.</source>
        <translation>处于 TTL 边缘：再多一个路由器，此接收端就收不到数据包了。请调高“TTL”字段的值。</translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="129"/>
        <source>Round trip min/avg/max: %1 / %2 / %3 ms (replies measured: %4)</source>
        <translation>往返时间 最小/平均/最大：%1 / %2 / %3 ms（已测回复数：%4）</translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="139"/>
        <source>The receiver reports %1 received and %2 lost</source>
        <translation>接收端报告已收 %1 个、丢失 %2 个</translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="165"/>
        <source>Packets the receiver reports lost (probe replies only)</source>
        <translation>接收端报告丢失的数据包（仅探测回复）</translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="167"/>
        <source>Average round-trip time of probe replies</source>
        <translation>探测回复的平均往返时间</translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="169"/>
        <source>Routers between here and the receiver (TTL sent - TTL received, probe replies); a warning sign: one router more and it would not hear</source>
        <translation>本机与接收端之间的路由器数（发送 TTL - 接收 TTL，仅探测回复）；出现警告标志表示再多一个路由器它就收不到了</translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="172"/>
        <source>The last plain-text reply</source>
        <translation>最近一条纯文本回复</translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="182"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="184"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="186"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="188"/>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="190"/>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="192"/>
        <source>Hops</source>
        <translation>跳数</translation>
    </message>
    <message>
        <location filename="../ui/replymodel.cpp" line="194"/>
        <source>Last text</source>
        <translation>最近文本</translation>
    </message>
</context>
<context>
    <name>mct::ui::SenderPane</name>
    <message>
        <location filename="../ui/senderpane.cpp" line="67"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="76"/>
        <source>Loop&amp;back</source>
        <translation>环回(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="77"/>
        <location filename="../ui/senderpane.cpp" line="168"/>
        <source>Add probe header</source>
        <translation>添加探测头</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="79"/>
        <source>Send &amp;Once</source>
        <translation>发送一次(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="80"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="81"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="135"/>
        <source>Sending interface</source>
        <translation>发送接口</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="137"/>
        <source>Interface the datagrams leave by; the system default follows the multicast route</source>
        <translation>数据报的出接口；系统默认按组播路由选择</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="138"/>
        <source>Destination group and port</source>
        <translation>目的组播组和端口</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="139"/>
        <source>Multicast group and UDP port to send to</source>
        <translation>要发送到的组播组和 UDP 端口</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="143"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="147"/>
        <source>Interval in milliseconds</source>
        <translation>间隔（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="148"/>
        <source>Milliseconds between packets; fractions allowed</source>
        <translation>数据包之间的毫秒数；允许小数</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="150"/>
        <source>Packet count</source>
        <translation>数据包数量</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="151"/>
        <source>Packets to send after Start; 0 sends until stopped</source>
        <translation>点击“开始”后要发送的数据包数；0 表示一直发送直到停止</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="152"/>
        <location filename="../ui/senderpane.cpp" line="160"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="153"/>
        <source>Source port</source>
        <translation>源端口</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="154"/>
        <source>UDP port to send from; empty or 0 picks a free one</source>
        <translation>发送所用的 UDP 端口；留空或 0 表示自动选择空闲端口</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="155"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="157"/>
        <source>DSCP</source>
        <translation>DSCP</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="163"/>
        <source>Send from this address of the host (it must be assigned to an interface); empty uses the outgoing interface&apos;s address</source>
        <translation>从本机的此地址发送（该地址必须已配置在某个接口上）；留空则使用出接口的地址</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="166"/>
        <source>Loopback</source>
        <translation>环回</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="167"/>
        <source>Also deliver the packets to receivers on this host</source>
        <translation>同时将数据包投递给本机上的接收端</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="170"/>
        <source>Put the mctester probe header (stream id, sequence, send time) in front of the payload, so receivers measure loss and latency and can reply</source>
        <translation>在载荷前加上 mctester 探测头（流 ID、序号、发送时间），使接收端能测量丢包和时延并进行回复</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="185"/>
        <source>I&amp;nterface:</source>
        <translation>接口(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="187"/>
        <source>Gr&amp;oup:port:</source>
        <translation>组播组:端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="195"/>
        <source>So&amp;urce port:</source>
        <translation>源端口(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="241"/>
        <source>Receivers in reply mode answer each packet by unicast; probe replies carry their loss count and give the round-trip time and the routers on the way (hops)</source>
        <translation>处于回复模式的接收端会以单播回复每个数据包；探测回复带有丢包数，并可得出往返时间和途经的路由器数（跳数）</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="456"/>
        <source>Sent: %1 · %2</source>
        <translation>已发送：%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="458"/>
        <source>%1 · errors: %2</source>
        <translation>%1 · 错误：%2</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="189"/>
        <source>TT&amp;L:</source>
        <translation>TT&amp;L：</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="47"/>
        <location filename="../ui/senderpane.cpp" line="161"/>
        <source>Source address</source>
        <translation>源地址</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="50"/>
        <source>Source address: %1 is a multicast group; use an address of this host</source>
        <translation>源地址：%1 是组播组；请使用本机的地址</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="144"/>
        <source>Time to live / hop limit, 0 to 255: 1 stays on this link, 0 on this host; each router lowers it by one. Empty: 1</source>
        <translation>生存时间 / 跳数限制，0 到 255：1 仅限本链路，0 仅限本机；每经过一个路由器减一。留空：1</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="158"/>
        <source>Differentiated Services code point (0 to 63) in the IP header, e.g. 46 for expedited forwarding; empty leaves the system&apos;s choice</source>
        <translation>IP 头中的区分服务码点（0 到 63），例如加速转发（EF）为 46；留空表示由系统决定</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="191"/>
        <source>Inter&amp;val (ms):</source>
        <translation>间隔（毫秒）(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="193"/>
        <source>&amp;Count:</source>
        <translation>数量(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="197"/>
        <source>&amp;DSCP:</source>
        <translation>&amp;DSCP：</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="199"/>
        <source>Source address:</source>
        <translation>源地址：</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="206"/>
        <source>P&amp;ayload:</source>
        <translation>载荷(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="227"/>
        <source>Sent packets</source>
        <translation>已发送的数据包</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="240"/>
        <source>Replies (who hears me)</source>
        <translation>回复（谁收到了我）</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="244"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="246"/>
        <source>Clear replies</source>
        <translation>清空回复</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="258"/>
        <source>Receivers that replied</source>
        <translation>已回复的接收端</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="362"/>
        <source>Source address: %1 is not of the group&apos;s address family (%2)</source>
        <translation>源地址：%1 与组播组的地址族（%2）不一致</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="378"/>
        <source>Cannot start: %1</source>
        <translation>无法开始：%1</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="379"/>
        <location filename="../ui/senderpane.cpp" line="384"/>
        <source>Cannot send: %1</source>
        <translation>无法发送：%1</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="388"/>
        <source>Send one datagram now (%1)</source>
        <translation>立即发送一个数据报（%1）</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="392"/>
        <source>Send at the interval until the count is reached or Stop (%1)</source>
        <translation>按间隔发送，直到达到数量或点击停止（%1）</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="395"/>
        <source>Stop sending (%1)</source>
        <translation>停止发送（%1）</translation>
    </message>
    <message>
        <location filename="../ui/senderpane.cpp" line="456"/>
        <source>Sent: %1</source>
        <translation>已发送：%1</translation>
    </message>
</context>
<context>
    <name>mct::ui::StatusSummary</name>
    <message>
        <location filename="../ui/statussummary.cpp" line="18"/>
        <source>%1 Gbit/s</source>
        <translation>%1 Gbit/s</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="21"/>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="24"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="26"/>
        <source>%1 bit/s</source>
        <translation>%1 bit/s</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="36"/>
        <source>%1 B</source>
        <comment>a size below 1 KiB, in bytes</comment>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="45"/>
        <source>Packets received</source>
        <translation>已接收的数据包</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="45"/>
        <source>Packets and bytes received on every joined group</source>
        <translation>所有已加入组播组上收到的数据包数和字节数</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="47"/>
        <source>Receive rate</source>
        <translation>接收速率</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="47"/>
        <source>Packets per second over the last moment, all streams together</source>
        <translation>最近一段时间内的每秒数据包数，所有流合计</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="49"/>
        <source>Streams</source>
        <translation>流</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="49"/>
        <source>Distinct senders per group (source address and port, probe run)</source>
        <translation>每个组播组中不同发送端的数量（按源地址和端口、探测运行区分）</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="50"/>
        <source>Packets lost</source>
        <translation>丢包数</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="51"/>
        <source>Gaps in sequence numbers, summed over every stream that has them</source>
        <translation>序号中的缺口，对所有存在缺口的流求和</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="52"/>
        <source>Kernel drops</source>
        <translation>内核丢弃</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="53"/>
        <source>Packets the kernel dropped because the socket buffer was full; a larger buffer (Settings &gt; Preferences) absorbs longer bursts</source>
        <translation>因套接字缓冲区已满而被内核丢弃的数据包；更大的缓冲区（设置 &gt; 首选项）能承受更长的突发</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="55"/>
        <source>Packets not shown</source>
        <translation>未显示的数据包</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="56"/>
        <source>Received, counted and recorded, but not put into the table because the window could not keep up</source>
        <translation>已接收、计数并录制，但因窗口处理不过来而未放入表格</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="58"/>
        <source>Table rows</source>
        <translation>表格行数</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="58"/>
        <source>Rows shown / rows kept in the table (capacity); older rows are dropped from the table, never from the counters</source>
        <translation>显示的行数 / 表格中保留的行数（容量）；较旧的行只会从表格中移除，不会从计数器中扣除</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="108"/>
        <source>Received: %1 (%2)</source>
        <translation>已接收：%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="110"/>
        <source>%1 pkt/s · %2</source>
        <translation>%1 包/秒 · %2</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="111"/>
        <source>Streams: %1</source>
        <translation>流：%1</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="112"/>
        <source>Lost: %1</source>
        <translation>丢失：%1</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="113"/>
        <source>Kernel drops: %1</source>
        <translation>内核丢弃：%1</translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="115"/>
        <source>not shown: %1</source>
        <translation>未显示：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statussummary.cpp" line="123"/>
        <source>Showing %1 of %2 row(s)</source>
        <translation>
            <numerusform>显示 %1 / %2 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statussummary.cpp" line="126"/>
        <source>%1 / %2 row(s)</source>
        <translation>
            <numerusform>%1 / %2 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mct::ui::StreamStatsModel</name>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="60"/>
        <source>Packets missing from the sequence; with a planned count, also those that never came</source>
        <translation>序列中缺失的数据包；若有计划发送数量，也包括始终未到达的数据包</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="62"/>
        <source>Packets that arrived after a higher sequence number</source>
        <translation>在更大序号之后才到达的数据包</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="64"/>
        <source>Interarrival jitter (RFC 3550), from the sender&apos;s timestamps</source>
        <translation>到达间隔抖动（RFC 3550），根据发送端的时间戳计算</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="66"/>
        <source>One-way latency: minimum / average / maximum. Only meaningful when the sender&apos;s and this host&apos;s clocks are synchronised (NTP, PTP).</source>
        <translation>单向时延：最小 / 平均 / 最大。仅当发送端与本机时钟同步（NTP、PTP）时才有意义。</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="69"/>
        <source>Time from joining the group to the first packet of this stream. &quot;sender began later&quot;: its first packet was its sender&apos;s first, so this is the wait for the sender, not how long the join took</source>
        <translation>从加入组播组到收到此流第一个数据包的时间。“发送端较晚开始”：收到的第一个数据包就是发送端发出的第一个数据包，因此这是等待发送端的时间，而不是加入所用的时间</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="74"/>
        <source>Silences longer than 10 of the stream&apos;s usual gaps between packets (and 50 ms): how many, and the longest</source>
        <translation>长于该流通常包间隔 10 倍（且长于 50 ms）的静默：次数及最长一次</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="85"/>
        <source>Source</source>
        <translation>源地址</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="87"/>
        <source>Group</source>
        <translation>组播组</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="89"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="91"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="93"/>
        <source>Packets/s</source>
        <translation>包/秒</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="95"/>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="97"/>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="99"/>
        <source>Loss %</source>
        <translation>丢包率 %</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="101"/>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="103"/>
        <source>Reordered</source>
        <translation>乱序</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="105"/>
        <source>Outages</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="107"/>
        <source>Jitter (ms)</source>
        <translation>抖动（ms）</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="109"/>
        <source>Latency min / avg / max (ms)</source>
        <translation>时延 最小 / 平均 / 最大（ms）</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="133"/>
        <source>No packet of this stream has arrived for a while (2 s and 10 of its usual gaps): it stopped. The message under the tabs says the likely cause.</source>
        <translation>此流已有一段时间（2 秒且超过其通常间隔的 10 倍）没有数据包到达：它已停止。选项卡下方的消息会说明可能的原因。</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="137"/>
        <source>Its line on the chart below has this colour</source>
        <translation>下方图表中代表它的线条就是这种颜色</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="192"/>
        <source>%1 (sender began later)</source>
        <translation>%1（发送端较晚开始）</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="111"/>
        <source>Join → first (ms)</source>
        <translation>加入→首包（ms）</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="130"/>
        <source>This stream ended: the sender restarted (its sequence started again)</source>
        <translation>此流已结束：发送端已重启（其序号重新开始）</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="147"/>
        <source>%1 (ended)</source>
        <translation>%1（已结束）</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="147"/>
        <source>%1 (stopped)</source>
        <translation>%1（已停止）</translation>
    </message>
    <message>
        <location filename="../ui/streamstatsmodel.cpp" line="177"/>
        <source>%1, longest %2 ms</source>
        <translation>%1 次，最长 %2 ms</translation>
    </message>
</context>
<context>
    <name>mct::ui::StreamsPane</name>
    <message>
        <location filename="../ui/streamspane.cpp" line="29"/>
        <source>Reset &amp;Statistics</source>
        <translation>重置统计(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/streamspane.cpp" line="34"/>
        <source>Streams and their statistics</source>
        <translation>流及其统计</translation>
    </message>
    <message>
        <location filename="../ui/streamspane.cpp" line="40"/>
        <source>Packet rate and loss over time</source>
        <translation>数据包速率和丢包随时间的变化</translation>
    </message>
    <message>
        <location filename="../ui/streamspane.cpp" line="47"/>
        <source>Forget every stream&apos;s counts, loss, jitter and latency and empty the chart; streams are counted afresh from their next packet. The packet table keeps its rows.</source>
        <translation>清除所有流的计数、丢包、抖动和时延，并清空图表；各流将从下一个数据包起重新计数。数据包表中的行保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/streamspane.cpp" line="54"/>
        <source>Per sender and group; a colour is the stream&apos;s line on the chart</source>
        <translation>按发送端和组播组统计；颜色对应该流在图表中的线条</translation>
    </message>
    <message>
        <location filename="../ui/streamspane.cpp" line="114"/>
        <source>Outage of %1: %2 ms silent</source>
        <translation>%1 中断：静默 %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/streamspane.cpp" line="118"/>
        <source>%1, %2 lost</source>
        <translation>%1，丢失 %2</translation>
    </message>
</context>
<context>
    <name>mct::ui::TableExport</name>
    <message numerus="yes">
        <location filename="../ui/tableexport.cpp" line="66"/>
        <source>Exported %1 packet(s) to %2</source>
        <translation>
            <numerusform>已将 %1 个数据包导出到 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tableexport.cpp" line="70"/>
        <source>Cannot export the table: %1</source>
        <translation>无法导出表格：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tableexport.cpp" line="72"/>
        <source>Export stopped after %1 packet(s): %2</source>
        <translation>
            <numerusform>导出了 %1 个数据包后停止：%2</numerusform>
        </translation>
    </message>
</context>
</TS>
