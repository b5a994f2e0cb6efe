// "Why no packets?": checks the host for the usual reasons multicast does not arrive.
#pragma once

#include "audience.h"
#include "endpoint.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mct::core {

enum class CheckStatus : quint8 {
    Pass,
    Warn,
    Fail
};
[[nodiscard]] const char *checkStatusName(CheckStatus status);

struct DoctorCheck
{
    QString id; // stable key for scripts, e.g. "route"
    CheckStatus status = CheckStatus::Pass;
    QString summary; // what was found
    QString fix;     // what to do about it, empty on pass
};

struct DoctorOptions
{
    Endpoint endpoint;
    QString interfaceName; // empty: every multicast-capable interface
    QList<QHostAddress> sources;
    int senderTtl = 1;        // the TTL the user's sender uses
    int listenMs = 3000;      // how long to wait for a packet after the test join (0: skip)
    int querierListenMs = -1; // how long to listen for an IGMP/MLD querier (-1: listenMs, 0: skip)
    int ownSocketsOnPort = 0; // the caller's own sockets on the port (the window's receiver): not "others"
    // Whom the advice speaks to: command-line flags (-i, -s, -t) or the window's fields.
    using Audience = mct::core::Audience;
    Audience audience = Audience::CommandLine;
};

struct DoctorReport
{
    QList<DoctorCheck> checks;
    [[nodiscard]] bool failed() const;
};

// Blocking: runs each check in turn (the last ones wait listenMs, and querierListenMs from the start).
// Run it off the GUI thread.
[[nodiscard]] DoctorReport runDoctor(const DoctorOptions &options);

[[nodiscard]] QJsonObject doctorCheckToJson(const DoctorCheck &check);

// What a firewall's rules mean for UDP datagrams arriving for a port, exposed for tests. `drops`:
// rules on the way in that drop or reject that port outright; `mayDrop`: ones that might (they drop
// UDP or some sources without naming ports, or a chain drops by default); each "tool: rule".
struct FirewallVerdict
{
    QStringList drops;
    QStringList mayDrop;
    // The command that lets the port in ahead of the first rule of each kind, in that rule's own
    // table and chain (e.g. "nft insert rule ip fw in udp dport 5000 accept").
    QString dropsFix;
    QString mayDropFix;
};
// `nft list ruleset` output, for a group of the given family: tables and rules of the other
// family (table ip / ip6, rules matching ip or ip6 headers, meta nfproto) and arp tables do not
// count.
[[nodiscard]] FirewallVerdict judgeNftRules(const QString &ruleset, quint16 port, bool ipv6);
// `iptables -S` / `ip6tables -S` output; tool names the source in the verdict's lines.
[[nodiscard]] FirewallVerdict judgeIptablesRules(const QString &rules, quint16 port, const QString &tool);

// The `route` check, from what the kernel said (routeError: connect()'s errno, 0 when it has a route;
// routeDevice: the interface it leads out of), graded by how the group is joined: on the interface
// named (-i), else on each of joinedOn by name (no route needed), else by the route. Exposed for tests.
[[nodiscard]] DoctorCheck judgeRoute(const DoctorOptions &options, int routeError, const QString &routeDevice,
                                     const QStringList &joinedOn);

// Parsers for the kernel's membership tables, exposed for tests.
[[nodiscard]] QStringList igmpInterfacesWithGroup(const QString &procNetIgmp, const QHostAddress &group);
[[nodiscard]] QStringList igmp6InterfacesWithGroup(const QString &procNetIgmp6, const QHostAddress &group);

} // namespace mct::core
