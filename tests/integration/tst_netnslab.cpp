// The namespace lab the integration tests stand on: isolation, addresses, bridge, router, clean-up.
#include "cirequire.h"
#include "netns.h"

#include <QNetworkInterface>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using mct::test::Link;
using mct::test::NetnsLab;
using mct::test::RunResult;

namespace {

// A UDP echo server (prints "ready" once bound) and a client that prints the echo; IPv4 or IPv6.
constexpr char kEchoServer[] = R"PY(import socket, sys
s = socket.socket(socket.AF_INET6 if ":" in sys.argv[1] else socket.AF_INET, socket.SOCK_DGRAM)
s.bind((sys.argv[1], 7000))
print("ready", flush=True)
data, peer = s.recvfrom(100)
s.sendto(data, peer)
)PY";

constexpr char kEchoClient[] = R"PY(import socket, sys
s = socket.socket(socket.AF_INET6 if ":" in sys.argv[1] else socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(5)
s.sendto(sys.argv[2].encode(), (sys.argv[1], 7000))
print(s.recvfrom(100)[0].decode())
)PY";

QString ipProgram()
{
    const QString onPath = QStandardPaths::findExecutable(u"ip"_s);
    return onPath.isEmpty() ? QStandardPaths::findExecutable(
                   u"ip"_s, {u"/usr/sbin"_s, u"/sbin"_s, u"/usr/bin"_s, u"/bin"_s})
                            : onPath;
}

QStringList hostInterfaceNames()
{
    QStringList names;
    const auto all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : all) {
        names.append(i.name());
    }
    names.sort();
    return names;
}

QStringList namespaceList()
{
    QProcess ip;
    ip.start(ipProgram(), {u"netns"_s, u"list"_s});
    ip.waitForFinished(5000);
    QStringList names;
    const QStringList lines = QString::fromUtf8(ip.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        names.append(line.section(u' ', 0, 0));
    }
    return names;
}

} // namespace

#define MCT_VERIFY_EXIT(result, code)                          \
    QVERIFY2((result).finished && (result).exitCode == (code), \
             qPrintable(QStringLiteral("expected exit code %1, got ").arg(code) + (result).describe()))

class TestNetnsLab final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void link_twoHosts_addressedAndInvisibleToHost();
    void destructor_withRunningProcess_removesEverything();
    void addBridge_threeHosts_allOnOneSubnet();
    void addRouter_twoSubnets_forwardsUnicast();
    void waitForMembership_groupNeverJoined_failsWithListing();

private:
    // Sends one datagram from `from` to `address` in `to`; empty if it came back, else what went wrong.
    QString echo(NetnsLab &lab, const QString &from, const QString &to, const QHostAddress &address);

    QString m_python;
};

void TestNetnsLab::initTestCase()
{
    NetnsLab lab;
    QString why;
    if (!lab.available(&why)) {
        MCT_SKIP_OR_FAIL_IN_CI(u"needs private network namespaces: %1"_s.arg(why));
    }
    m_python = QStandardPaths::findExecutable(u"python3"_s);
}

QString TestNetnsLab::echo(NetnsLab &lab, const QString &from, const QString &to, const QHostAddress &address)
{
    const auto server =
            lab.start(to, {m_python, u"-c"_s, QString::fromUtf8(kEchoServer), address.toString()});
    if (!server) {
        return lab.lastError();
    }
    if (!NetnsLab::waitForOutput(*server, "ready", 5000)) {
        return NetnsLab::describeRunning(*server);
    }
    const RunResult r = lab.run(
            from, {m_python, u"-c"_s, QString::fromUtf8(kEchoClient), address.toString(), u"hi there"_s});
    const RunResult s = NetnsLab::finish(*server);
    if (!r.finished || r.exitCode != 0 || r.out().trimmed() != u"hi there"_s || !s.finished
        || s.exitCode != 0) {
        return u"echo %1 -> %2 (%3) failed\nclient: %4\nserver: %5"_s.arg(from, to, address.toString(),
                                                                          r.describe(), s.describe());
    }
    return {};
}

void TestNetnsLab::link_twoHosts_addressedAndInvisibleToHost()
{
    if (m_python.isEmpty()) {
        MCT_SKIP_OR_FAIL_IN_CI(
                QStringLiteral("python3 is not installed: it plays the echo server and client"));
    }
    const QStringList before = hostInterfaceNames();
    NetnsLab lab;
    const auto link = lab.link(u"a"_s, u"b"_s);
    QVERIFY2(link, qPrintable(lab.lastError()));
    QCOMPARE(hostInterfaceNames(), before);

    QCOMPARE(link->a.interfaceName, u"eth0"_s);
    QCOMPARE(link->b.interfaceName, u"eth0"_s);
    QVERIFY(link->a.ipv4.isInSubnet(QHostAddress(u"10.0.0.0"_s), 8));
    QVERIFY(link->a.ipv6.isInSubnet(QHostAddress(u"fd00::"_s), 8));
    const RunResult addresses =
            lab.run(u"b"_s, {ipProgram(), u"-o"_s, u"address"_s, u"show"_s, u"dev"_s, u"eth0"_s});
    MCT_VERIFY_EXIT(addresses, 0);
    QVERIFY2(addresses.out().contains(link->b.ipv4.toString() + u"/24"_s), qPrintable(addresses.describe()));
    QVERIFY2(addresses.out().contains(link->b.ipv6.toString() + u"/64"_s), qPrintable(addresses.describe()));
    QVERIFY2(!addresses.out().contains(u"tentative"_s), qPrintable(addresses.describe()));

    for (const QHostAddress &address : {link->b.ipv4, link->b.ipv6}) {
        const QString failed = echo(lab, u"a"_s, u"b"_s, address);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
}

void TestNetnsLab::destructor_withRunningProcess_removesEverything()
{
    std::unique_ptr<QProcess> sleeper;
    QStringList names;
    {
        NetnsLab lab;
        QVERIFY2(lab.link(u"a"_s, u"b"_s), qPrintable(lab.lastError()));
        names = {lab.namespaceName(u"a"_s), lab.namespaceName(u"b"_s)};
        for (const QString &name : std::as_const(names)) {
            QVERIFY2(namespaceList().contains(name), qPrintable(name));
        }
        sleeper = lab.start(u"a"_s, {u"sleep"_s, u"60"_s});
        QVERIFY2(sleeper, qPrintable(lab.lastError()));
        QCOMPARE(sleeper->state(), QProcess::Running);
    }
    QCOMPARE(sleeper->state(), QProcess::NotRunning);
    const QStringList after = namespaceList();
    for (const QString &name : std::as_const(names)) {
        QVERIFY2(!after.contains(name), qPrintable(name + u" was left behind"_s));
    }
}

void TestNetnsLab::addBridge_threeHosts_allOnOneSubnet()
{
    if (m_python.isEmpty()) {
        MCT_SKIP_OR_FAIL_IN_CI(
                QStringLiteral("python3 is not installed: it plays the echo server and client"));
    }
    NetnsLab lab;
    const auto ports = lab.addBridge(u"sw"_s, {u"h1"_s, u"h2"_s, u"h3"_s});
    QVERIFY2(ports, qPrintable(lab.lastError()));
    QCOMPARE(ports->size(), qsizetype(3));
    for (const auto &port : *ports) {
        QVERIFY(port.ipv4.isInSubnet(ports->at(0).ipv4, 24));
    }
    QString failed = echo(lab, u"h1"_s, u"h3"_s, ports->at(2).ipv4);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = echo(lab, u"h3"_s, u"h2"_s, ports->at(1).ipv6);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestNetnsLab::addRouter_twoSubnets_forwardsUnicast()
{
    if (m_python.isEmpty()) {
        MCT_SKIP_OR_FAIL_IN_CI(
                QStringLiteral("python3 is not installed: it plays the echo server and client"));
    }
    NetnsLab lab;
    const auto links = lab.addRouter(u"r"_s, {u"left"_s, u"right"_s});
    QVERIFY2(links, qPrintable(lab.lastError()));
    QCOMPARE(links->size(), qsizetype(2));
    QVERIFY(!links->at(0).b.ipv4.isInSubnet(links->at(1).b.ipv4, 24));
    QString failed = echo(lab, u"left"_s, u"right"_s, links->at(1).b.ipv4);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = echo(lab, u"right"_s, u"left"_s, links->at(0).b.ipv6);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestNetnsLab::waitForMembership_groupNeverJoined_failsWithListing()
{
    NetnsLab lab;
    QVERIFY2(lab.addHost(u"a"_s), qPrintable(lab.lastError()));
    QVERIFY(!lab.waitForMembership(u"a"_s, QHostAddress(u"239.9.9.9"_s), {}, 100));
    QVERIFY2(lab.lastError().contains(u"239.9.9.9"_s) && lab.lastError().contains(u"/proc/net/igmp"_s),
             qPrintable(lab.lastError()));
    // Every host has joined all-hosts on lo.
    QVERIFY2(lab.waitForMembership(u"a"_s, QHostAddress(u"224.0.0.1"_s), u"lo"_s, 1000),
             qPrintable(lab.lastError()));
    QVERIFY2(lab.waitForMembership(u"a"_s, QHostAddress(u"ff02::1"_s), u"lo"_s, 1000),
             qPrintable(lab.lastError()));
}

QTEST_GUILESS_MAIN(TestNetnsLab)
#include "tst_netnslab.moc"
