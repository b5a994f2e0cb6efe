// Multicast beyond one link: source-specific joins, a routed path with TTL, many hosts, the doctor,
// and interfaces that go down or disappear during a capture.
#include "cirequire.h"
#include "clitest.h"
#include "netns.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using mct::test::doctorCheck;
using mct::test::findJsonKey;
using mct::test::Link;
using mct::test::mctester;
using mct::test::NetnsLab;
using mct::test::parseJsonLines;
using mct::test::Port;
using mct::test::RunResult;

namespace {

QList<QJsonObject> packetsOf(const QList<QJsonObject> &objects)
{
    QList<QJsonObject> packets;
    for (const QJsonObject &o : objects) {
        if (o.contains(u"source"_s) && !o.contains(u"event"_s)) { // events (a stream stopped) name one too
            packets.append(o);
        }
    }
    return packets;
}

QSet<QString> sourceAddresses(const QList<QJsonObject> &packets)
{
    QSet<QString> out;
    for (const QJsonObject &p : packets) {
        const QString source = p.value(u"source"_s).toString();
        out.insert(source.left(source.lastIndexOf(u':')));
    }
    return out;
}

} // namespace

class TestMulticastNetns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ssm_twoSendersOneGroup_onlyChosenSourceArrives();
    void ssm_excludeSource_otherSenderStillArrives();
    void ssm_ipv6_onlyChosenSourceAddressArrives();
    void sender_dscpAndSourceAddress_onTheWire();
    void routed_ttlOneStaysOnLinkTtlTwoCrossesWithTtlOne();
    void interfaces_groupJoinedOnTwo_eachPacketNamesItsOwn();
    void whoHearsMe_fiveReceiversOnBridge_senderListsAll();
    void doctor_noMulticastRoute_gradedByHowTheJoinIsMade();
    void doctor_senderTtl_saysWhatItReaches_data();
    void doctor_senderTtl_saysWhatItReaches();
    void doctor_routeViaRouter_judgesTtlAgainstIt_data();
    void doctor_routeViaRouter_judgesTtlAgainstIt();
    void doctor_healthyHostWithSender_passes();
    void doctor_senderOnAnotherPort_failsNamingThatPort_data();
    void doctor_senderOnAnotherPort_failsNamingThatPort();
    void doctor_anotherPortOnAnotherInterface_notBlamed();
    void doctor_firewallDropsThePort_failsNamingTheRule();
    void interface_downThenUp_warnsAndReceivesAgain();
    void interface_removedDuringCapture_keepsRunningAndKeepsWhatItHas();

private:
    QString m_skip;
};

void TestMulticastNetns::initTestCase()
{
    NetnsLab lab;
    if (!lab.available(&m_skip)) {
        MCT_SKIP_OR_FAIL_IN_CI(m_skip);
    }
}

void TestMulticastNetns::ssm_twoSendersOneGroup_onlyChosenSourceArrives()
{
    NetnsLab lab;
    const auto ports = lab.addBridge(u"sw"_s, {u"s1"_s, u"s2"_s, u"r"_s});
    QVERIFY2(ports, qPrintable(lab.lastError()));
    QVERIFY(lab.addMulticastRoute(u"s1"_s, ports->at(0).interfaceName));
    QVERIFY(lab.addMulticastRoute(u"s2"_s, ports->at(1).interfaceName));
    const Port &receiverPort = ports->at(2);
    const QString chosen = ports->at(0).ipv4.toString();

#ifdef MCT_PORTABLE_SOCKET
    // The portable receive path cannot filter sources: it refuses the join and says why (exit 3).
    const RunResult refused =
            lab.run(u"r"_s, mctester({u"recv"_s, u"232.1.2.3:5000"_s, u"-i"_s, receiverPort.interfaceName,
                                      u"-s"_s, chosen, u"-w"_s, u"4"_s}));
    QVERIFY2(refused.finished && refused.exitCode == 3 && refused.err().contains(u"source filters"_s),
             qPrintable(refused.describe()));
    return;
#endif
    // The sender to be filtered out goes first, then the chosen one, whose last packet is the
    // sentinel: when it has arrived, anything the filter let through would have arrived before it.
    auto receiver =
            lab.start(u"r"_s, mctester({u"recv"_s, u"232.1.2.3:5000"_s, u"-i"_s, receiverPort.interfaceName,
                                        u"-s"_s, chosen, u"--json"_s, u"-c"_s, u"5"_s, u"-w"_s, u"30"_s}));
    QVERIFY(receiver);
    QVERIFY(lab.waitForMembership(u"r"_s, QHostAddress(u"232.1.2.3"_s), receiverPort.interfaceName));
    for (const QString &sender : {u"s2"_s, u"s1"_s}) {
        const RunResult sent =
                lab.run(sender, mctester({u"send"_s, u"232.1.2.3:5000"_s, u"-c"_s, u"5"_s, u"--interval"_s,
                                          u"5"_s, u"-m"_s, u"from "_s + sender + u" {seq}"_s, u"--quiet"_s}));
        QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    }
    const RunResult got = NetnsLab::finish(*receiver, 35000);
    QVERIFY2(got.finished && got.exitCode == 0, qPrintable(got.describe()));
    QString error;
    const auto packets = packetsOf(parseJsonLines(got.stdOut, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(packets.size(), 5);
    QCOMPARE(sourceAddresses(packets), QSet<QString>{chosen});
    QCOMPARE(packets.first().value(u"payload"_s).toString(), u"from s1 0"_s);
    QCOMPARE(packets.last().value(u"payload"_s).toString(), u"from s1 4"_s); // the sentinel
}

void TestMulticastNetns::ssm_excludeSource_otherSenderStillArrives()
{
#ifdef MCT_PORTABLE_SOCKET
    QSKIP("source-specific joins need the native receive path; this build has the portable one, which "
          "refuses them (tst_socket_netns checks that)");
#endif
    NetnsLab lab;
    const auto ports = lab.addBridge(u"sw"_s, {u"s1"_s, u"s2"_s, u"r"_s});
    QVERIFY2(ports, qPrintable(lab.lastError()));
    QVERIFY(lab.addMulticastRoute(u"s1"_s, ports->at(0).interfaceName));
    QVERIFY(lab.addMulticastRoute(u"s2"_s, ports->at(1).interfaceName));
    const QString excluded = ports->at(1).ipv4.toString();

    // The excluded sender first, then the other, whose last packet is the sentinel (see above).
    auto receiver = lab.start(u"r"_s, mctester({u"recv"_s, u"239.1.2.3:5000"_s, u"-i"_s,
                                                ports->at(2).interfaceName, u"--exclude-source"_s, excluded,
                                                u"--json"_s, u"-c"_s, u"4"_s, u"-w"_s, u"30"_s}));
    QVERIFY(receiver);
    QVERIFY(lab.waitForMembership(u"r"_s, QHostAddress(u"239.1.2.3"_s), ports->at(2).interfaceName));
    for (const QString &sender : {u"s2"_s, u"s1"_s}) {
        const RunResult sent =
                lab.run(sender, mctester({u"send"_s, u"239.1.2.3:5000"_s, u"-c"_s, u"4"_s, u"--interval"_s,
                                          u"5"_s, u"-m"_s, u"from "_s + sender + u" {seq}"_s, u"--quiet"_s}));
        QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    }
    const RunResult got = NetnsLab::finish(*receiver, 35000);
    QVERIFY2(got.finished && got.exitCode == 0, qPrintable(got.describe()));
    QString error;
    const auto packets = packetsOf(parseJsonLines(got.stdOut, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(packets.size(), 4);
    QCOMPARE(sourceAddresses(packets), QSet<QString>{ports->at(0).ipv4.toString()});
    QCOMPARE(packets.last().value(u"payload"_s).toString(), u"from s1 3"_s); // the sentinel
}

void TestMulticastNetns::ssm_ipv6_onlyChosenSourceAddressArrives()
{
#ifdef MCT_PORTABLE_SOCKET
    QSKIP("source-specific joins need the native receive path; this build has the portable one, which "
          "refuses them (tst_socket_netns checks that)");
#endif
    NetnsLab lab;
    const auto link = lab.senderReceiverLink(u"a"_s, u"b"_s);
    QVERIFY2(link, qPrintable(lab.lastError()));
    // A second address on the sender: two sources from one host, chosen with --source-address.
    const QString chosen = link->a.ipv6.toString();
    const QString other = chosen.section(u"::"_s, 0, 0) + u"::99"_s;
    QCOMPARE(lab.run(u"a"_s, {u"ip"_s, u"-6"_s, u"addr"_s, u"add"_s, other + u"/64"_s, u"dev"_s,
                              link->a.interfaceName, u"nodad"_s})
                     .exitCode,
             0);
    // The other address first, then the chosen one, whose last packet is the sentinel (see above).
    auto receiver =
            lab.start(u"b"_s, mctester({u"recv"_s, u"[ff3e::8000:1]:6000"_s, u"-i"_s, link->b.interfaceName,
                                        u"-s"_s, chosen, u"--json"_s, u"-c"_s, u"3"_s, u"-w"_s, u"30"_s}));
    QVERIFY(receiver);
    QVERIFY(lab.waitForMembership(u"b"_s, QHostAddress(u"ff3e::8000:1"_s), link->b.interfaceName));
    for (const QString &source : {other, chosen}) {
        const RunResult sent =
                lab.run(u"a"_s, mctester({u"send"_s, u"[ff3e::8000:1]:6000"_s, u"-i"_s, link->a.interfaceName,
                                          u"--source-address"_s, source, u"-c"_s, u"3"_s, u"--interval"_s,
                                          u"5"_s, u"-m"_s, source + u" {seq}"_s, u"--quiet"_s}));
        QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    }
    const RunResult got = NetnsLab::finish(*receiver, 35000);
    QVERIFY2(got.finished && got.exitCode == 0, qPrintable(got.describe()));
    QString error;
    const auto packets = packetsOf(parseJsonLines(got.stdOut, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(packets.size(), 3);
    QCOMPARE(sourceAddresses(packets), QSet<QString>{u"[%1]"_s.arg(chosen)});
    QCOMPARE(packets.last().value(u"payload"_s).toString(), chosen + u" 2"_s); // the sentinel
}

void TestMulticastNetns::sender_dscpAndSourceAddress_onTheWire()
{
    const QString tshark = QStandardPaths::findExecutable(u"tshark"_s);
    if (tshark.isEmpty()) {
        MCT_SKIP_OR_FAIL_IN_CI(
                QStringLiteral("tshark is not installed: cannot look at the IP header on the wire"));
    }
    NetnsLab lab;
    const auto link = lab.senderReceiverLink(u"a"_s, u"b"_s);
    QVERIFY2(link, qPrintable(lab.lastError()));
    auto capture = lab.start(u"b"_s, {tshark, u"-i"_s, link->b.interfaceName, u"-f"_s, u"udp port 5000"_s,
                                      u"-c"_s, u"2"_s, u"-T"_s, u"fields"_s, u"-e"_s, u"ip.dsfield.dscp"_s,
                                      u"-e"_s, u"ip.src"_s, u"-l"_s});
    QVERIFY(capture);
    // tshark says "Capturing on ..." on stderr slightly before it really captures: send six
    // packets 50 ms apart and look at the first two it saw.
    QDeadlineTimer listening(10000);
    QByteArray err;
    while (!err.contains("Capturing on") && !listening.hasExpired()) {
        capture->waitForReadyRead(100);
        err += capture->readAllStandardError();
    }
    QVERIFY2(err.contains("Capturing on"), err.constData());
    const RunResult sent = lab.run(u"a"_s, mctester({u"send"_s, u"239.5.5.5:5000"_s, u"--dscp"_s, u"46"_s,
                                                     u"--source-address"_s, link->a.ipv4.toString(), u"-c"_s,
                                                     u"6"_s, u"--interval"_s, u"50"_s, u"--quiet"_s}));
    QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    const RunResult seen = NetnsLab::finish(*capture, 10000);
    const QStringList rows = mct::test::linesOf(seen.stdOut);
    QCOMPARE(rows.size(), 2);
    for (const QString &row : rows) {
        QCOMPARE(row, u"46\t%1"_s.arg(link->a.ipv4.toString()));
    }
}

void TestMulticastNetns::routed_ttlOneStaysOnLinkTtlTwoCrossesWithTtlOne()
{
    const QString smcrouted = QStandardPaths::findExecutable(u"smcrouted"_s, {u"/usr/sbin"_s, u"/sbin"_s});
    if (smcrouted.isEmpty()) {
        MCT_SKIP_OR_FAIL_IN_CI(
                QStringLiteral("smcroute is not installed: no multicast router for the routed test"));
    }
    NetnsLab lab;
    const auto links = lab.addRouter(u"rt"_s, {u"a"_s, u"b"_s});
    QVERIFY2(links, qPrintable(lab.lastError()));
    // A kernel built without multicast routing (CONFIG_IP_MROUTE) has no table for a router to use.
    const RunResult mroute = lab.run(u"rt"_s, {u"test"_s, u"-e"_s, u"/proc/net/ip_mr_vif"_s});
    QVERIFY2(mroute.finished, qPrintable(mroute.describe()));
    if (mroute.exitCode != 0) {
        QSKIP("this kernel has no IPv4 multicast routing (no /proc/net/ip_mr_vif, CONFIG_IP_MROUTE off): "
              "no router can forward the group");
    }
    const Link &toA = links->at(0); // a: router side, b: host side
    const Link &toB = links->at(1);
    QVERIFY(lab.addMulticastRoute(u"a"_s, toA.b.interfaceName));
    QVERIFY(lab.waitForAddresses());

    // The router forwards the group from A's link to B's link (kernel multicast routing).
    QTemporaryDir dir;
    const QString conf = dir.filePath(u"smcroute.conf"_s);
    QFile file(conf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"phyint %1 enable\nphyint %2 enable\nmroute from %1 group 239.7.7.8 to %2\n"_s
                       .arg(toA.a.interfaceName, toB.a.interfaceName)
                       .toUtf8());
    file.close();
    auto router =
            lab.start(u"rt"_s, {smcrouted, u"-n"_s, u"-N"_s, u"-f"_s, conf, u"-u"_s, dir.filePath(u"sock"_s),
                                u"-P"_s, dir.filePath(u"pid"_s), u"-l"_s, u"info"_s});
    QVERIFY(router);
    // Ready when both interfaces are multicast VIFs in the router's kernel.
    const QDeadlineTimer deadline(10000);
    bool ready = false;
    while (!ready && !deadline.hasExpired()) {
        const QString vifs = lab.run(u"rt"_s, {u"cat"_s, u"/proc/net/ip_mr_vif"_s}).out();
        ready = vifs.contains(toA.a.interfaceName) && vifs.contains(toB.a.interfaceName);
        if (!ready) {
            QTest::qWait(100);
        }
    }
    QVERIFY2(ready, qPrintable(NetnsLab::describeRunning(*router)));

    // One receiver on B's link (beyond the router), one on A's link (the router's own A side).
    auto far = lab.start(u"b"_s, mctester({u"recv"_s, u"239.7.7.8:5000"_s, u"-i"_s, toB.b.interfaceName,
                                           u"--json"_s, u"-w"_s, u"5"_s}));
    auto near = lab.start(u"rt"_s, mctester({u"recv"_s, u"239.7.7.8:5000"_s, u"-i"_s, toA.a.interfaceName,
                                             u"--json"_s, u"-w"_s, u"5"_s}));
    QVERIFY(far && near);
    QVERIFY(lab.waitForMembership(u"b"_s, QHostAddress(u"239.7.7.8"_s), toB.b.interfaceName));
    QVERIFY(lab.waitForMembership(u"rt"_s, QHostAddress(u"239.7.7.8"_s), toA.a.interfaceName));
    for (const QString &ttl : {u"1"_s, u"2"_s}) {
        const RunResult sent =
                lab.run(u"a"_s, mctester({u"send"_s, u"239.7.7.8:5000"_s, u"-t"_s, ttl, u"-c"_s, u"3"_s,
                                          u"--interval"_s, u"20"_s, u"-m"_s, u"ttl "_s + ttl, u"--quiet"_s}));
        QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    }
    QString error;
    const auto beyond = packetsOf(parseJsonLines(NetnsLab::finish(*far, 10000).stdOut, &error));
    const auto onLink = packetsOf(parseJsonLines(NetnsLab::finish(*near, 10000).stdOut, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    router->terminate();
    router->waitForFinished(5000);

    QCOMPARE(onLink.size(), 6); // both TTLs are seen on A's own link
    QCOMPARE(beyond.size(), 3); // only TTL 2 crossed the router ...
    for (const QJsonObject &p : beyond) {
        QCOMPARE(p.value(u"payload"_s).toString(), u"ttl 2"_s);
        QCOMPARE(p.value(u"ttl"_s).toInt(), 1); // ... and arrived with one hop used
        QCOMPARE(p.value(u"source"_s).toString().section(u':', 0, 0), toA.b.ipv4.toString());
    }
}

void TestMulticastNetns::interfaces_groupJoinedOnTwo_eachPacketNamesItsOwn()
{
    // A host with two links (no routing daemon: nothing is forwarded) joins one group on every
    // interface; a sender on each link. Each packet must name the interface it came through and
    // the group. (Datagrams queued before a second interface joined: tst_socket_netns.)
    NetnsLab lab;
    const auto links = lab.addRouter(u"rx"_s, {u"a"_s, u"b"_s});
    QVERIFY2(links, qPrintable(lab.lastError()));
    QVERIFY(lab.addMulticastRoute(u"a"_s, links->at(0).b.interfaceName));
    QVERIFY(lab.addMulticastRoute(u"b"_s, links->at(1).b.interfaceName));
    QVERIFY(lab.waitForAddresses());
    auto receiver = lab.start(u"rx"_s, mctester({u"recv"_s, u"239.7.7.9:5000"_s, u"--json"_s, u"-c"_s, u"6"_s,
                                                 u"-w"_s, u"10"_s}));
    QVERIFY(receiver);
    for (const Link &link : *links) {
        QVERIFY(lab.waitForMembership(u"rx"_s, QHostAddress(u"239.7.7.9"_s), link.a.interfaceName));
    }
    for (const QString &host : {u"a"_s, u"b"_s}) {
        const RunResult sent =
                lab.run(host, mctester({u"send"_s, u"239.7.7.9:5000"_s, u"-c"_s, u"3"_s, u"--interval"_s,
                                        u"10"_s, u"-m"_s, host, u"--quiet"_s}));
        QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    }
    QString error;
    const auto packets = packetsOf(parseJsonLines(NetnsLab::finish(*receiver, 15000).stdOut, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(packets.size(), 6);
    for (const QJsonObject &p : packets) {
        const bool fromA = p.value(u"payload"_s).toString() == u"a"_s;
        const Link &link = links->at(fromA ? 0 : 1);
        QCOMPARE(p.value(u"interface"_s).toString(), link.a.interfaceName);
        QCOMPARE(p.value(u"group"_s).toString(), u"239.7.7.9:5000"_s);
        QCOMPARE(p.value(u"source"_s).toString().section(u':', 0, 0), link.b.ipv4.toString());
    }
}

void TestMulticastNetns::whoHearsMe_fiveReceiversOnBridge_senderListsAll()
{
    NetnsLab lab;
    const QStringList receivers{u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s, u"r5"_s};
    const auto ports = lab.addBridge(u"sw"_s, QStringList{u"s"_s} + receivers);
    QVERIFY2(ports, qPrintable(lab.lastError()));
    QVERIFY(lab.addMulticastRoute(u"s"_s, ports->at(0).interfaceName));
    std::vector<std::unique_ptr<QProcess>> running;
    QSet<QString> expected;
    for (int i = 0; i < receivers.size(); ++i) {
        const Port &port = ports->at(i + 1);
        running.push_back(lab.start(receivers.at(i),
                                    mctester({u"recv"_s, u"239.9.9.9:6000"_s, u"-i"_s, port.interfaceName,
                                              u"--reply"_s, u"here"_s, u"--quiet"_s, u"-w"_s, u"10"_s})));
        QVERIFY(running.back());
        QVERIFY(lab.waitForMembership(receivers.at(i), QHostAddress(u"239.9.9.9"_s), port.interfaceName));
        expected.insert(port.ipv4.toString());
    }
    const RunResult sent = lab.run(u"s"_s,
                                   mctester({u"send"_s, u"239.9.9.9:6000"_s, u"--probe"_s, u"-c"_s, u"3"_s,
                                             u"--interval"_s, u"50"_s, u"--replies"_s, u"2"_s, u"--json"_s}),
                                   15000);
    QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    QString error;
    const auto objects = parseJsonLines(sent.stdOut, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> listed;
    for (const QJsonObject &o : objects) {
        if (o.contains(u"receiver"_s)) {
            const QJsonObject r = o.value(u"receiver"_s).toObject();
            listed.insert(r.value(u"address"_s).toString());
            QCOMPARE(r.value(u"replies"_s).toInt(), 3);
            QCOMPARE(r.value(u"lost"_s).toInt(), 0);
            QVERIFY(r.contains(u"rtt_ms"_s));
            QVERIFY(!r.value(u"host"_s).toString().isEmpty());
        }
    }
    QCOMPARE(listed, expected);
    QCOMPARE(findJsonKey(objects, u"summary"_s).value(u"receivers"_s).toInt(), 5);
    for (const auto &p : running) {
        p->terminate(); // each ends with its summary, exit 0
        QVERIFY(NetnsLab::finish(*p, 5000).exitCode == 0);
    }
}

void TestMulticastNetns::doctor_noMulticastRoute_gradedByHowTheJoinIsMade()
{
    NetnsLab lab;
    const auto link = lab.link(u"a"_s, u"b"_s); // no multicast route on either side
    QVERIFY2(link, qPrintable(lab.lastError()));
    const QStringList doctor{u"doctor"_s, u"239.1.2.3:5000"_s, u"-w"_s, u"0"_s, u"--json"_s};
    QString error;

    // Without -i the group is joined on each multicast-capable interface by name: no route needed,
    // so no FAIL beside a join that works.
    const RunResult everywhere = lab.run(u"b"_s, mctester(doctor));
    QVERIFY2(everywhere.finished && everywhere.exitCode == 0, qPrintable(everywhere.describe()));
    const QJsonObject passed = doctorCheck(everywhere.stdOut, u"route"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(passed.value(u"status"_s).toString() == u"pass"_s
                     && passed.value(u"summary"_s).toString().contains(u"receiving needs none"_s)
                     && passed.value(u"summary"_s).toString().contains(link->b.interfaceName),
             qPrintable(everywhere.describe()));

    // No multicast-capable interface: the join goes by the route, and there is none.
    QCOMPARE(lab.run(u"b"_s, {u"ip"_s, u"link"_s, u"set"_s, u"dev"_s, link->b.interfaceName, u"multicast"_s,
                              u"off"_s})
                     .exitCode,
             0);
    const RunResult r = lab.run(u"b"_s, mctester(doctor));
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    const QJsonObject route = doctorCheck(r.stdOut, u"route"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const bool routeFailed = route.value(u"status"_s).toString() == u"fail"_s
                             && route.value(u"summary"_s).toString().contains(u"no route"_s)
                             && route.value(u"fix"_s).toString().contains(u"ip route add 224.0.0.0/4 dev "_s)
                             && route.value(u"fix"_s).toString().contains(u"-i"_s);
    QVERIFY2(routeFailed, qPrintable(r.describe()));
}

void TestMulticastNetns::doctor_senderTtl_saysWhatItReaches_data()
{
    QTest::addColumn<QString>("ttl");
    QTest::addColumn<QString>("says");
    QTest::newRow("0") << u"0"_s << u"TTL 0 keeps packets on this host"_s;
    QTest::newRow("1") << u"1"_s << u"TTL 1 keeps packets on the local link"_s;
    QTest::newRow("2") << u"2"_s << u"TTL 2 crosses up to 1 router"_s;
    QTest::newRow("3") << u"3"_s << u"TTL 3 crosses up to 2 routers"_s;
}

void TestMulticastNetns::doctor_senderTtl_saysWhatItReaches()
{
    QFETCH(QString, ttl);
    QFETCH(QString, says);
    NetnsLab lab;
    const auto link = lab.link(u"a"_s, u"b"_s);
    QVERIFY2(link, qPrintable(lab.lastError()));
    QVERIFY(lab.addMulticastRoute(u"b"_s, link->b.interfaceName)); // the TTL is judged on a route
    const RunResult r = lab.run(
            u"b"_s, mctester({u"doctor"_s, u"239.1.2.3:5000"_s, u"-t"_s, ttl, u"-w"_s, u"0"_s, u"--json"_s}));
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QString error;
    const QString summary = doctorCheck(r.stdOut, u"ttl"_s, &error).value(u"summary"_s).toString();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(summary.startsWith(says), qPrintable(summary + u"\n"_s + r.describe()));
    QVERIFY2(ttl != u"2"_s || !summary.contains(u"routers"_s), qPrintable(summary));
}

void TestMulticastNetns::doctor_routeViaRouter_judgesTtlAgainstIt_data()
{
    QTest::addColumn<QString>("ttl");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("says");
    QTest::newRow("1 stops at the router") << u"1"_s << u"warn"_s << u"the route goes via the router "_s;
    QTest::newRow("0 stays on the host") << u"0"_s << u"warn"_s << u"TTL 0 keeps packets on this host"_s;
    QTest::newRow("3 crosses it") << u"3"_s << u"pass"_s << u"TTL 3 crosses up to 2 routers"_s;
}

void TestMulticastNetns::doctor_routeViaRouter_judgesTtlAgainstIt()
{
    QFETCH(QString, ttl);
    QFETCH(QString, status);
    QFETCH(QString, says);
    NetnsLab lab;
    const auto links = lab.addRouter(u"r"_s, {u"a"_s});
    QVERIFY2(links, qPrintable(lab.lastError()));
    const Link &toRouter = links->at(0); // a: the router's side, b: the host's
    QVERIFY2(lab.addMulticastRouteVia(u"a"_s, toRouter.b.interfaceName, toRouter.a.ipv4),
             qPrintable(lab.lastError()));
    const RunResult r = lab.run(
            u"a"_s, mctester({u"doctor"_s, u"239.1.2.3:5000"_s, u"-t"_s, ttl, u"-w"_s, u"0"_s, u"--json"_s}));
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QString error;
    const QJsonObject ttlCheck = doctorCheck(r.stdOut, u"ttl"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString summary = ttlCheck.value(u"summary"_s).toString();
    QVERIFY2(summary.startsWith(says), qPrintable(summary + u"\n"_s + r.describe()));
    QCOMPARE(ttlCheck.value(u"status"_s).toString(), status);
    if (ttl == u"1"_s) {
        QVERIFY2(summary.contains(toRouter.a.ipv4.toString()), qPrintable(summary)); // names the router
        QVERIFY2(ttlCheck.value(u"fix"_s).toString().contains(u"-t"_s),
                 qPrintable(ttlCheck.value(u"fix"_s).toString()));
    }
}

void TestMulticastNetns::doctor_healthyHostWithSender_passes()
{
    NetnsLab lab;
    const auto link = lab.link(u"a"_s, u"b"_s);
    QVERIFY2(link, qPrintable(lab.lastError()));
    QVERIFY(lab.addMulticastRoute(u"a"_s, link->a.interfaceName));
    QVERIFY(lab.addMulticastRoute(u"b"_s, link->b.interfaceName));
    // A sender on the other host runs throughout the doctor's listening window.
    auto sender = lab.start(u"a"_s, mctester({u"send"_s, u"239.1.2.3:5000"_s, u"--interval"_s, u"100"_s,
                                              u"-c"_s, u"60"_s, u"--quiet"_s}));
    QVERIFY(sender);
    const RunResult r = lab.run(u"b"_s, mctester({u"doctor"_s, u"239.1.2.3:5000"_s, u"-w"_s, u"3"_s}), 20000);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out().contains(u"PASS  route"_s) && r.out().contains(u"PASS  membership"_s)
                     && r.out().contains(u"PASS  traffic: packets arrive"_s),
             qPrintable(r.describe()));
    QVERIFY(!r.out().contains(u"FAIL"_s));
    sender->terminate();
    sender->waitForFinished(5000);
}

void TestMulticastNetns::doctor_senderOnAnotherPort_failsNamingThatPort_data()
{
    QTest::addColumn<QString>("group");
    QTest::newRow("ipv4") << u"239.1.2.3"_s;
    QTest::newRow("ipv6") << u"ff15::7"_s;
}

void TestMulticastNetns::doctor_senderOnAnotherPort_failsNamingThatPort()
{
    // The classic "nothing arrives": the sender sends to the group, but to port 5001, not 5000.
    QFETCH(QString, group);
    NetnsLab lab;
    const auto link = lab.link(u"a"_s, u"b"_s);
    QVERIFY2(link, qPrintable(lab.lastError()));
    QVERIFY(lab.waitForAddresses());
    const bool ipv6 = group.contains(u':');
    const QString host = ipv6 ? u"[%1]"_s.arg(group) : group;
    auto sender = lab.start(u"a"_s, mctester({u"send"_s, host + u":5001"_s, u"-i"_s, link->a.interfaceName,
                                              u"--interval"_s, u"100"_s, u"-c"_s, u"60"_s, u"--quiet"_s}));
    QVERIFY(sender);
    const RunResult r = lab.run(u"b"_s,
                                mctester({u"doctor"_s, host + u":5000"_s, u"-i"_s, link->b.interfaceName,
                                          u"-w"_s, u"3"_s, u"--json"_s}),
                                20000);
    sender->terminate();
    sender->waitForFinished(5000);
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    QString error;
    const QJsonObject traffic = doctorCheck(r.stdOut, u"traffic"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(traffic.value(u"status"_s).toString(), u"fail"_s);
    const QString summary = traffic.value(u"summary"_s).toString();
    QVERIFY2(summary.contains(u"arrive on another port: port 5001"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"first from %1"_s.arg(ipv6 ? u"[%1]"_s.arg(link->a.ipv6.toString())
                                                          : link->a.ipv4.toString())),
             qPrintable(summary));
    QVERIFY2(traffic.value(u"fix"_s).toString().contains(u"mctester recv %1:5001"_s.arg(host)),
             qPrintable(r.describe()));
}

void TestMulticastNetns::doctor_anotherPortOnAnotherInterface_notBlamed()
{
    // b is asked about its link to a; the group's port-5001 traffic comes in from c, on b's other
    // link, where another program joined it (on every interface). That is not this interface's problem.
    NetnsLab lab;
    const auto toA = lab.link(u"a"_s, u"b"_s);
    QVERIFY2(toA, qPrintable(lab.lastError()));
    const auto toC = lab.link(u"c"_s, u"b"_s);
    QVERIFY2(toC, qPrintable(lab.lastError()));
    QVERIFY(lab.waitForAddresses());
    auto other = lab.start(u"b"_s, mctester({u"recv"_s, u"239.1.2.3:5001"_s, u"-w"_s, u"20"_s}));
    QVERIFY(other);
    QVERIFY2(NetnsLab::waitForOutput(*other, "joined 239.1.2.3:5001 on ", 5000),
             qPrintable(NetnsLab::describeRunning(*other)));
    auto sender = lab.start(u"c"_s, mctester({u"send"_s, u"239.1.2.3:5001"_s, u"-i"_s, toC->a.interfaceName,
                                              u"--interval"_s, u"100"_s, u"-c"_s, u"60"_s, u"--quiet"_s}));
    QVERIFY(sender);
    const RunResult r = lab.run(
            u"b"_s,
            mctester({u"doctor"_s, u"239.1.2.3:5000"_s, u"-i"_s, toA->b.interfaceName, u"-w"_s, u"2"_s}),
            20000);
    sender->terminate();
    sender->waitForFinished(5000);
    other->terminate();
    const RunResult received = NetnsLab::finish(*other);
    // Else the test would prove nothing: the other port's traffic did reach b.
    QVERIFY2(received.out().contains(QRegularExpression(u"\\n--- [1-9][0-9]* packets"_s)),
             qPrintable(received.describe()));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out().contains(u"WARN  traffic: no packet for 239.1.2.3:5000"_s), qPrintable(r.describe()));
}

void TestMulticastNetns::doctor_firewallDropsThePort_failsNamingTheRule()
{
    if (QStandardPaths::findExecutable(u"nft"_s, {u"/usr/sbin"_s, u"/sbin"_s}).isEmpty()) {
        MCT_SKIP_OR_FAIL_IN_CI(
                QStringLiteral("nft (nftables) is not installed: cannot make a firewall rule to find"));
    }
    NetnsLab lab;
    const auto link = lab.link(u"a"_s, u"b"_s);
    QVERIFY2(link, qPrintable(lab.lastError()));
    QVERIFY(lab.addMulticastRoute(u"b"_s, link->b.interfaceName));
    const QStringList nft{u"nft"_s};
    for (const QString &command :
         {u"add table inet mctf"_s, u"add chain inet mctf in { type filter hook input priority 0 ; }"_s,
          u"add rule inet mctf in udp dport 5000 drop"_s}) {
        const RunResult made = lab.run(u"b"_s, nft + command.split(u' '));
        QVERIFY2(made.finished && made.exitCode == 0, qPrintable(made.describe()));
    }
    const RunResult r = lab.run(u"b"_s, mctester({u"doctor"_s, u"239.1.2.3:5000"_s, u"-w"_s, u"0"_s}));
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(
            r.out().contains(u"FAIL  firewall: the firewall drops UDP port 5000: nft: udp dport 5000 drop"_s),
            qPrintable(r.describe()));
    // The fix goes into the rule's own table and chain, ahead of it.
    QVERIFY2(r.out().contains(u"nft insert rule inet mctf in udp dport 5000 accept"_s),
             qPrintable(r.describe()));
    // The same port's neighbour is not this one.
    const RunResult other = lab.run(u"b"_s, mctester({u"doctor"_s, u"239.1.2.3:500"_s, u"-w"_s, u"0"_s}));
    QVERIFY2(other.out().contains(u"PASS  firewall"_s), qPrintable(other.describe()));
}

void TestMulticastNetns::interface_downThenUp_warnsAndReceivesAgain()
{
    NetnsLab lab;
    const auto link = lab.link(u"a"_s, u"b"_s);
    QVERIFY2(link, qPrintable(lab.lastError()));
    QVERIFY(lab.addMulticastRoute(u"a"_s, link->a.interfaceName));
    const QString ifB = link->b.interfaceName;
    auto receiver =
            lab.start(u"b"_s, mctester({u"recv"_s, u"239.4.4.4:5000"_s, u"-i"_s, ifB, u"-w"_s, u"30"_s}));
    QVERIFY(receiver);
    QVERIFY(NetnsLab::waitForOutput(*receiver, "joined", 5000));

    QCOMPARE(lab.run(u"b"_s, {u"ip"_s, u"link"_s, u"set"_s, ifB, u"down"_s}).exitCode, 0);
    const QDeadlineTimer downSeen(5000);
    while (!NetnsLab::describeRunning(*receiver).contains(u"is down"_s) && !downSeen.hasExpired()) {
        QTest::qWait(50);
    }
    QVERIFY2(NetnsLab::describeRunning(*receiver).contains(u"is down"_s),
             qPrintable(NetnsLab::describeRunning(*receiver)));

    QCOMPARE(lab.run(u"b"_s, {u"ip"_s, u"link"_s, u"set"_s, ifB, u"up"_s}).exitCode, 0);
    QVERIFY(lab.waitForAddresses());
    const QDeadlineTimer upSeen(5000);
    while (!NetnsLab::describeRunning(*receiver).contains(u"receiving again"_s) && !upSeen.hasExpired()) {
        QTest::qWait(50);
    }
    QVERIFY2(NetnsLab::describeRunning(*receiver).contains(u"receiving again"_s),
             qPrintable(NetnsLab::describeRunning(*receiver)));
    const RunResult sent =
            lab.run(u"a"_s, mctester({u"send"_s, u"239.4.4.4:5000"_s, u"-c"_s, u"3"_s, u"--interval"_s,
                                      u"10"_s, u"-m"_s, u"after"_s, u"--quiet"_s}));
    QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    QVERIFY2(NetnsLab::waitForOutput(*receiver, "after", 5000, 3),
             qPrintable(NetnsLab::describeRunning(*receiver)));
    receiver->terminate();
    const RunResult got = NetnsLab::finish(*receiver, 10000);
    QVERIFY2(got.finished && got.exitCode == 0, qPrintable(got.describe()));
}

void TestMulticastNetns::interface_removedDuringCapture_keepsRunningAndKeepsWhatItHas()
{
    NetnsLab lab;
    const auto link = lab.link(u"a"_s, u"b"_s);
    QVERIFY2(link, qPrintable(lab.lastError()));
    QVERIFY(lab.addMulticastRoute(u"a"_s, link->a.interfaceName));
    QTemporaryDir dir;
    const QString record = dir.filePath(u"kept.jsonl"_s);
    auto receiver =
            lab.start(u"b"_s, mctester({u"recv"_s, u"239.4.4.5:5000"_s, u"-i"_s, link->b.interfaceName,
                                        u"--jsonl"_s, record, u"-w"_s, u"30"_s}));
    QVERIFY(receiver);
    QVERIFY(NetnsLab::waitForOutput(*receiver, "joined", 5000));
    const RunResult sent = lab.run(u"a"_s, mctester({u"send"_s, u"239.4.4.5:5000"_s, u"-c"_s, u"5"_s,
                                                     u"--interval"_s, u"10"_s, u"--quiet"_s}));
    QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    QVERIFY(NetnsLab::waitForOutput(*receiver, "hello from", 5000, 5));

    QCOMPARE(lab.run(u"b"_s, {u"ip"_s, u"link"_s, u"del"_s, link->b.interfaceName}).exitCode, 0);
    const QDeadlineTimer seen(5000);
    while (!NetnsLab::describeRunning(*receiver).contains(u"not receiving"_s) && !seen.hasExpired()) {
        QTest::qWait(50);
    }
    QCOMPARE(receiver->state(), QProcess::Running);
    receiver->terminate();
    const RunResult got = NetnsLab::finish(*receiver, 10000);
    QVERIFY2(got.finished && got.exitCode == 0, qPrintable(got.describe()));
    QVERIFY2(got.err().contains(u"not receiving"_s), qPrintable(got.describe()));
    QVERIFY2(got.out().contains(u"--- 5 packets"_s), qPrintable(got.describe()));
    QFile file(record);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(mct::test::linesOf(file.readAll()).size(), 5);
}

QTEST_GUILESS_MAIN(TestMulticastNetns)
#include "tst_multicast_netns.moc"
