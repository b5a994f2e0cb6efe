// "Why no packets?": checks the host for the usual reasons multicast does not arrive.
#include "doctor.h"

#include "doctorquerier.h"
#include "doctorroute.h"
#include "interfaces.h"
#include "multicastsocket.h"
#include "plural.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <array>
#include <cerrno>
#include <cstring>
#include <optional>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mct::core {

namespace {

class DoctorText final
{
    Q_DECLARE_TR_FUNCTIONS(Doctor)
};

QString readSmallFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromLatin1(f.read(1 << 20));
}

// Runs a read-only system tool; empty when it is missing or fails.
QString runTool(const QString &program, const QStringList &args, bool *ran = nullptr)
{
    if (ran) {
        *ran = false;
    }
    const QString path =
            QStandardPaths::findExecutable(program, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                     QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    if (path.isEmpty()) {
        return {};
    }
    QProcess p;
    p.start(path, args);
    if (!p.waitForFinished(5000) || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        return {};
    }
    if (ran) {
        *ran = p.exitCode() == 0;
    }
    return QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError());
}

QString forAudience(const DoctorOptions &o, const QString &window, const QString &commandLine)
{
    return core::forAudience(o.audience, window, commandLine);
}

DoctorCheck make(const char *id, CheckStatus status, const QString &summary, const QString &fix = {})
{
    return DoctorCheck{QString::fromLatin1(id), status, summary, fix};
}

QList<InterfaceInfo> targetInterfaces(const DoctorOptions &o, DoctorReport &report)
{
    const bool ipv6 = o.endpoint.isIPv6();
    if (!o.interfaceName.isEmpty()) {
        const auto found = findInterface(o.interfaceName);
        if (!found) {
            report.checks.append(
                    make("interface", CheckStatus::Fail, found.error(),
                         forAudience(o, DoctorText::tr("pick an existing interface in the Interface list"),
                                     DoctorText::tr("pick an existing interface with -i (see `ip link`)"))));
            return {};
        }
        const InterfaceInfo &i = found.value();
        if (!i.up || !i.running) {
            report.checks.append(make(
                    "interface", CheckStatus::Fail,
                    DoctorText::tr("interface %1 is down (no carrier or administratively down)").arg(i.name),
                    DoctorText::tr("bring it up: ip link set %1 up, and check the cable or link")
                            .arg(i.name)));
            return {};
        }
        if (!i.multicast && i.loopback) {
            // Linux loops this host's own multicast through lo whatever its flag says (with a route
            // for the group): a test on one host works, one between hosts never comes through lo.
            report.checks.append(
                    make("interface", CheckStatus::Warn,
                         DoctorText::tr(
                                 "interface %1 is the loopback without the MULTICAST flag: only this host's "
                                 "own senders reach it")
                                 .arg(i.name),
                         DoctorText::tr(
                                 "to hear other hosts, choose the interface that faces them; ip link set %1 "
                                 "multicast on marks it capable")
                                 .arg(i.name)));
            return {i};
        }
        if (!i.multicast) {
            report.checks.append(
                    make("interface", CheckStatus::Fail,
                         DoctorText::tr("interface %1 is not multicast-capable").arg(i.name),
                         DoctorText::tr("turn multicast on: ip link set %1 multicast on").arg(i.name)));
            return {};
        }
        report.checks.append(make("interface", CheckStatus::Pass,
                                  DoctorText::tr("interface %1 is up and multicast-capable").arg(i.label())));
        return {i};
    }
    const auto all = multicastInterfaces(ipv6);
    if (all.isEmpty()) {
        report.checks.append(
                make("interface", CheckStatus::Fail,
                     DoctorText::tr("no interface is up, running and multicast-capable with an %1 address")
                             .arg(ipv6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4")),
                     DoctorText::tr("bring an interface up and give it an address, or enable multicast on it "
                                    "(ip link set DEV multicast on)")));
        return {};
    }
    QStringList names;
    for (const InterfaceInfo &i : all) {
        names.append(i.name);
    }
    report.checks.append(
            make("interface", CheckStatus::Pass,
                 DoctorText::tr("multicast-capable interfaces: %1").arg(names.join(QStringLiteral(", ")))));
    return all;
}

void checkGroup(const DoctorOptions &o, DoctorReport &report)
{
    const QString advice = groupAdvice(o.endpoint.group);
    if (!advice.isEmpty()) {
        report.checks.append(
                make("group", CheckStatus::Warn, advice,
                     DoctorText::tr("use a group from 239.0.0.0/8 (IPv4) or ff15::/16 (IPv6) for tests")));
    } else if (isSourceSpecificGroup(o.endpoint.group) && o.sources.isEmpty()) {
        report.checks.append(make(
                "group", CheckStatus::Warn,
                DoctorText::tr("%1 is source-specific: receivers get nothing unless they name the sender")
                        .arg(o.endpoint.group.toString()),
                forAudience(o, DoctorText::tr("join with the sender's address in the Sources field"),
                            DoctorText::tr("join with the sender's address (-s ADDR)"))));
    } else {
        report.checks.append(
                make("group", CheckStatus::Pass,
                     DoctorText::tr("%1 is a good test group").arg(o.endpoint.group.toString())));
    }
}

void checkRoute(const DoctorOptions &o, const QList<InterfaceInfo> &interfaces, DoctorReport &report)
{
    const bool ipv6 = o.endpoint.isIPv6();
    const int fd = ::socket(ipv6 ? AF_INET6 : AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    int error = 0;
    if (fd >= 0) {
        sockaddr_storage to{};
        socklen_t length = 0;
        if (ipv6) {
            auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&to);
            sin6->sin6_family = AF_INET6;
            sin6->sin6_port = htons(o.endpoint.port);
            const Q_IPV6ADDR raw = o.endpoint.group.toIPv6Address();
            std::memcpy(&sin6->sin6_addr, raw.c, 16);
            length = sizeof(sockaddr_in6);
        } else {
            auto *sin = reinterpret_cast<sockaddr_in *>(&to);
            sin->sin_family = AF_INET;
            sin->sin_port = htons(o.endpoint.port);
            sin->sin_addr.s_addr = htonl(o.endpoint.group.toIPv4Address());
            length = sizeof(sockaddr_in);
        }
        // connect() on UDP sends nothing: it only asks the kernel for a route.
        if (::connect(fd, reinterpret_cast<sockaddr *>(&to), length) != 0) {
            error = errno;
        }
        ::close(fd);
    }
    const QString routeText =
            runTool(QStringLiteral("ip"),
                    {ipv6 ? QStringLiteral("-6") : QStringLiteral("-4"), QStringLiteral("-o"),
                     QStringLiteral("route"), QStringLiteral("get"), o.endpoint.group.toString()})
                    .simplified();
    static const QRegularExpression devRe(QStringLiteral("\\bdev (\\S+)"));
    static const QRegularExpression viaRe(QStringLiteral("\\bvia (\\S+)"));
    const QString dev = devRe.match(routeText).captured(1);
    const QString via = viaRe.match(routeText).captured(1);
    QStringList joinedOn;
    for (const InterfaceInfo &i : interfaces) {
        joinedOn.append(i.name);
    }
    report.checks.append(judgeRoute(o, error, dev, joinedOn));
    if (error != 0) {
        return;
    }
    if (o.senderTtl == 0) {
        // TTL 0 never leaves this host: only receivers on it (with loopback on) get the packets.
        report.checks.append(make(
                "ttl", via.isEmpty() ? CheckStatus::Pass : CheckStatus::Warn,
                DoctorText::tr("TTL 0 keeps packets on this host: only receivers on it get them"),
                forAudience(o, DoctorText::tr("to reach other hosts on the link send with TTL 1 or more"),
                            DoctorText::tr("to reach other hosts on the link send with -t 1 or more"))));
    } else if (!via.isEmpty() && o.senderTtl <= 1) {
        report.checks.append(make(
                "ttl", CheckStatus::Warn,
                DoctorText::tr("the route goes via the router %1, but TTL %2 never crosses a router")
                        .arg(via)
                        .arg(o.senderTtl),
                forAudience(o, DoctorText::tr("send with a TTL of at least the number of routers plus one"),
                            DoctorText::tr("send with a TTL of at least the number of routers plus one "
                                           "(-t)"))));
    } else {
        report.checks.append(make(
                "ttl", CheckStatus::Pass,
                o.senderTtl <= 1 ? forAudience(o,
                                               DoctorText::tr("TTL 1 keeps packets on the local link: fine "
                                                              "when sender and receiver share it; to cross "
                                                              "N routers send with TTL N+1"),
                                               DoctorText::tr("TTL 1 keeps packets on the local link: fine "
                                                              "when sender and receiver share it; to cross "
                                                              "N routers send with -t N+1"))
                                 : DoctorText::tr("TTL %1 crosses up to %2 router(s)", nullptr,
                                                  pluralSelector(quint64(o.senderTtl - 1)))
                                           .arg(o.senderTtl)
                                           .arg(o.senderTtl - 1)));
    }
}

void checkReversePath(const QList<InterfaceInfo> &interfaces, bool ipv6, DoctorReport &report)
{
    if (ipv6) {
        return; // rp_filter is IPv4 only
    }
    const int all = readSmallFile(QStringLiteral("/proc/sys/net/ipv4/conf/all/rp_filter")).trimmed().toInt();
    QStringList strict;
    for (const InterfaceInfo &i : interfaces) {
        const int own = readSmallFile(QStringLiteral("/proc/sys/net/ipv4/conf/%1/rp_filter").arg(i.name))
                                .trimmed()
                                .toInt();
        if (std::max(all, own) == 1) {
            strict.append(i.name);
        }
    }
    if (strict.isEmpty()) {
        report.checks.append(make("rp_filter", CheckStatus::Pass,
                                  DoctorText::tr("reverse-path filtering is off or loose")));
    } else {
        report.checks.append(make(
                "rp_filter", CheckStatus::Warn,
                DoctorText::tr(
                        "strict reverse-path filtering on %1: packets from sources that are not routed back "
                        "through the same interface are dropped")
                        .arg(strict.join(QStringLiteral(", "))),
                DoctorText::tr("set loose mode: sysctl -w net.ipv4.conf.all.rp_filter=2 "
                               "net.ipv4.conf.%1.rp_filter=2")
                        .arg(strict.constFirst())));
    }
}

void checkForcedVersion(const DoctorOptions &o, const QList<InterfaceInfo> &interfaces, DoctorReport &report)
{
    const bool ipv6 = o.endpoint.isIPv6();
    const bool ssm = isSourceSpecificGroup(o.endpoint.group) || !o.sources.isEmpty();
    QStringList notes;
    bool tooOld = false;
    for (const InterfaceInfo &i : interfaces) {
        const QString path =
                ipv6 ? QStringLiteral("/proc/sys/net/ipv6/conf/%1/force_mld_version").arg(i.name)
                     : QStringLiteral("/proc/sys/net/ipv4/conf/%1/force_igmp_version").arg(i.name);
        const int version = readSmallFile(path).trimmed().toInt();
        if (version != 0) {
            notes.append(DoctorText::tr("%1 forces %2v%3")
                                 .arg(i.name, ipv6 ? QStringLiteral("MLD") : QStringLiteral("IGMP"))
                                 .arg(version));
            if (ssm && ((!ipv6 && version < 3) || (ipv6 && version < 2))) {
                tooOld = true;
            }
        }
    }
    if (notes.isEmpty()) {
        report.checks.append(make("igmp_version", CheckStatus::Pass,
                                  DoctorText::tr("no %1 version is forced")
                                          .arg(ipv6 ? QStringLiteral("MLD") : QStringLiteral("IGMP"))));
    } else {
        report.checks.append(make(
                "igmp_version", tooOld ? CheckStatus::Fail : CheckStatus::Warn,
                notes.join(QStringLiteral("; ")),
                tooOld ? DoctorText::tr(
                                 "source-specific joins need IGMPv3 / MLDv2: set force_%1_version to 0")
                                 .arg(ipv6 ? QStringLiteral("mld") : QStringLiteral("igmp"))
                       : DoctorText::tr("a forced old version is usually a workaround for an old switch; "
                                        "set it to 0 unless that is intended")));
    }
}

// A rule's destination ports: "dport 5000", "dport { 53, 5000 }", "dport 4000-6000" (nft),
// "--dport 5000", "--dports 53,5000", "--dport 4000:6000" (iptables); the list is capture 1. One
// pattern for finding them (namesPort) and for taking them out of a rule (judgeRule).
const QRegularExpression &destinationPorts()
{
    static const QRegularExpression pattern(
            QStringLiteral("(?:--)?\\bdports?\\s+(\\{[^}]*\\}|[0-9][0-9,:\\-]*)"));
    return pattern;
}

// Whether a rule names the port among its destination ports; nullopt when it names none at all.

std::optional<bool> namesPort(const QString &rule, quint16 port)
{
    const QRegularExpression &dport = destinationPorts();
    static const QRegularExpression item(QStringLiteral("(\\d+)(?:\\s*[-:]\\s*(\\d+))?"));
    bool any = false;
    for (auto m = dport.globalMatch(rule); m.hasNext();) {
        any = true;
        for (auto i = item.globalMatch(m.next().captured(1)); i.hasNext();) {
            const QRegularExpressionMatch range = i.next();
            const uint low = range.captured(1).toUInt();
            const uint high = range.captured(2).isEmpty() ? low : range.captured(2).toUInt();
            if (port >= low && port <= high) {
                return true;
            }
        }
    }
    return any ? std::optional<bool>(false) : std::nullopt;
}

// A rule's words as a list, with quoted text ("a comment") kept as one word.
QStringList ruleWords(const QString &rule)
{
    static const QRegularExpression word(QStringLiteral("\"[^\"]*\"|\\S+"));
    QStringList words;
    for (auto m = word.globalMatch(rule); m.hasNext();) {
        words.append(m.next().captured(0));
    }
    return words;
}

// What one dropping rule on the way in means for UDP to the port. `rest` is what is left of the rule
// once the words that cannot narrow it (protocol udp, counters, comments, the verdict) are gone,
// with the destination ports still in it. "drops" only when nothing else is left and the ports name
// ours; ignored when they name only others; "may" for everything else (sources, interfaces, state,
// rates, shares, negations: conditions the doctor cannot weigh), and when an earlier rule accepts
// some of the port's datagrams.
void addMayDrop(const QString &line, const QString &fix, FirewallVerdict &verdict)
{
    verdict.mayDrop.append(line);
    if (verdict.mayDropFix.isEmpty()) {
        verdict.mayDropFix = fix;
    }
}

// `fix`: the command that would accept the port ahead of this rule.
void judgeRule(const QString &rule, QString rest, quint16 port, bool acceptedBefore, const QString &tool,
               const QString &fix, FirewallVerdict &verdict)
{
    static const QRegularExpression negation(QStringLiteral("(^|\\s)(!|!=)(\\s|$)"));
    const bool negated = rest.contains(negation);
    const std::optional<bool> named = namesPort(rest, port);
    if (named.has_value() && !*named && !negated) {
        return; // other ports only
    }
    rest.remove(destinationPorts());
    const QString line = tool + QStringLiteral(": ") + rule;
    if (named.value_or(false) && !negated && rest.trimmed().isEmpty() && !acceptedBefore) {
        verdict.drops.append(line);
        if (verdict.dropsFix.isEmpty()) {
            verdict.dropsFix = fix;
        }
    } else {
        addMayDrop(line, fix, verdict);
    }
}

QString nftAllowCommand(const QString &family, const QString &table, const QString &chain, quint16 port)
{
    return QStringLiteral("nft insert rule %1 %2 %3 udp dport %4 accept").arg(family, table, chain).arg(port);
}

QString iptablesAllowCommand(const QString &tool, const QString &chain, quint16 port)
{
    return QStringLiteral("%1 -I %2 -p udp --dport %3 -j ACCEPT").arg(tool, chain).arg(port);
}

// Whether an nft table of this family sees datagrams of the group's family.
bool nftFamilyApplies(const QString &family, bool ipv6)
{
    if (family == QStringLiteral("ip")) {
        return !ipv6;
    }
    if (family == QStringLiteral("ip6")) {
        return ipv6;
    }
    return family != QStringLiteral("arp"); // inet, bridge, netdev see both
}

// Whether the words of a rule's condition can match the group's family: "ip saddr ..." or
// "ip protocol udp" match only IPv4, "ip6 ..." only IPv6, as does "meta nfproto ipv4|ipv6".
bool nftRuleApplies(const QStringList &condition, bool ipv6)
{
    if (condition.contains(ipv6 ? QStringLiteral("ip") : QStringLiteral("ip6"))) {
        return false;
    }
    const qsizetype nfproto = condition.indexOf(QStringLiteral("nfproto"));
    return nfproto < 0 || nfproto + 1 >= condition.size()
           || condition.at(nfproto + 1) == (ipv6 ? QStringLiteral("ipv6") : QStringLiteral("ipv4"));
}

} // namespace

FirewallVerdict judgeNftRules(const QString &ruleset, quint16 port, bool ipv6)
{
    FirewallVerdict verdict;
    const QString tool = QStringLiteral("nft");
    static const QRegularExpression hook(QStringLiteral("\\bhook (\\w+)"));
    static const QRegularExpression table(QStringLiteral("^table (\\w+) (\\S+)"));
    static const QRegularExpression chain(QStringLiteral("^chain (\\S+)"));
    QString tableFamily = QStringLiteral("inet");
    QString tableName = QStringLiteral("filter");
    // What lets the port in ahead of the current chain's rules, in that chain.
    QString fix = nftAllowCommand(tableFamily, tableName, QStringLiteral("input"), port);
    bool familyApplies = true;
    // Rules of chains hooked on the way out (output, postrouting) or through (forward) do not
    // touch what arrives here; rules of regular chains might (a chain on the way in may jump there).
    bool inbound = true;
    bool acceptedBefore = false; // an earlier rule of the chain accepts some of the port's datagrams
    for (const QString &raw : ruleset.split(u'\n')) {
        const QString line = raw.trimmed();
        if (const QRegularExpressionMatch m = table.match(line); m.hasMatch()) {
            tableFamily = m.captured(1);
            tableName = m.captured(2);
            familyApplies = nftFamilyApplies(tableFamily, ipv6);
            continue;
        }
        if (const QRegularExpressionMatch m = chain.match(line); m.hasMatch()) {
            fix = nftAllowCommand(tableFamily, tableName, m.captured(1), port);
            inbound = true;
            acceptedBefore = false;
            continue;
        }
        if (const QRegularExpressionMatch m = hook.match(line); m.hasMatch()) {
            const QString where = m.captured(1);
            inbound = familyApplies
                      && (where == QStringLiteral("input") || where == QStringLiteral("prerouting")
                          || where == QStringLiteral("ingress"));
            if (inbound && line.contains(QStringLiteral("policy drop"))) {
                addMayDrop(tool + QStringLiteral(": ") + line, fix, verdict);
            }
            continue;
        }
        if (!inbound || !familyApplies || line.isEmpty() || line.endsWith(u'{')
            || line == QStringLiteral("}")) {
            continue;
        }
        const QStringList words = ruleWords(line);
        const qsizetype verdictAt =
                std::max(words.indexOf(QStringLiteral("drop")), words.indexOf(QStringLiteral("reject")));
        const qsizetype acceptAt = words.indexOf(QStringLiteral("accept"));
        // "reject with icmp ..." is the verdict, a comment after it no condition.
        const QStringList condition = words.mid(0, verdictAt >= 0 ? verdictAt : acceptAt);
        if (!nftRuleApplies(condition, ipv6)) {
            continue;
        }
        if (verdictAt < 0) {
            acceptedBefore = acceptedBefore || (acceptAt >= 0 && namesPort(line, port).value_or(false));
            continue;
        }
        // Another protocol than UDP, or datagrams on their way out (Docker's isolation rules).
        static const QStringList notUdp{QStringLiteral("tcp"),     QStringLiteral("sctp"),
                                        QStringLiteral("dccp"),    QStringLiteral("udplite"),
                                        QStringLiteral("icmp"),    QStringLiteral("icmpv6"),
                                        QStringLiteral("oifname"), QStringLiteral("oif")};
        if (std::any_of(condition.cbegin(), condition.cend(),
                        [](const QString &w) { return notUdp.contains(w); })) {
            continue;
        }
        QStringList rest;
        for (qsizetype w = 0; w < condition.size(); ++w) {
            const QString &word = condition.at(w);
            if (word == QStringLiteral("udp") || word == QStringLiteral("th")) {
                continue;
            }
            if (word == QStringLiteral("counter")) {
                // "counter" or "counter packets N bytes N"
                while (w + 2 < condition.size()
                       && (condition.at(w + 1) == QStringLiteral("packets")
                           || condition.at(w + 1) == QStringLiteral("bytes"))) {
                    w += 2;
                }
                continue;
            }
            if ((word == QStringLiteral("l4proto") || word == QStringLiteral("protocol")
                 || word == QStringLiteral("nexthdr"))
                && w + 1 < condition.size() && condition.at(w + 1) == QStringLiteral("udp") && !rest.isEmpty()
                && (rest.constLast() == QStringLiteral("meta") || rest.constLast() == QStringLiteral("ip")
                    || rest.constLast() == QStringLiteral("ip6"))) {
                rest.removeLast(); // "meta l4proto udp", "ip protocol udp", "ip6 nexthdr udp"
                ++w;
                continue;
            }
            rest.append(word);
        }
        // A comment after the verdict is not a condition; nor is anything else after it.
        judgeRule(line, rest.join(u' '), port, acceptedBefore, tool, fix, verdict);
    }
    verdict.drops.removeDuplicates();
    verdict.mayDrop.removeDuplicates();
    return verdict;
}

FirewallVerdict judgeIptablesRules(const QString &rules, quint16 port, const QString &tool)
{
    FirewallVerdict verdict;
    bool acceptedBefore = false; // an earlier rule accepts some of the port's datagrams
    for (const QString &raw : rules.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line == QStringLiteral("-P INPUT DROP")) {
            addMayDrop(tool + QStringLiteral(": ") + line,
                       iptablesAllowCommand(tool, QStringLiteral("INPUT"), port), verdict);
            continue;
        }
        // -A CHAIN ...: all but the ways out and through (a custom chain may be jumped to from INPUT).
        if (!line.startsWith(QStringLiteral("-A ")) || line.startsWith(QStringLiteral("-A OUTPUT "))
            || line.startsWith(QStringLiteral("-A FORWARD "))
            || line.startsWith(QStringLiteral("-A POSTROUTING "))) {
            continue;
        }
        const QStringList words = ruleWords(line);
        const qsizetype jump = words.indexOf(QStringLiteral("-j"));
        const QString target = jump >= 0 && jump + 1 < words.size() ? words.at(jump + 1) : QString();
        if (target != QStringLiteral("DROP") && target != QStringLiteral("REJECT")) {
            acceptedBefore = acceptedBefore
                             || (target == QStringLiteral("ACCEPT") && namesPort(line, port).value_or(false));
            continue;
        }
        const qsizetype protocol = words.indexOf(QStringLiteral("-p"));
        const bool negatedProtocol = protocol > 0 && words.at(protocol - 1) == QStringLiteral("!");
        if ((protocol >= 0 && protocol + 1 < words.size() && words.at(protocol + 1) != QStringLiteral("udp")
             && !negatedProtocol)
            || words.contains(QStringLiteral("-o"))) {
            continue; // another protocol, or datagrams on their way out (Docker's isolation rules)
        }
        QStringList rest;
        for (qsizetype w = 2; w < words.size(); ++w) { // after "-A CHAIN"
            const QString &word = words.at(w);
            const QString next = w + 1 < words.size() ? words.at(w + 1) : QString();
            if ((word == QStringLiteral("-p") && next == QStringLiteral("udp") && !negatedProtocol)
                || (word == QStringLiteral("-m")
                    && (next == QStringLiteral("udp") || next == QStringLiteral("multiport")
                        || next == QStringLiteral("comment")))
                || word == QStringLiteral("--comment") || word == QStringLiteral("-j")
                || word == QStringLiteral("--reject-with")) {
                ++w; // the word and its value
                continue;
            }
            rest.append(word);
        }
        judgeRule(line, rest.join(u' '), port, acceptedBefore, tool,
                  iptablesAllowCommand(tool, words.value(1, QStringLiteral("INPUT")), port), verdict);
    }
    return verdict;
}

namespace {

void checkFirewall(const DoctorOptions &o, DoctorReport &report)
{
    const QString port = QString::number(o.endpoint.port);
    FirewallVerdict verdict;
    bool readable = false;
    bool ran = false;
    const QString nft =
            runTool(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("ruleset")}, &ran);
    if (ran) {
        readable = true;
        verdict = judgeNftRules(nft, o.endpoint.port, o.endpoint.isIPv6());
    }
    const QString tool = o.endpoint.isIPv6() ? QStringLiteral("ip6tables") : QStringLiteral("iptables");
    const QString ipt = runTool(tool, {QStringLiteral("-S")}, &ran);
    if (ran) {
        readable = true;
        const FirewallVerdict more = judgeIptablesRules(ipt, o.endpoint.port, tool);
        verdict.drops += more.drops;
        verdict.mayDrop += more.mayDrop;
        verdict.dropsFix = verdict.dropsFix.isEmpty() ? more.dropsFix : verdict.dropsFix;
        verdict.mayDropFix = verdict.mayDropFix.isEmpty() ? more.mayDropFix : verdict.mayDropFix;
    }
    const bool haveTools =
            !QStandardPaths::findExecutable(QStringLiteral("nft"),
                                            {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
                     .isEmpty()
            || !QStandardPaths::findExecutable(tool, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
                        .isEmpty();
    if (!readable && !haveTools) {
        report.checks.append(
                make("firewall", CheckStatus::Warn,
                     DoctorText::tr("firewall not checked: neither nft nor %1 is installed").arg(tool),
                     DoctorText::tr("install nftables to let the doctor read the rules")));
    } else if (!readable) {
        report.checks.append(
                make("firewall", CheckStatus::Warn,
                     DoctorText::tr("firewall rules could not be read (reading them needs root)"),
                     DoctorText::tr("run the doctor as root to check the firewall")));
    } else if (!verdict.drops.isEmpty()) {
        report.checks.append(make(
                "firewall", CheckStatus::Fail,
                DoctorText::tr("the firewall drops UDP port %1: %2")
                        .arg(port, verdict.drops.join(QStringLiteral(" | "))),
                DoctorText::tr("remove that rule, or allow the port before it: %1").arg(verdict.dropsFix)));
    } else if (!verdict.mayDrop.isEmpty()) {
        report.checks.append(make("firewall", CheckStatus::Warn,
                                  DoctorText::tr("firewall rules that may drop the traffic: %1")
                                          .arg(verdict.mayDrop.join(QStringLiteral(" | "))),
                                  DoctorText::tr("allow UDP port %1 from the sender ahead of them, e.g. %2")
                                          .arg(port, verdict.mayDropFix)));
    } else {
        report.checks.append(make("firewall", CheckStatus::Pass,
                                  DoctorText::tr("no firewall rule drops UDP port %1").arg(port)));
    }
}

void checkPortUsers(const DoctorOptions &o, DoctorReport &report)
{
    const QString hexPort = QStringLiteral(":%1 ").arg(o.endpoint.port, 4, 16, QLatin1Char('0')).toUpper();
    int users = 0;
    for (const QString &file : {QStringLiteral("/proc/net/udp"), QStringLiteral("/proc/net/udp6")}) {
        const QStringList lines = readSmallFile(file).split(u'\n');
        for (const QString &line : lines) {
            const QStringList fields = line.simplified().split(u' ');
            if (fields.size() > 2 && (fields.at(1) + u' ').endsWith(hexPort)) {
                ++users;
            }
        }
    }
    users = std::max(0, users - o.ownSocketsOnPort);
    if (users == 0) {
        report.checks.append(
                make("port", CheckStatus::Pass,
                     DoctorText::tr("no other socket on this host uses UDP port %1").arg(o.endpoint.port)));
    } else {
        report.checks.append(make(
                "port", CheckStatus::Warn,
                DoctorText::tr("%n other socket(s) on this host already use UDP port %1", nullptr, users)
                        .arg(o.endpoint.port),
                DoctorText::tr("fine if they share the port; if one holds it exclusively, binding fails: "
                               "see `ss -ulpn sport = :%1`")
                        .arg(o.endpoint.port)));
    }
}

// Sees the group's datagrams to every port, through a raw UDP socket (root only): the usual
// "nothing arrives" is a sender on another port, and this tells which.
class OtherPortWatcher final
{
    Q_DISABLE_COPY_MOVE(OtherPortWatcher)

public:
    struct Seen
    {
        quint16 port = 0;
        QString firstSource; // address:port of the first sender seen
        quint64 datagrams = 0;
    };

    // interfaces: where the doctor joined (0: the route's choice, so any interface counts).
    OtherPortWatcher(const Endpoint &endpoint, const QList<int> &interfaces)
        : m_endpoint(endpoint)
        , m_group(NetAddress::fromHostAddress(endpoint.group))
        , m_interfaces(interfaces.contains(0) ? QList<int>{} : interfaces)
    {
        const bool ipv6 = endpoint.isIPv6();
        m_fd = ::socket(ipv6 ? AF_INET6 : AF_INET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_UDP);
        if (m_fd >= 0) {
            // The interface of each datagram (a group joined elsewhere by another program is not
            // the one asked about), and for IPv6, whose raw sockets get no IP header, the destination.
            const int one = 1;
            if (ipv6) {
                ::setsockopt(m_fd, IPPROTO_IPV6, IPV6_RECVPKTINFO, &one, sizeof one);
            } else {
                ::setsockopt(m_fd, IPPROTO_IP, IP_PKTINFO, &one, sizeof one);
            }
        }
    }
    ~OtherPortWatcher()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }

    [[nodiscard]] int descriptor() const { return m_fd; }
    void stop() // on an error of its own: the doctor goes on without it
    {
        ::close(m_fd);
        m_fd = -1;
    }
    [[nodiscard]] const std::vector<Seen> &seen() const { return m_seen; }

    // Reads what is waiting; keeps the datagrams to the group on other ports.
    void read()
    {
        std::array<quint8, 2048> buffer{};
        std::array<char, 256> control{};
        for (int i = 0; i < 1024; ++i) { // a burst of other traffic must not keep the doctor here
            sockaddr_storage from{};
            iovec iov{buffer.data(), buffer.size()};
            msghdr h{};
            h.msg_name = &from;
            h.msg_namelen = sizeof from;
            h.msg_iov = &iov;
            h.msg_iovlen = 1;
            h.msg_control = control.data();
            h.msg_controllen = control.size();
            const ssize_t n = ::recvmsg(m_fd, &h, MSG_DONTWAIT);
            if (n <= 0) {
                return;
            }
            note(buffer.data(), size_t(n), from, h);
        }
    }

private:
    void note(const quint8 *data, size_t length, const sockaddr_storage &from, msghdr &h)
    {
        NetAddress destination;
        QHostAddress source;
        size_t udp = 0;
        int interfaceIndex = 0;
        for (cmsghdr *c = CMSG_FIRSTHDR(&h); c; c = CMSG_NXTHDR(&h, c)) {
            if (c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_PKTINFO) {
                in6_pktinfo info{};
                std::memcpy(&info, CMSG_DATA(c), sizeof info);
                destination = NetAddress::fromIPv6(info.ipi6_addr.s6_addr);
                interfaceIndex = int(info.ipi6_ifindex);
            } else if (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_PKTINFO) {
                in_pktinfo info{};
                std::memcpy(&info, CMSG_DATA(c), sizeof info);
                interfaceIndex = info.ipi_ifindex;
            }
        }
        if (!m_interfaces.isEmpty() && !m_interfaces.contains(interfaceIndex)) {
            return;
        }
        if (m_endpoint.isIPv6()) {
            const auto *sin6 = reinterpret_cast<const sockaddr_in6 *>(&from);
            source.setAddress(sin6->sin6_addr.s6_addr);
        } else {
            if (length < 20) {
                return;
            }
            udp = size_t(data[0] & 0x0f) * 4;
            quint32 daddr = 0;
            quint32 saddr = 0;
            std::memcpy(&saddr, data + 12, 4);
            std::memcpy(&daddr, data + 16, 4);
            destination = NetAddress::fromHostAddress(QHostAddress(ntohl(daddr)));
            source.setAddress(ntohl(saddr));
        }
        if (length < udp + 8 || !(destination == m_group)) {
            return;
        }
        const auto port16 = [data](size_t at) { return quint16((data[at] << 8) | data[at + 1]); };
        const quint16 sourcePort = port16(udp);
        const quint16 port = port16(udp + 2);
        if (port == m_endpoint.port) {
            return; // the group socket has these
        }
        auto it =
                std::find_if(m_seen.begin(), m_seen.end(), [port](const Seen &s) { return s.port == port; });
        if (it == m_seen.end()) {
            m_seen.push_back(Seen{port, formatAddressPort(source, sourcePort), 0});
            it = m_seen.end() - 1;
        }
        ++it->datagrams;
    }

    Endpoint m_endpoint;
    NetAddress m_group;
    QList<int> m_interfaces; // empty: any
    int m_fd = -1;
    std::vector<Seen> m_seen;
};

// What to do when the test join fails, by the kernel's reason: the membership limit is one cause
// among several, named only when it is the one.
QString joinFailureFix(const DoctorOptions &o, int error)
{
    switch (error) {
    case ENOBUFS:
        return DoctorText::tr("raise net.ipv4.igmp_max_memberships (or igmp_max_msf for source filters), or "
                              "leave some groups");
    case ENODEV:
        return routeFix(o);
    default:
        return DoctorText::tr("fix the interface or route above");
    }
}

void checkJoinAndListen(const DoctorOptions &o, const QList<InterfaceInfo> &interfaces, DoctorReport &report)
{
    const bool ipv6 = o.endpoint.isIPv6();
    auto opened = MulticastSocket::open(o.endpoint.group, o.endpoint.port, 0);
    if (!opened) {
        report.checks.append(make(
                "join", CheckStatus::Fail, opened.error(),
                DoctorText::tr("another program holds the port exclusively; stop it or pick another port")));
        return;
    }
    MulticastSocket &socket = *opened.value();
    socket.setAudience(o.audience);
    QList<int> indexes;
    for (const InterfaceInfo &i : interfaces) {
        indexes.append(i.index);
    }
    if (indexes.isEmpty()) {
        indexes.append(0);
    }
    QStringList errors;
    int error = 0;
    for (const int index : std::as_const(indexes)) {
        const auto joined = socket.join(Membership{o.endpoint.group, index, o.sources, {}});
        if (!joined) {
            errors.append(joined.error());
            error = socket.lastError();
        }
    }
    if (errors.size() == indexes.size()) {
        report.checks.append(
                make("join", CheckStatus::Fail,
                     DoctorText::tr("cannot join %1: %2")
                             .arg(o.endpoint.group.toString(), errors.join(QStringLiteral("; "))),
                     joinFailureFix(o, error)));
        return;
    }
    const QString table =
            readSmallFile(ipv6 ? QStringLiteral("/proc/net/igmp6") : QStringLiteral("/proc/net/igmp"));
    const QStringList listed = ipv6 ? igmp6InterfacesWithGroup(table, o.endpoint.group)
                                    : igmpInterfacesWithGroup(table, o.endpoint.group);
    if (listed.isEmpty()) {
        report.checks.append(make(
                "membership", CheckStatus::Fail,
                DoctorText::tr("the test join succeeded but the kernel lists no membership for %1")
                        .arg(o.endpoint.group.toString()),
                DoctorText::tr(
                        "check that the interface is up and not in a bridge port state that blocks it")));
    } else {
        report.checks.append(
                make("membership", CheckStatus::Pass,
                     DoctorText::tr("the kernel lists the membership of %1 on %2")
                             .arg(o.endpoint.group.toString(), listed.join(QStringLiteral(", ")))));
    }
    if (o.listenMs <= 0) {
        return;
    }
    // Until the group's first datagram or the deadline: a read may bring only others (another
    // group on the port where the socket cannot be bound to its group), which keep it waiting.
    // Meanwhile the watcher (when it could be opened) notes the group's datagrams to other ports.
    OtherPortWatcher watcher(o.endpoint, indexes);
    PacketBatch batch;
    const QDeadlineTimer deadline(o.listenMs);
    while (batch.records.isEmpty() && !deadline.hasExpired()) {
        std::array<pollfd, 2> waiting{pollfd{socket.descriptor(), POLLIN, 0},
                                      pollfd{watcher.descriptor(), POLLIN, 0}}; // -1: ignored
        const int ready = ::poll(waiting.data(), waiting.size(), int(deadline.remainingTime()));
        if (ready < 0 && errno != EINTR) {
            break;
        }
        if ((waiting[1].revents & POLLIN) != 0) {
            watcher.read();
        } else if ((waiting[1].revents & (POLLERR | POLLNVAL)) != 0) {
            watcher.stop();
        }
        if ((waiting[0].revents & (POLLERR | POLLNVAL)) != 0 && (waiting[0].revents & POLLIN) == 0) {
            break;
        }
        if ((waiting[0].revents & POLLIN) != 0 && socket.drain(batch, 64, 64) < 0) {
            break;
        }
    }
    if (batch.records.isEmpty() && !watcher.seen().empty()) {
        QStringList ports;
        QStringList numbers;
        for (const OtherPortWatcher::Seen &s : watcher.seen()) {
            ports.append(DoctorText::tr("port %1 (%n datagram(s), first from %2)", nullptr, int(s.datagrams))
                                 .arg(s.port)
                                 .arg(s.firstSource));
            numbers.append(QString::number(s.port));
        }
        const QString other = formatAddressPort(o.endpoint.group, watcher.seen().front().port);
        report.checks.append(make(
                "traffic", CheckStatus::Fail,
                DoctorText::tr("no packet for %1 within %2 s, but packets for %3 arrive on another port: %4")
                        .arg(o.endpoint.toString())
                        .arg(double(o.listenMs) / 1000.0)
                        .arg(o.endpoint.group.toString(), ports.join(QStringLiteral(", "))),
                forAudience(o,
                            DoctorText::tr("the sender uses port %1: join %2 to receive it, or have it send "
                                           "to %3")
                                    .arg(numbers.join(QStringLiteral(", ")), other, o.endpoint.toString()),
                            DoctorText::tr("the sender uses port %1: receive with mctester recv %2, or have "
                                           "it send to %3")
                                    .arg(numbers.join(QStringLiteral(", ")), other, o.endpoint.toString()))));
        return;
    }
    if (!batch.records.isEmpty()) {
        const PacketRecord &r = batch.records.constFirst();
        report.checks.append(make("traffic", CheckStatus::Pass,
                                  DoctorText::tr("packets arrive: the first came from %1 with TTL %2")
                                          .arg(formatAddressPort(r.source.toHostAddress(), r.sourcePort))
                                          .arg(r.ttl)));
    } else {
        const QString summary =
                watcher.descriptor() >= 0
                        ? DoctorText::tr(
                                  "no packet for %1 within %2 s after joining, nor for %3 on any other "
                                  "port")
                                  .arg(o.endpoint.toString())
                                  .arg(double(o.listenMs) / 1000.0)
                                  .arg(o.endpoint.group.toString())
                        : DoctorText::tr("no packet for %1 within %2 s after joining")
                                  .arg(o.endpoint.toString())
                                  .arg(double(o.listenMs) / 1000.0);
        report.checks.append(
                make("traffic", CheckStatus::Warn, summary,
                     DoctorText::tr("is a sender running? Senders on this host need loopback on; senders "
                                    "elsewhere need a TTL above the number of routers in between")));
    }
}

} // namespace

const char *checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Warn:
        return "warn";
    case CheckStatus::Fail:
        return "fail";
    case CheckStatus::Pass:
        break;
    }
    return "pass";
}

bool DoctorReport::failed() const
{
    return std::any_of(checks.cbegin(), checks.cend(),
                       [](const DoctorCheck &c) { return c.status == CheckStatus::Fail; });
}

QStringList igmpInterfacesWithGroup(const QString &table, const QHostAddress &group)
{
    // Groups are printed as the 32-bit network-order value read as a host integer (%08X).
    const quint32 networkOrder = htonl(group.toIPv4Address());
    const QString wanted = QStringLiteral("%1").arg(networkOrder, 8, 16, QLatin1Char('0')).toUpper();
    QStringList out;
    QString device;
    const QStringList lines = table.split(u'\n');
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(QStringLiteral("Idx"))) {
            continue;
        }
        const QStringList fields = line.simplified().split(u' ');
        if (!line.front().isSpace() && fields.size() >= 2) {
            device = fields.at(1);
        } else if (!fields.isEmpty() && fields.constFirst().toUpper() == wanted && !device.isEmpty()) {
            out.append(device);
        }
    }
    out.removeDuplicates();
    return out;
}

QStringList igmp6InterfacesWithGroup(const QString &table, const QHostAddress &group)
{
    const Q_IPV6ADDR raw = group.toIPv6Address();
    const QString wanted = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(raw.c), 16).toHex());
    QStringList out;
    const QStringList lines = table.split(u'\n');
    for (const QString &line : lines) {
        const QStringList fields = line.simplified().split(u' ');
        if (fields.size() >= 3 && fields.at(2).toLower() == wanted) {
            out.append(fields.at(1));
        }
    }
    out.removeDuplicates();
    return out;
}

DoctorReport runDoctor(const DoctorOptions &options)
{
    DoctorOptions o = options;
    if (o.querierListenMs < 0) {
        o.querierListenMs = o.listenMs;
    }
    // Listening for the querier starts now and ends last: the other checks' time counts toward it.
    const QDeadlineTimer querierDeadline(o.querierListenMs);
    std::optional<QuerierCheck> querier;
    if (o.querierListenMs > 0) {
        querier.emplace(o.endpoint.isIPv6());
    }
    DoctorReport report;
    checkGroup(o, report);
    const QList<InterfaceInfo> interfaces = targetInterfaces(o, report);
    checkRoute(o, interfaces, report);
    checkReversePath(interfaces, o.endpoint.isIPv6(), report);
    checkForcedVersion(o, interfaces, report);
    checkFirewall(o, report);
    checkPortUsers(o, report);
    if (!o.interfaceName.isEmpty() && interfaces.isEmpty()) {
        return report; // the named interface is unusable: joining on it tells nothing new
    }
    checkJoinAndListen(o, interfaces, report);
    if (querier) {
        report.checks.append(querier->run(o, interfaces, querierDeadline));
    }
    return report;
}

QJsonObject doctorCheckToJson(const DoctorCheck &check)
{
    QJsonObject o{{QStringLiteral("check"), check.id},
                  {QStringLiteral("status"), QLatin1String(checkStatusName(check.status))},
                  {QStringLiteral("summary"), check.summary}};
    if (!check.fix.isEmpty()) {
        o.insert(QStringLiteral("fix"), check.fix);
    }
    return o;
}

} // namespace mct::core
