// Field failures between namespace hosts: a snooping switch whose querier is (not) heard, outages.
#include "cirequire.h"
#include "clitest.h"
#include "netns.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

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

// The events of one kind ("querier", "outage", "stopped") among recv --json's lines.
QList<QJsonObject> eventsOf(const QList<QJsonObject> &lines, const QString &kind)
{
    return mct::test::jsonLinesWhere(lines, u"event"_s, kind);
}

QString describe(const QList<QJsonObject> &objects)
{
    QStringList out;
    for (const QJsonObject &o : objects) {
        out.append(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    return out.join(u'\n');
}

// Two hosts on a snooping bridge that is its own querier: the sender tx and the receiver rx.
struct SnoopingSwitch
{
    NetnsLab lab;
    Port tx;
    Port rx;
    bool ok = false;
};

// Datagrams the receiver's interface has taken in so far (ip -j -s link).
qint64 receivedFrames(NetnsLab &lab, const Port &port)
{
    const RunResult r = lab.run(
            port.host, {u"ip"_s, u"-j"_s, u"-s"_s, u"link"_s, u"show"_s, u"dev"_s, port.interfaceName});
    const QJsonArray links = QJsonDocument::fromJson(r.stdOut).array();
    return links.isEmpty() ? -1
                           : qint64(links.at(0)
                                            .toObject()
                                            .value(u"stats64"_s)
                                            .toObject()
                                            .value(u"rx"_s)
                                            .toObject()
                                            .value(u"packets"_s)
                                            .toDouble(-1));
}

// A new Linux bridge floods every group for its first seconds (about ten) before it forwards a group
// only where it was asked for: waits until datagrams to a group nobody joined stop reaching rx.
bool waitUntilSwitchFilters(SnoopingSwitch &s, bool ipv6)
{
    const QString unjoined = ipv6 ? u"[ff15::7:99]:5000"_s : u"239.7.0.99:5000"_s;
    constexpr int kBurst = 5;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30'000) {
        const qint64 before = receivedFrames(s.lab, s.rx);
        const RunResult sent = s.lab.run(
                u"tx"_s, mctester({u"send"_s, unjoined, u"-i"_s, s.tx.interfaceName, u"-c"_s,
                                   QString::number(kBurst), u"--interval"_s, u"5"_s, u"--quiet"_s}));
        const qint64 after = receivedFrames(s.lab, s.rx);
        if (!sent.finished || sent.exitCode != 0 || before < 0 || after < 0) {
            return false;
        }
        if (after - before < kBurst) {
            return true; // not flooded (a query or two may have come meanwhile)
        }
    }
    return false;
}

bool setUp(SnoopingSwitch &s, bool ipv6)
{
    const auto ports = s.lab.addSnoopingBridge(u"sw"_s, {u"tx"_s, u"rx"_s});
    if (ports) {
        s.tx = ports->at(0);
        s.rx = ports->at(1);
    }
    s.ok = ports.has_value() && waitUntilSwitchFilters(s, ipv6);
    return s.ok;
}

// recv --json of the group on rx (with `receiverArgs`), joined, then 100 probes a second of `count` from
// tx: both started, not run, so the receiver's output is read while they go on (a full pipe would
// stall it). Empty pointers when either could not start.
struct Stream
{
    std::unique_ptr<QProcess> receiver;
    std::unique_ptr<QProcess> sender;
};
Stream startStream(SnoopingSwitch &s, const QString &group, const QStringList &receiverArgs, int count)
{
    Stream out;
    out.receiver = s.lab.start(
            u"rx"_s,
            mctester(QStringList{u"recv"_s, group, u"-i"_s, s.rx.interfaceName, u"--json"_s} + receiverArgs));
    const QHostAddress address(group.section(u':', 0, -2).remove(u'[').remove(u']'));
    if (!out.receiver || !s.lab.waitForMembership(u"rx"_s, address, s.rx.interfaceName)) {
        return {};
    }
    out.sender = s.lab.start(
            u"tx"_s, mctester({u"send"_s, group, u"-i"_s, s.tx.interfaceName, u"--probe"_s, u"--rate"_s,
                               u"100"_s, u"-c"_s, QString::number(count), u"--quiet"_s}));
    return out.sender ? std::move(out) : Stream{};
}

// Drops the switch's queries toward the receiver's port: a switch that snoops while its querier is
// never heard there (the querier's queries lost on the way, or a querier on the wrong VLAN).
QString dropQueriesTo(const QString &port, bool ipv6)
{
    return u"table bridge mctq {\n chain out {\n  type filter hook output priority 0;\n"
           u"  oifname \"%1\" %2 drop\n }\n}\n"_s.arg(port, ipv6 ? u"icmpv6 type mld-listener-query"_s
                                                                 : u"ip protocol igmp"_s);
}

} // namespace

class TestFieldNetns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void querierHeard_bridgeAddressAndVersion_streamKeepsFlowing_data();
    void querierHeard_bridgeAddressAndVersion_streamKeepsFlowing();
    void querierNotHeard_noneThenStoppedNamingTheQuerier_data();
    void querierNotHeard_noneThenStoppedNamingTheQuerier();
    void outage_filterDropsForAKnownTime_oneOutageOfThatLength();

private:
    QString m_skip;
};

void TestFieldNetns::initTestCase()
{
    NetnsLab lab;
    if (!lab.available(&m_skip)) {
        MCT_SKIP_OR_FAIL_IN_CI(m_skip);
    }
    if (QStandardPaths::findExecutable(u"nft"_s, {u"/usr/sbin"_s, u"/sbin"_s}).isEmpty()) {
        MCT_SKIP_OR_FAIL_IN_CI(
                QStringLiteral("nft (nftables) is not installed (scripts/deps.sh --test installs it)"));
    }
}

void TestFieldNetns::querierHeard_bridgeAddressAndVersion_streamKeepsFlowing_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("IGMPv3") << false;
    QTest::newRow("MLDv2") << true;
}

void TestFieldNetns::querierHeard_bridgeAddressAndVersion_streamKeepsFlowing()
{
    QFETCH(bool, ipv6);
    SnoopingSwitch s;
    QVERIFY2(setUp(s, ipv6), qPrintable(s.lab.lastError() + u" (or the bridge kept flooding)"_s));
    const QString group = ipv6 ? u"[ff15::7:1]:5000"_s : u"239.7.0.1:5000"_s;
    // Six seconds of stream: twice the switch's membership interval, which only answered queries renew.
    Stream run =
            startStream(s, group, {u"-c"_s, u"600"_s, u"-w"_s, u"20"_s, u"--querier-timeout"_s, u"3"_s}, 600);
    QVERIFY2(run.sender, qPrintable(s.lab.lastError()));
    const RunResult got = NetnsLab::finish(*run.receiver, 25000);
    QVERIFY2(got.finished && got.exitCode == 0, qPrintable(got.describe()));
    const RunResult sent = NetnsLab::finish(*run.sender, 5000);
    QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));

    QString error;
    const QList<QJsonObject> lines = parseJsonLines(got.stdOut, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<QJsonObject> queriers = eventsOf(lines, u"querier"_s);
    QVERIFY2(!queriers.isEmpty(), qPrintable(got.describe()));
    const QJsonObject first = queriers.constFirst();
    QCOMPARE(first.value(u"state"_s).toString(), u"heard"_s);
    QCOMPARE(first.value(u"interface"_s).toString(), s.rx.interfaceName);
    QCOMPARE(first.value(u"family"_s).toString(), ipv6 ? u"ipv6"_s : u"ipv4"_s);
    QCOMPARE(first.value(u"version"_s).toInt(), ipv6 ? 2 : 3);
    QCOMPARE(first.value(u"interval_s"_s).toInt(), 1);
    if (ipv6) {
        QVERIFY2(QHostAddress(first.value(u"address"_s).toString()).isLinkLocal(),
                 qPrintable(describe(queriers)));
    } else {
        // The bridge's own address: the test's subnet with host part .254.
        QCOMPARE(first.value(u"address"_s).toString(), s.rx.ipv4.toString().section(u'.', 0, 2) + u".254"_s);
    }
    QVERIFY2(eventsOf(lines, u"stopped"_s).isEmpty(), qPrintable(describe(eventsOf(lines, u"stopped"_s))));
    const QJsonObject summary = findJsonKey(lines, u"summary"_s);
    const QJsonArray streams = summary.value(u"streams"_s).toArray();
    QCOMPARE(streams.size(), 1);
    QCOMPARE(streams.at(0).toObject().value(u"received"_s).toInt(), 600);
    QCOMPARE(streams.at(0).toObject().value(u"lost"_s).toInt(), 0);
    const QJsonArray summaryQueriers = summary.value(u"queriers"_s).toArray();
    QCOMPARE(summaryQueriers.size(), 1);
    QCOMPARE(summaryQueriers.at(0).toObject().value(u"state"_s).toString(), u"heard"_s);

    // The doctor names the same querier.
    const RunResult doctor = s.lab.run(
            u"rx"_s,
            mctester({u"doctor"_s, group, u"-i"_s, s.rx.interfaceName, u"--wait"_s, u"3"_s, u"--json"_s}),
            20000);
    QVERIFY2(doctor.finished, qPrintable(doctor.describe()));
    const QJsonObject check = doctorCheck(doctor.stdOut, u"querier"_s, &error);
    QCOMPARE(check.value(u"status"_s).toString(), u"pass"_s);
    QVERIFY2(check.value(u"summary"_s).toString().contains(first.value(u"address"_s).toString()),
             qPrintable(doctor.describe()));
    QVERIFY2(check.value(u"summary"_s).toString().contains(ipv6 ? u"MLDv2"_s : u"IGMPv3"_s),
             qPrintable(doctor.describe()));
}

void TestFieldNetns::querierNotHeard_noneThenStoppedNamingTheQuerier_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("IGMP") << false;
    QTest::newRow("MLD") << true;
}

void TestFieldNetns::querierNotHeard_noneThenStoppedNamingTheQuerier()
{
    QFETCH(bool, ipv6);
    SnoopingSwitch s;
    QVERIFY2(setUp(s, ipv6), qPrintable(s.lab.lastError() + u" (or the bridge kept flooding)"_s));
    QVERIFY2(s.lab.nft(u"sw"_s, dropQueriesTo(s.lab.bridgePortOf(u"rx"_s), ipv6)),
             qPrintable(s.lab.lastError()));
    const QString group = ipv6 ? u"[ff15::7:2]:5000"_s : u"239.7.0.2:5000"_s;
    // The join's own reports make the switch forward for one membership interval (3 s); no query
    // reaches the receiver, so it never renews them and the stream stops while the sender goes on.
    Stream run = startStream(s, group, {u"-w"_s, u"10"_s, u"--querier-timeout"_s, u"2"_s}, 1200);
    QVERIFY2(run.sender, qPrintable(s.lab.lastError()));
    const RunResult got = NetnsLab::finish(*run.receiver, 25000);
    QVERIFY2(got.finished && got.exitCode == 0, qPrintable(got.describe()));
    run.sender->kill();

    QString error;
    const QList<QJsonObject> lines = parseJsonLines(got.stdOut, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<QJsonObject> queriers = eventsOf(lines, u"querier"_s);
    QVERIFY2(queriers.size() == 1, qPrintable(describe(queriers)));
    QCOMPARE(queriers.at(0).value(u"state"_s).toString(), u"none"_s);
    QCOMPARE(queriers.at(0).value(u"interface"_s).toString(), s.rx.interfaceName);
    QVERIFY(!queriers.at(0).contains(u"address"_s));
    QVERIFY2(got.err().contains(u"querier"_s), qPrintable(got.describe())); // the advice, for people

    const QList<QJsonObject> stopped = eventsOf(lines, u"stopped"_s);
    QVERIFY2(stopped.size() == 1,
             qPrintable(describe(eventsOf(lines, u"outage"_s)
                                 + QList<QJsonObject>{findJsonKey(lines, u"summary"_s)})));
    QCOMPARE(stopped.at(0).value(u"group"_s).toString(), group);
    QVERIFY2(stopped.at(0)
                     .value(u"cause"_s)
                     .toString()
                     .contains(ipv6 ? u"no MLD querier"_s : u"no IGMP querier"_s),
             qPrintable(describe(stopped)));
    const QJsonObject summary = findJsonKey(lines, u"summary"_s);
    const QJsonObject stream = summary.value(u"streams"_s).toArray().at(0).toObject();
    // It flowed, then stopped, with the sender still sending a packet every 10 ms for 12 s.
    QVERIFY2(stream.value(u"received"_s).toInt() > 50, qPrintable(describe({summary})));
    QVERIFY2(stream.value(u"received"_s).toInt() < 900, qPrintable(describe({summary})));
    QVERIFY(stream.value(u"stopped"_s).toBool());
    QCOMPARE(summary.value(u"queriers"_s).toArray().at(0).toObject().value(u"state"_s).toString(), u"none"_s);

    // The doctor warns and says what it means.
    const RunResult doctor = s.lab.run(
            u"rx"_s,
            mctester({u"doctor"_s, group, u"-i"_s, s.rx.interfaceName, u"--wait"_s, u"2"_s, u"--json"_s}),
            20000);
    QVERIFY2(doctor.finished, qPrintable(doctor.describe()));
    const QJsonObject check = doctorCheck(doctor.stdOut, u"querier"_s, &error);
    QCOMPARE(check.value(u"status"_s).toString(), u"warn"_s);
    QVERIFY2(check.value(u"fix"_s).toString().contains(u"snoops"_s), qPrintable(doctor.describe()));
}

void TestFieldNetns::outage_filterDropsForAKnownTime_oneOutageOfThatLength()
{
    NetnsLab lab;
    const auto link = lab.senderReceiverLink(u"tx"_s, u"rx"_s);
    QVERIFY2(link, qPrintable(lab.lastError()));
    const QHostAddress group(u"239.7.0.3"_s);
    auto receiver =
            lab.start(u"rx"_s, mctester({u"recv"_s, u"239.7.0.3:5000"_s, u"-i"_s, link->b.interfaceName,
                                         u"--json"_s, u"-w"_s, u"8"_s, u"--max-outage"_s, u"300"_s}));
    QVERIFY(receiver);
    QVERIFY2(lab.waitForMembership(u"rx"_s, group, link->b.interfaceName), qPrintable(lab.lastError()));
    // 1,000 probes a second for 5 s; the filter comes once the receiver has printed some of them.
    auto sender = lab.start(u"tx"_s, mctester({u"send"_s, u"239.7.0.3:5000"_s, u"--probe"_s, u"--rate"_s,
                                               u"1000"_s, u"-c"_s, u"5000"_s, u"--quiet"_s}));
    QVERIFY(sender);
    QVERIFY2(NetnsLab::waitForOutput(*receiver, "\"seq\":", 5000, 200),
             qPrintable(NetnsLab::describeRunning(*receiver)));

    const QString table = u"table inet mcto {\n chain in {\n  type filter hook input priority 0;\n"
                          u"  udp dport 5000 counter drop\n }\n}\n"_s;
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(lab.nft(u"rx"_s, table), qPrintable(lab.lastError()));
    const qint64 addedAt = clock.elapsed();
    // The drop's length is the scenario, not a wait for something to happen.
    QThread::msleep(800);
    const qint64 removingAt = clock.elapsed();
    QVERIFY2(lab.nft(u"rx"_s, u"delete table inet mcto\n"_s), qPrintable(lab.lastError()));
    const qint64 removedAt = clock.elapsed();

    const RunResult sent = NetnsLab::finish(*sender, 20000);
    QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    const RunResult got = NetnsLab::finish(*receiver, 20000);
    QVERIFY2(got.finished, qPrintable(got.describe()));
    // --max-outage 300: the run is a failed failover test.
    QCOMPARE(got.exitCode, 1);
    QVERIFY2(got.err().contains(u"longer than --max-outage 300 ms"_s), qPrintable(got.describe()));

    QString error;
    const QList<QJsonObject> lines = parseJsonLines(got.stdOut, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The outage that lost packets is the filter's. (A sender held up on a busy machine can make a
    // silence too, but loses nothing: it catches up.)
    QList<QJsonObject> lossy;
    for (const QJsonObject &o : eventsOf(lines, u"outage"_s)) {
        if (o.value(u"lost"_s).toInt() > 0) {
            lossy.append(o);
        }
    }
    QVERIFY2(lossy.size() == 1, qPrintable(describe(eventsOf(lines, u"outage"_s))));
    const QJsonObject outage = lossy.constFirst();
    const double durationMs = outage.value(u"duration_ms"_s).toDouble();
    // The filter dropped for at least removingAt - addedAt and at most removedAt - 0 (each command
    // takes effect somewhere inside its run); the outage adds up to a packet's gap at each end.
    QVERIFY2(durationMs >= double(removingAt - addedAt) - 2, qPrintable(describe({outage})));
    QVERIFY2(durationMs <= double(removedAt) + 4, qPrintable(describe({outage})));
    const QJsonObject summary = findJsonKey(lines, u"summary"_s);
    const QJsonObject stream = summary.value(u"streams"_s).toArray().at(0).toObject();
    // Every packet lost was lost in that outage, and the paced sender lost one a millisecond.
    QCOMPARE(outage.value(u"lost"_s).toInt(), stream.value(u"lost"_s).toInt());
    QVERIFY2(std::abs(outage.value(u"lost"_s).toDouble() - durationMs) <= 0.05 * durationMs + 5,
             qPrintable(describe({outage})));
    QCOMPARE(stream.value(u"max_outage_ms"_s).toDouble() >= durationMs, true);
    // No stop but the sender's planned end (which may or may not come before the receiver's -w).
    for (const QJsonObject &stop : eventsOf(lines, u"stopped"_s)) {
        QVERIFY2(stop.value(u"cause"_s).toString().contains(u"has sent all 5000 packets"_s),
                 qPrintable(describe({stop})));
    }
}

QTEST_GUILESS_MAIN(TestFieldNetns)
#include "tst_field_netns.moc"
