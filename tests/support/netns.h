// Throwaway network namespaces for integration tests: "hosts" joined by veth pairs, a bridge or a router.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace mct::test {

// What a program run inside a namespace did.
struct RunResult
{
    bool finished = false; // false: did not start, crashed, or timed out and was killed
    int exitCode = -1;
    qint64 elapsedMs = 0;
    QByteArray stdOut;
    QByteArray stdErr;
    QString error; // why it did not finish

    [[nodiscard]] QString out() const { return QString::fromUtf8(stdOut); }
    [[nodiscard]] QString err() const { return QString::fromUtf8(stdErr); }
    // Everything in one text, for test failure messages.
    [[nodiscard]] QString describe() const;
};

// One end of a link, as seen from inside its host.
struct Port
{
    QString host;
    QString interfaceName;
    QHostAddress ipv4; // 10.0.<link>.<n>/24
    QHostAddress ipv6; // fd00:0:0:<link>::<n>/64

    [[nodiscard]] QHostAddress address(bool v6) const { return v6 ? ipv6 : ipv4; }
};

struct Link
{
    Port a;
    Port b;
};

// A bridge as a snooping switch: IGMP/MLD snooping with its own querier, and short intervals so a
// test sees memberships expire in seconds (the defaults are 125 s queries, 260 s membership).
struct SnoopingOptions
{
    int igmpVersion = 3;
    int mldVersion = 2;
    int queryIntervalMs = 1000;
    int responseIntervalMs = 500;
    int membershipIntervalMs = 3000;
};

// Owns every namespace it makes and deletes them (and what still runs in them) when destroyed, so a
// failing test leaves nothing behind. Names carry the test's pid, so parallel runs never clash; nothing
// is ever created in, or sent from, the caller's own namespace.
class NetnsLab final
{
    Q_DISABLE_COPY_MOVE(NetnsLab)

public:
    NetnsLab();
    ~NetnsLab();

    // Whether namespaces and veth pairs can be made here (root, iproute2); if not, *why says why.
    [[nodiscard]] bool available(QString *why = nullptr);

    // A namespace with only lo, up. Host names are short: letters and digits.
    bool addHost(const QString &host);
    // A veth pair between two hosts (made if missing), up, with IPv4 and IPv6 addresses;
    // `a` gets .1 / ::1, `b` gets .2 / ::2 of a fresh subnet.
    std::optional<Link> link(const QString &a, const QString &b);
    // One subnet: each host gets a port on a bridge in namespace `switchHost` (snooping off, so
    // every group floods). Host i gets .(i+1) / ::(i+1).
    std::optional<QList<Port>> addBridge(const QString &switchHost, const QStringList &hosts);
    // The same bridge snooping, as its own querier (from .254 / fe80:: of the bridge): a host's
    // membership lasts only while it answers the queries, and groups no host joined go nowhere.
    std::optional<QList<Port>> addSnoopingBridge(const QString &switchHost, const QStringList &hosts,
                                                 const SnoopingOptions &options = {});
    // Name of the switch-side port of a host on a bridge made by addBridge / addSnoopingBridge.
    [[nodiscard]] QString bridgePortOf(const QString &host) const { return m_bridgePorts.value(host); }
    // Runs nft -f with the rules in the host (e.g. a bridge table on the switch), false on failure.
    bool nft(const QString &host, const QString &rules);
    // A router namespace linked to each host (router side .1, host side .2, one subnet per host), with
    // IPv4 and IPv6 forwarding and default routes in the hosts. Unicast only: forwarding multicast
    // also needs a multicast routing daemon (smcroute, pimd) in the router.
    std::optional<QList<Link>> addRouter(const QString &router, const QStringList &hosts);
    // link(sender, receiver) plus the sender's IPv4 multicast route, addresses ready: the usual pair.
    std::optional<Link> senderReceiverLink(const QString &sender, const QString &receiver);
    // 224.0.0.0/4 (IPv4) or ff00::/8 (IPv6, preferred over the per-interface defaults) via an interface.
    bool addMulticastRoute(const QString &host, const QString &interfaceName, bool ipv6 = false);
    // 224.0.0.0/4 out of an interface through a gateway on it, as a network with a multicast router
    // (PIM) configures it: `ip route get` then names the router.
    bool addMulticastRouteVia(const QString &host, const QString &interfaceName, const QHostAddress &gateway);
    // Polls until no address in any host is tentative (duplicate address detection done).
    bool waitForAddresses(int timeoutMs = 5000);

    // Runs `command` (program, then arguments) inside the host's namespace and waits for it.
    RunResult run(const QString &host, const QStringList &command, int timeoutMs = 10000);
    // Starts `command` inside the host's namespace in the background; nullptr if it did not start.
    // The lab kills it on destruction if the caller has not.
    std::unique_ptr<QProcess> start(const QString &host, const QStringList &command);
    // Polls /proc/net/igmp (igmp6) in the host until `group` is joined, on `interfaceName` if given.
    bool waitForMembership(const QString &host, const QHostAddress &group, const QString &interfaceName = {},
                           int timeoutMs = 5000);

    [[nodiscard]] QString namespaceName(const QString &host) const;
    [[nodiscard]] QStringList hosts() const { return m_hosts; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

    // Waits for a process from start() to end (killing it after timeoutMs) and collects its output.
    static RunResult finish(QProcess &process, int timeoutMs = 10000);
    // What a running process from start() printed so far, for failure messages; consumes nothing.
    static QString describeRunning(QProcess &process);
    // Waits until the process's stdout holds `needle` at least `occurrences` times, without consuming
    // it (readAllStandardOutput() still returns everything).
    static bool waitForOutput(QProcess &process, QByteArrayView needle, int timeoutMs,
                              qsizetype occurrences = 1);

private:
    bool ip(const QStringList &args);
    bool ipIn(const QString &host, const QString &command); // words split on spaces
    bool sysctl(const QString &host, const QStringList &settings);
    bool ensureHost(const QString &host);
    QString nextInterface(const QString &host);
    bool configurePort(const QString &host, const QString &interfaceName, int subnet, int hostNumber,
                       Port *port);
    bool fail(const QString &message);
    void removeStaleNamespaces();

    QString m_ip;     // path of iproute2's `ip`
    QString m_sysctl; // path of `sysctl`, may be empty
    QString m_cat;    // path of `cat`, to read /proc inside a namespace
    QString m_prefix; // mcttest-<pid>-<lab>-
    QStringList m_hosts;
    std::optional<QList<Port>> makeBridge(const QString &switchHost, const QStringList &hosts,
                                          const QString &bridgeOptions, bool hasAddress);

    QHash<QString, int> m_interfaceCount;
    QHash<QString, QString> m_bridgePorts; // host -> its port on the switch
    int m_subnets = 0;
    QList<QPointer<QProcess>> m_started;
    QString m_lastError;
};

} // namespace mct::test
