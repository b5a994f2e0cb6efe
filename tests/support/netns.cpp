// Throwaway network namespaces for integration tests: "hosts" joined by veth pairs, a bridge or a router.
#include "netns.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>
#include <QtEndian>

#include <atomic>
#include <cerrno>
#include <csignal>

#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace mct::test {

namespace {

constexpr QStringView kPrefix = u"mcttest-";
constexpr int kCommandTimeoutMs = 10000;
constexpr int kPollMs = 20;
constexpr const char *kStartedProperty = "mctStartedMs"; // QElapsedTimer reference time of start()

std::atomic<int> g_labCount{0};

QString findTool(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty()) {
        // Test runners often have no sbin directories on PATH.
        path = QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/sbin"_s, u"/usr/bin"_s, u"/bin"_s});
    }
    return path;
}

RunResult collect(QProcess &process, int timeoutMs, const QElapsedTimer &clock)
{
    RunResult result;
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        result.error = u"timed out after %1 ms and was killed"_s.arg(timeoutMs);
    } else if (process.exitStatus() != QProcess::NormalExit) {
        result.error = u"crashed: %1"_s.arg(process.errorString());
    } else {
        result.finished = true;
        result.exitCode = process.exitCode();
    }
    result.elapsedMs = clock.elapsed();
    result.stdOut = process.readAllStandardOutput();
    result.stdErr = process.readAllStandardError();
    return result;
}

RunResult runProcess(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(program, args);
    if (!process.waitForStarted(timeoutMs)) {
        RunResult result;
        result.error = u"cannot start %1: %2"_s.arg(program, process.errorString());
        return result;
    }
    return collect(process, timeoutMs, clock);
}

// "link set eth0 up" -> its words; only for commands built from our own names and addresses.
QStringList words(const QString &command)
{
    return command.split(u' ', Qt::SkipEmptyParts);
}

bool validHostName(const QString &host)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9]{0,11}$"_s);
    return pattern.match(host).hasMatch();
}

} // namespace

QString RunResult::describe() const
{
    QString text = finished ? u"exit code %1 after %2 ms"_s.arg(exitCode).arg(elapsedMs)
                            : u"did not finish: %1"_s.arg(error);
    text += u"\n--- stdout:\n%1\n--- stderr:\n%2"_s.arg(out(), err());
    return text;
}

NetnsLab::NetnsLab()
    : m_ip(findTool(u"ip"_s))
    , m_sysctl(findTool(u"sysctl"_s))
    , m_cat(findTool(u"cat"_s))
    , m_prefix(u"%1%2-%3-"_s.arg(kPrefix).arg(QCoreApplication::applicationPid()).arg(++g_labCount))
{}

NetnsLab::~NetnsLab()
{
    for (const QPointer<QProcess> &process : std::as_const(m_started)) {
        if (process && process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(2000);
        }
    }
    for (auto it = m_hosts.crbegin(); it != m_hosts.crend(); ++it) {
        const QString ns = namespaceName(*it);
        // Whatever still runs in our namespace was started by this lab: end it, by pid, so the
        // namespace really goes away with its veth devices.
        const RunResult pids = runProcess(m_ip, words(u"netns pids "_s + ns), kCommandTimeoutMs);
        const QList<QByteArray> lines = pids.stdOut.split('\n');
        for (const QByteArray &line : lines) {
            bool ok = false;
            const pid_t pid = pid_t(line.trimmed().toLongLong(&ok));
            if (ok && pid > 1 && pid != ::getpid()) {
                ::kill(pid, SIGKILL);
            }
        }
        runProcess(m_ip, words(u"netns delete "_s + ns), kCommandTimeoutMs);
    }
}

bool NetnsLab::available(QString *why)
{
    static std::optional<std::pair<bool, QString>> cached;
    if (!cached) {
        cached = std::make_pair(false, QString());
        if (m_ip.isEmpty()) {
            cached->second = u"network namespaces need iproute2's `ip` program, which is not installed"_s;
        } else {
            removeStaleNamespaces();
            const QString probe = m_prefix + u"probe"_s;
            const RunResult add = runProcess(m_ip, words(u"netns add "_s + probe), kCommandTimeoutMs);
            if (!add.finished || add.exitCode != 0) {
                cached->second =
                        QStringLiteral("cannot create a network namespace (needs root or CAP_SYS_ADMIN; "
                                       "running as uid %1): %2")
                                .arg(::geteuid())
                                .arg(add.err().trimmed().isEmpty() ? add.error : add.err().trimmed());
            } else {
                const RunResult veth =
                        runProcess(m_ip, words(u"-n %1 link add v0 type veth peer name v1"_s.arg(probe)),
                                   kCommandTimeoutMs);
                if (!veth.finished || veth.exitCode != 0) {
                    cached->second = u"cannot create veth pairs (is the veth module available?): %1"_s.arg(
                            veth.err().trimmed().isEmpty() ? veth.error : veth.err().trimmed());
                } else {
                    cached->first = true;
                }
                runProcess(m_ip, words(u"netns delete "_s + probe), kCommandTimeoutMs);
            }
        }
    }
    if (why) {
        *why = cached->second;
    }
    return cached->first;
}

QString NetnsLab::namespaceName(const QString &host) const
{
    return m_prefix + host;
}

bool NetnsLab::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool NetnsLab::ip(const QStringList &args)
{
    if (m_ip.isEmpty()) {
        return fail(u"iproute2's `ip` is not installed"_s);
    }
    const RunResult r = runProcess(m_ip, args, kCommandTimeoutMs);
    if (!r.finished || r.exitCode != 0) {
        return fail(u"ip %1: %2"_s.arg(args.join(u' '), r.describe()));
    }
    return true;
}

bool NetnsLab::ipIn(const QString &host, const QString &command)
{
    return ip(QStringList{u"-n"_s, namespaceName(host)} + words(command));
}

bool NetnsLab::sysctl(const QString &host, const QStringList &settings)
{
    if (m_sysctl.isEmpty()) {
        return fail(u"the `sysctl` program is not installed"_s);
    }
    const RunResult r = run(host, QStringList{m_sysctl, u"-q"_s, u"-w"_s} + settings);
    if (!r.finished || r.exitCode != 0) {
        return fail(u"sysctl %1 in %2: %3"_s.arg(settings.join(u' '), host, r.describe()));
    }
    return true;
}

bool NetnsLab::addHost(const QString &host)
{
    if (!validHostName(host)) {
        return fail(u"host name \"%1\": use up to 12 lower-case letters and digits"_s.arg(host));
    }
    if (m_hosts.contains(host)) {
        return fail(u"host %1 exists already"_s.arg(host));
    }
    if (!ip(words(u"netns add "_s + namespaceName(host)))) {
        return false;
    }
    m_hosts.append(host); // from here on the destructor deletes it
    if (!ipIn(host, u"link set lo up"_s)) {
        return false;
    }
    // Interfaces made from now on skip duplicate address detection, link-local addresses included;
    // waitForAddresses() still checks, in case a kernel ignores this.
    if (!m_sysctl.isEmpty()) {
        sysctl(host, {u"net.ipv6.conf.all.accept_dad=0"_s, u"net.ipv6.conf.default.accept_dad=0"_s});
    }
    return true;
}

bool NetnsLab::ensureHost(const QString &host)
{
    return m_hosts.contains(host) || addHost(host);
}

QString NetnsLab::nextInterface(const QString &host)
{
    return u"eth%1"_s.arg(m_interfaceCount[host]++);
}

bool NetnsLab::configurePort(const QString &host, const QString &interfaceName, int subnet, int hostNumber,
                             Port *port)
{
    port->host = host;
    port->interfaceName = interfaceName;
    port->ipv4 = QHostAddress(u"10.0.%1.%2"_s.arg(subnet).arg(hostNumber));
    port->ipv6 = QHostAddress(u"fd00:0:0:%1::%2"_s.arg(subnet, 0, 16).arg(hostNumber, 0, 16));
    return ipIn(host, u"link set %1 up"_s.arg(interfaceName))
           && ipIn(host, u"address add %1/24 dev %2"_s.arg(port->ipv4.toString(), interfaceName))
           && ipIn(host, u"-6 address add %1/64 dev %2 nodad"_s.arg(port->ipv6.toString(), interfaceName));
}

std::optional<Link> NetnsLab::link(const QString &a, const QString &b)
{
    if (a == b) {
        fail(u"a link needs two different hosts, got %1 twice"_s.arg(a));
        return std::nullopt;
    }
    if (!ensureHost(a) || !ensureHost(b)) {
        return std::nullopt;
    }
    if (m_subnets >= 250) {
        fail(u"out of subnets"_s);
        return std::nullopt;
    }
    const int subnet = ++m_subnets;
    const QString ifA = nextInterface(a);
    const QString ifB = nextInterface(b);
    // Made inside a's namespace with the peer put straight into b's: the host never sees either end.
    if (!ipIn(a, u"link add %1 type veth peer name %2 netns %3"_s.arg(ifA, ifB, namespaceName(b)))) {
        return std::nullopt;
    }
    Link link;
    if (!configurePort(a, ifA, subnet, 1, &link.a) || !configurePort(b, ifB, subnet, 2, &link.b)
        || !waitForAddresses()) {
        return std::nullopt;
    }
    return link;
}

std::optional<QList<Port>> NetnsLab::addBridge(const QString &switchHost, const QStringList &hosts)
{
    // Snooping off: with no querier on the link the bridge would otherwise drop groups it has not seen.
    return makeBridge(switchHost, hosts, u"mcast_snooping 0"_s, false);
}

std::optional<QList<Port>> NetnsLab::addSnoopingBridge(const QString &switchHost, const QStringList &hosts,
                                                       const SnoopingOptions &o)
{
    // The bridge's intervals are in centiseconds; its queries come from its own address.
    const auto cs = [](int ms) { return QString::number(std::max(1, ms / 10)); };
    const QString options =
            u"mcast_snooping 1 mcast_querier 1 mcast_query_use_ifaddr 1 mcast_igmp_version %1 "
            u"mcast_mld_version %2 mcast_query_interval %3 mcast_startup_query_interval %3 "
            u"mcast_query_response_interval %4 mcast_membership_interval %5"_s.arg(o.igmpVersion)
                    .arg(o.mldVersion)
                    .arg(cs(o.queryIntervalMs), cs(o.responseIntervalMs), cs(o.membershipIntervalMs));
    return makeBridge(switchHost, hosts, options, true);
}

bool NetnsLab::nft(const QString &host, const QString &rules)
{
    const QString path =
            QStandardPaths::findExecutable(u"nft"_s, {u"/usr/sbin"_s, u"/sbin"_s, u"/usr/bin"_s});
    if (path.isEmpty()) {
        return fail(u"the `nft` program is not installed (scripts/deps.sh --test installs nftables)"_s);
    }
    QTemporaryFile file;
    if (!file.open() || file.write(rules.toUtf8()) < 0 || !file.flush()) {
        return fail(u"cannot write the nft rules to a temporary file"_s);
    }
    const RunResult r = run(host, {path, u"-f"_s, file.fileName()});
    if (!r.finished || r.exitCode != 0) {
        return fail(u"nft -f in %1: %2\n%3"_s.arg(host, r.describe(), rules));
    }
    return true;
}

std::optional<QList<Port>> NetnsLab::makeBridge(const QString &switchHost, const QStringList &hosts,
                                                const QString &bridgeOptions, bool hasAddress)
{
    if (hosts.contains(switchHost) || hosts.isEmpty() || hosts.size() > 200) {
        fail(u"a bridge needs 1 to 200 hosts other than the switch"_s);
        return std::nullopt;
    }
    if (!ensureHost(switchHost) || m_subnets >= 250) {
        return std::nullopt;
    }
    const int subnet = ++m_subnets;
    const QString bridge = u"br%1"_s.arg(subnet);
    if (!ipIn(switchHost, u"link add %1 type bridge %2"_s.arg(bridge, bridgeOptions))
        || !ipIn(switchHost, u"link set %1 up"_s.arg(bridge))
        || (hasAddress
            && !ipIn(switchHost, u"address add 10.0.%1.254/24 dev %2"_s.arg(subnet).arg(bridge)))) {
        return std::nullopt;
    }
    QList<Port> ports;
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        const QString &host = hosts.at(i);
        if (!ensureHost(host)) {
            return std::nullopt;
        }
        const QString hostIf = nextInterface(host);
        const QString switchIf = nextInterface(switchHost);
        if (!ipIn(host, u"link add %1 type veth peer name %2 netns %3"_s.arg(hostIf, switchIf,
                                                                             namespaceName(switchHost)))
            || !ipIn(switchHost, u"link set %1 master %2 up"_s.arg(switchIf, bridge))) {
            return std::nullopt;
        }
        m_bridgePorts.insert(host, switchIf);
        Port port;
        if (!configurePort(host, hostIf, subnet, int(i) + 1, &port)) {
            return std::nullopt;
        }
        ports.append(port);
    }
    if (!waitForAddresses()) {
        return std::nullopt;
    }
    return ports;
}

std::optional<QList<Link>> NetnsLab::addRouter(const QString &router, const QStringList &hosts)
{
    if (!ensureHost(router)) {
        return std::nullopt;
    }
    if (!sysctl(router, {u"net.ipv4.ip_forward=1"_s, u"net.ipv6.conf.all.forwarding=1"_s})) {
        return std::nullopt;
    }
    QList<Link> links;
    for (const QString &host : hosts) {
        const auto l = link(router, host);
        if (!l) {
            return std::nullopt;
        }
        if (!ipIn(host, u"route add default via "_s + l->a.ipv4.toString())
            || !ipIn(host, u"-6 route add default via "_s + l->a.ipv6.toString())) {
            return std::nullopt;
        }
        links.append(*l);
    }
    return links;
}

std::optional<Link> NetnsLab::senderReceiverLink(const QString &sender, const QString &receiver)
{
    const auto made = link(sender, receiver);
    if (!made || !addMulticastRoute(sender, made->a.interfaceName) || !waitForAddresses()) {
        return std::nullopt;
    }
    return made;
}

bool NetnsLab::addMulticastRoute(const QString &host, const QString &interfaceName, bool ipv6)
{
    if (!m_hosts.contains(host) || interfaceName.isEmpty() || interfaceName.contains(u' ')) {
        return fail(u"no host %1 or no interface \"%2\""_s.arg(host, interfaceName));
    }
    if (ipv6) {
        // Each IPv6 interface already has ff00::/8 in the local table; a lower metric picks this one.
        return ipIn(host,
                    u"-6 route replace multicast ff00::/8 dev %1 table local metric 1"_s.arg(interfaceName));
    }
    return ipIn(host, u"route replace 224.0.0.0/4 dev "_s + interfaceName);
}

bool NetnsLab::addMulticastRouteVia(const QString &host, const QString &interfaceName,
                                    const QHostAddress &gateway)
{
    if (!m_hosts.contains(host) || interfaceName.isEmpty() || interfaceName.contains(u' ')
        || gateway.protocol() != QAbstractSocket::IPv4Protocol) {
        return fail(u"no host %1, no interface \"%2\" or no IPv4 gateway \"%3\""_s.arg(host, interfaceName,
                                                                                       gateway.toString()));
    }
    return ipIn(host, u"route replace 224.0.0.0/4 via %1 dev %2"_s.arg(gateway.toString(), interfaceName));
}

bool NetnsLab::waitForAddresses(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (const QString &host : std::as_const(m_hosts)) {
        for (;;) {
            const RunResult r =
                    runProcess(m_ip, words(u"-n %1 -6 address show tentative"_s.arg(namespaceName(host))),
                               kCommandTimeoutMs);
            if (!r.finished || r.exitCode != 0) {
                return fail(u"cannot list addresses in %1: %2"_s.arg(host, r.describe()));
            }
            if (r.stdOut.trimmed().isEmpty()) {
                break;
            }
            if (deadline.hasExpired()) {
                return fail(
                        u"addresses in %1 still tentative after %2 ms:\n%3"_s.arg(host).arg(timeoutMs).arg(
                                r.out()));
            }
            QTest::qWait(kPollMs);
        }
    }
    return true;
}

RunResult NetnsLab::run(const QString &host, const QStringList &command, int timeoutMs)
{
    if (!m_hosts.contains(host) || command.isEmpty()) {
        RunResult r;
        r.error = u"no host %1 or no command"_s.arg(host);
        return r;
    }
    return runProcess(m_ip, QStringList{u"netns"_s, u"exec"_s, namespaceName(host)} + command, timeoutMs);
}

std::unique_ptr<QProcess> NetnsLab::start(const QString &host, const QStringList &command)
{
    if (!m_hosts.contains(host) || command.isEmpty()) {
        fail(u"no host %1 or no command"_s.arg(host));
        return nullptr;
    }
    auto process = std::make_unique<QProcess>();
    QElapsedTimer clock;
    clock.start();
    process->setProperty(kStartedProperty, clock.msecsSinceReference());
    // `ip netns exec` execs the program in place, so the process's pid (and its signals) are the program's.
    process->start(m_ip, QStringList{u"netns"_s, u"exec"_s, namespaceName(host)} + command);
    if (!process->waitForStarted(kCommandTimeoutMs)) {
        fail(u"cannot start %1 in %2: %3"_s.arg(command.join(u' '), host, process->errorString()));
        return nullptr;
    }
    m_started.append(QPointer<QProcess>(process.get()));
    return process;
}

bool NetnsLab::waitForMembership(const QString &host, const QHostAddress &group, const QString &interfaceName,
                                 int timeoutMs)
{
    const bool v6 = group.protocol() == QAbstractSocket::IPv6Protocol;
    // /proc/net/igmp prints the group's network-order bytes as one native u32 in hex;
    // /proc/net/igmp6 prints the 16 bytes in order.
    QByteArray wanted;
    if (v6) {
        const Q_IPV6ADDR raw = group.toIPv6Address();
        wanted = QByteArray(reinterpret_cast<const char *>(raw.c), 16).toHex();
    } else {
        wanted = QByteArray::number(qToBigEndian(group.toIPv4Address()), 16).rightJustified(8, '0').toUpper();
    }
    const QString file = v6 ? u"/proc/net/igmp6"_s : u"/proc/net/igmp"_s;
    const QDeadlineTimer deadline(timeoutMs);
    RunResult r;
    for (;;) {
        r = run(host, {m_cat, file});
        if (!r.finished || r.exitCode != 0) {
            return fail(u"cannot read %1 in %2: %3"_s.arg(file, host, r.describe()));
        }
        QByteArray device;
        const QList<QByteArray> lines = r.stdOut.split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (v6) {
                // "7    eth0            ff150000000000000000000000000001     1 00000004 0"
                if (fields.size() >= 3 && fields.at(2) == wanted
                    && (interfaceName.isEmpty() || fields.at(1) == interfaceName.toUtf8())) {
                    return true;
                }
            } else if (!line.startsWith('\t')) {
                // "7\teth0      :     3      V3" starts a device; its groups follow on indented lines.
                device = fields.size() >= 2 ? fields.at(1) : QByteArray();
            } else if (!fields.isEmpty() && fields.at(0) == wanted
                       && (interfaceName.isEmpty() || device == interfaceName.toUtf8())) {
                return true;
            }
        }
        if (deadline.hasExpired()) {
            return fail(u"%1 not joined in %2 after %3 ms; %4 holds:\n%5"_s.arg(group.toString(), host)
                                .arg(timeoutMs)
                                .arg(file, r.out()));
        }
        QTest::qWait(kPollMs);
    }
}

RunResult NetnsLab::finish(QProcess &process, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    RunResult result = collect(process, timeoutMs, clock);
    bool known = false;
    const qint64 startedMs = process.property(kStartedProperty).toLongLong(&known);
    if (known) {
        result.elapsedMs = clock.msecsSinceReference() - startedMs;
    }
    return result;
}

QString NetnsLab::describeRunning(QProcess &process)
{
    const QProcess::ProcessChannel channel = process.readChannel();
    process.setReadChannel(QProcess::StandardOutput);
    const QByteArray out = process.peek(process.bytesAvailable());
    process.setReadChannel(QProcess::StandardError);
    const QByteArray err = process.peek(process.bytesAvailable());
    process.setReadChannel(channel);
    return u"%1 (%2)\n--- stdout so far:\n%3\n--- stderr so far:\n%4"_s.arg(
            process.arguments().join(u' '),
            process.state() == QProcess::Running ? u"running"_s
                                                 : u"ended with exit code %1"_s.arg(process.exitCode()),
            QString::fromUtf8(out), QString::fromUtf8(err));
}

bool NetnsLab::waitForOutput(QProcess &process, QByteArrayView needle, int timeoutMs, qsizetype occurrences)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const bool running = process.state() == QProcess::Running;
        if (process.peek(process.bytesAvailable()).count(needle) >= occurrences) {
            return true;
        }
        if (!running || deadline.hasExpired()) {
            return false;
        }
        process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
}

void NetnsLab::removeStaleNamespaces()
{
    // A test killed by its timeout cannot run destructors; its namespaces are swept by the next run.
    const RunResult list = runProcess(m_ip, words(u"netns list"_s), kCommandTimeoutMs);
    const QStringList lines = list.out().split(u'\n', Qt::SkipEmptyParts);
    static const QRegularExpression ours(u"^mcttest-(\\d+)-\\d+-[a-z0-9]+$"_s);
    for (const QString &line : lines) {
        const QString name = line.section(u' ', 0, 0);
        const QRegularExpressionMatch m = ours.match(name);
        if (!m.hasMatch()) {
            continue;
        }
        const pid_t pid = pid_t(m.captured(1).toLongLong());
        if (pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH) {
            runProcess(m_ip, words(u"netns delete "_s + name), kCommandTimeoutMs);
        }
    }
}

} // namespace mct::test
