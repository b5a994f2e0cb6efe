// Unit tests for replytable.h: aggregating receivers' unicast replies into "who hears me".
#include "replytable.h"

#include <QTest>

using namespace mct::core;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000'000'000LL;

ReplyRecord probeReply(const QString &from, const QString &host, quint64 sequence, quint64 received,
                       quint64 lost, double rttMs, qint64 timeNs)
{
    ProbeReply probe;
    probe.streamId = 7;
    probe.sequence = sequence;
    probe.receiveTimeNs = timeNs;
    probe.received = received;
    probe.lost = lost;
    probe.host = host;

    ReplyRecord r;
    r.receiveTimeNs = timeNs;
    r.from = QHostAddress(from);
    r.fromPort = 5000;
    r.data = encodeReply(probe);
    r.probe = probe;
    r.roundTripMs = rttMs;
    return r;
}

// A probe reply that says it arrived with receivedTtl, to a probe sent with sentTtl (-1: unknown).
ReplyRecord ttlReply(const QString &from, int sentTtl, int receivedTtl, qint64 timeNs = kT0)
{
    ReplyRecord r = probeReply(from, u"alpha"_s, 0, 1, 0, 1.0, timeNs);
    r.probe->ttl = qint16(receivedTtl);
    r.data = encodeReply(*r.probe);
    r.sentTtl = sentTtl;
    return r;
}

ReplyRecord textReply(const QString &from, const QByteArray &text, qint64 timeNs)
{
    ReplyRecord r;
    r.receiveTimeNs = timeNs;
    r.from = QHostAddress(from);
    r.fromPort = 40001;
    r.data = text;
    return r;
}

} // namespace

class TestReplyTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void add_repliesFromTwoAddresses_twoReceiversWithCountsHostLostAndRtt();
    void add_ipv4MappedAddress_sameReceiver();
    void add_twoPortsOfOneAddress_twoReceiversNamedWithPorts();
    void add_plainTextReply_lastTextWithoutRtt();
    void clear_forgetsReceivers();
    void receiverToJson_probeReceiver_keysAndValues();
    void receiverToJson_textReceiver_noProbeKeys();
    void replyToJson_probeAndText_fields();
    void replyToTextLine_controlCharactersInHost_notPrintedRaw();
    void hopCount_sentAndReceivedTtl_difference_data();
    void hopCount_sentAndReceivedTtl_difference();
    void add_replyWithTtl_hopsAndTtlOfTheLastKnown();
    void add_replyOfOlderReceiver_hopsAndTtlUnknown();
    void atTtlEdge_receivedTtl_edgeAtOneOrLess_data();
    void atTtlEdge_receivedTtl_edgeAtOneOrLess();
    void json_replyWithTtl_hopsAndTtlKeys();
    void json_replyWithoutTtl_noHopsOrTtlKeys();
    void textLines_replyWithTtl_hopsAndTtlShown();
};

void TestReplyTable::add_repliesFromTwoAddresses_twoReceiversWithCountsHostLostAndRtt()
{
    ReplyTable table;
    QCOMPARE(table.add(probeReply(u"192.0.2.10"_s, u"alpha"_s, 0, 1, 0, 1.0, kT0)), 0);
    QCOMPARE(table.add(probeReply(u"2001:db8::20"_s, u"测试机"_s, 0, 1, 0, 5.0, kT0 + 1)), 1);
    QCOMPARE(table.add(probeReply(u"192.0.2.10"_s, u"alpha"_s, 1, 2, 0, 3.0, kT0 + 2)), 0);
    QCOMPARE(table.add(probeReply(u"192.0.2.10"_s, u"alpha"_s, 3, 3, 1, 2.0, kT0 + 3)), 0);

    const QList<ReceiverReport> &receivers = table.receivers();
    QCOMPARE(receivers.size(), 2);

    const ReceiverReport &a = receivers.at(0);
    QCOMPARE(a.address, QHostAddress(u"192.0.2.10"_s));
    QCOMPARE(a.host, u"alpha"_s);
    QCOMPARE(a.replies, quint64(3));
    QCOMPARE(a.reportedReceived, quint64(3));
    QCOMPARE(a.reportedLost, quint64(1));
    QCOMPARE(a.firstTimeNs, kT0);
    QCOMPARE(a.lastTimeNs, kT0 + 3);
    QCOMPARE(a.rttCount, quint64(3));
    QCOMPARE(a.rttMinMs, 1.0);
    QCOMPARE(a.rttAvgMs, 2.0);
    QCOMPARE(a.rttMaxMs, 3.0);

    const ReceiverReport &b = receivers.at(1);
    QCOMPARE(b.address, QHostAddress(u"2001:db8::20"_s));
    QCOMPARE(b.host, u"测试机"_s);
    QCOMPARE(b.replies, quint64(1));
    QCOMPARE(b.reportedLost, quint64(0));
    QCOMPARE(b.rttMinMs, 5.0);
    QCOMPARE(b.rttAvgMs, 5.0);
    QCOMPARE(b.rttMaxMs, 5.0);
}

void TestReplyTable::add_ipv4MappedAddress_sameReceiver()
{
    // A dual-stack socket reports IPv4 senders as ::ffff:a.b.c.d.
    ReplyTable table;
    QCOMPARE(table.add(probeReply(u"192.0.2.10"_s, u"alpha"_s, 0, 1, 0, 1.0, kT0)), 0);
    QCOMPARE(table.add(probeReply(u"::ffff:192.0.2.10"_s, u"alpha"_s, 1, 2, 0, 1.0, kT0 + 1)), 0);

    QCOMPARE(table.receivers().size(), 1);
    QCOMPARE(table.receivers().first().replies, quint64(2));
}

void TestReplyTable::add_twoPortsOfOneAddress_twoReceiversNamedWithPorts()
{
    // Two receivers on one host answer from one address, each from a port of its own.
    ReplyTable table;
    ReplyRecord first = probeReply(u"192.0.2.10"_s, u"alpha"_s, 0, 1, 0, 1.0, kT0);
    first.fromPort = 40001;
    ReplyRecord second = probeReply(u"192.0.2.10"_s, u"alpha"_s, 0, 1, 0, 1.0, kT0 + 1);
    second.fromPort = 40002;
    const ReplyRecord other = probeReply(u"192.0.2.11"_s, u"beta"_s, 0, 1, 0, 1.0, kT0 + 2);

    QCOMPARE(table.add(first), 0);
    QCOMPARE(table.displayAddress(0), u"192.0.2.10"_s); // alone at its address: no port shown
    QCOMPARE(table.add(second), 1);
    QCOMPARE(table.add(other), 2);
    QCOMPARE(table.add(first), 0);

    QCOMPARE(table.receivers().size(), 3);
    QCOMPARE(table.receivers().at(0).replies, quint64(2));
    QCOMPARE(table.receivers().at(1).replies, quint64(1));
    QCOMPARE(table.displayAddress(0), u"192.0.2.10:40001"_s);
    QCOMPARE(table.displayAddress(1), u"192.0.2.10:40002"_s);
    QCOMPARE(table.displayAddress(2), u"192.0.2.11"_s);
    QCOMPARE(receiverToJson(table.receivers().at(1)).value(u"port"_s).toInt(), 40002);
}

void TestReplyTable::add_plainTextReply_lastTextWithoutRtt()
{
    ReplyTable table;
    table.add(textReply(u"192.0.2.30"_s, "first", kT0));
    table.add(textReply(u"192.0.2.30"_s, "got it\n", kT0 + 1));

    QCOMPARE(table.receivers().size(), 1);
    const ReceiverReport &r = table.receivers().first();
    QCOMPARE(r.replies, quint64(2));
    QCOMPARE(r.lastText, u"got it\n"_s); // as sent; each view escapes it its own way
    QVERIFY(r.host.isEmpty());
    QCOMPARE(r.rttCount, quint64(0));
    QCOMPARE(r.rttAvgMs, -1.0);
}

void TestReplyTable::clear_forgetsReceivers()
{
    ReplyTable table;
    table.add(textReply(u"192.0.2.30"_s, "x", kT0));
    table.clear();
    QVERIFY(table.receivers().isEmpty());
    QCOMPARE(table.add(textReply(u"192.0.2.31"_s, "y", kT0)), 0);
}

void TestReplyTable::receiverToJson_probeReceiver_keysAndValues()
{
    ReplyTable table;
    table.add(probeReply(u"192.0.2.10"_s, u"alpha"_s, 0, 10, 2, 1.0, kT0));
    table.add(probeReply(u"192.0.2.10"_s, u"alpha"_s, 1, 11, 2, 3.0, kT0 + 1));
    const QJsonObject o = receiverToJson(table.receivers().first());

    QCOMPARE(o.value(u"address"_s).toString(), u"192.0.2.10"_s);
    QCOMPARE(o.value(u"replies"_s).toInteger(), qint64(2));
    QCOMPARE(o.value(u"host"_s).toString(), u"alpha"_s);
    QCOMPARE(o.value(u"received"_s).toInteger(), qint64(11));
    QCOMPARE(o.value(u"lost"_s).toInteger(), qint64(2));
    const QJsonObject rtt = o.value(u"rtt_ms"_s).toObject();
    QCOMPARE(rtt.value(u"min"_s).toDouble(), 1.0);
    QCOMPARE(rtt.value(u"avg"_s).toDouble(), 2.0);
    QCOMPARE(rtt.value(u"max"_s).toDouble(), 3.0);
}

void TestReplyTable::receiverToJson_textReceiver_noProbeKeys()
{
    ReplyTable table;
    table.add(textReply(u"192.0.2.30"_s, "pong", kT0));
    const QJsonObject o = receiverToJson(table.receivers().first());

    QCOMPARE(o.value(u"text"_s).toString(), u"pong"_s);
    QVERIFY(!o.contains(u"host"_s));
    QVERIFY(!o.contains(u"rtt_ms"_s));
}

void TestReplyTable::replyToJson_probeAndText_fields()
{
    const QJsonObject probe = replyToJson(probeReply(u"2001:db8::20"_s, u"beta"_s, 9, 10, 0, 0.25, kT0));
    QCOMPARE(probe.value(u"from"_s).toString(), u"[2001:db8::20]:5000"_s);
    QCOMPARE(probe.value(u"host"_s).toString(), u"beta"_s);
    QCOMPARE(probe.value(u"seq"_s).toInteger(), qint64(9));
    QCOMPARE(probe.value(u"rtt_ms"_s).toDouble(), 0.25);

    const QJsonObject text = replyToJson(textReply(u"192.0.2.30"_s, "pong", kT0));
    QCOMPARE(text.value(u"from"_s).toString(), u"192.0.2.30:40001"_s);
    QCOMPARE(text.value(u"payload"_s).toString(), u"pong"_s);

    const QJsonObject binary = replyToJson(textReply(u"192.0.2.30"_s, QByteArray("\x00\x1b", 2), kT0));
    QCOMPARE(binary.value(u"payload_hex"_s).toString(), u"001b"_s);
    QVERIFY(!binary.contains(u"payload"_s));
}

void TestReplyTable::replyToTextLine_controlCharactersInHost_notPrintedRaw()
{
    // The host name comes from the network: an escape sequence in it must not reach the terminal.
    const QString line = replyToTextLine(probeReply(u"192.0.2.10"_s, u"evil\x1b[2J"_s, 0, 1, 0, 1.0, kT0));
    QVERIFY2(!line.contains(QChar(0x1b)), qPrintable(line));
    QVERIFY2(line.contains(u"192.0.2.10:5000"_s), qPrintable(line));
}

void TestReplyTable::hopCount_sentAndReceivedTtl_difference_data()
{
    QTest::addColumn<int>("sent");
    QTest::addColumn<int>("received");
    QTest::addColumn<int>("hops");

    QTest::newRow("direct link") << 5 << 5 << 0;
    QTest::newRow("three routers") << 8 << 5 << 3;
    QTest::newRow("ttl 1, direct") << 1 << 1 << 0;
    QTest::newRow("whole range") << 255 << 0 << 255;
    QTest::newRow("sent unknown") << -1 << 5 << -1;
    QTest::newRow("received unknown (older receiver)") << 5 << -1 << -1;
    QTest::newRow("received more than sent") << 3 << 4 << -1;
}

void TestReplyTable::hopCount_sentAndReceivedTtl_difference()
{
    QFETCH(int, sent);
    QFETCH(int, received);
    QFETCH(int, hops);

    QCOMPARE(hopCount(sent, received), hops);
    QCOMPARE(hopCount(ttlReply(u"192.0.2.10"_s, sent, received)), hops);
}

void TestReplyTable::add_replyWithTtl_hopsAndTtlOfTheLastKnown()
{
    ReplyTable table;
    table.add(ttlReply(u"192.0.2.10"_s, 8, 6, kT0));
    QCOMPARE(table.receivers().first().ttl, qint16(6));
    QCOMPARE(table.receivers().first().hops, 2);

    table.add(ttlReply(u"192.0.2.10"_s, 8, 5, kT0 + 1)); // the path grew a router
    QCOMPARE(table.receivers().first().ttl, qint16(5));
    QCOMPARE(table.receivers().first().hops, 3);

    // A late reply to a probe we no longer know the TTL of keeps the hop count we had.
    table.add(ttlReply(u"192.0.2.10"_s, -1, 5, kT0 + 2));
    QCOMPARE(table.receivers().first().ttl, qint16(5));
    QCOMPARE(table.receivers().first().hops, 3);
}

void TestReplyTable::add_replyOfOlderReceiver_hopsAndTtlUnknown()
{
    ReplyTable table;
    ReplyRecord old = probeReply(u"192.0.2.10"_s, u"alpha"_s, 0, 1, 0, 1.0, kT0);
    old.sentTtl = 4; // we know what we sent; the older receiver does not say what arrived
    table.add(old);
    QCOMPARE(table.receivers().first().ttl, qint16(-1));
    QCOMPARE(table.receivers().first().hops, -1);
    QVERIFY(!table.receivers().first().atTtlEdge());
}

void TestReplyTable::atTtlEdge_receivedTtl_edgeAtOneOrLess_data()
{
    QTest::addColumn<int>("sent");
    QTest::addColumn<int>("received");
    QTest::addColumn<bool>("edge");

    QTest::newRow("sent 1, direct link") << 1 << 1 << true;
    QTest::newRow("sent 4, three routers") << 4 << 1 << true;
    QTest::newRow("sent 0, same host") << 0 << 0 << true;
    QTest::newRow("one to spare") << 2 << 2 << false;
    QTest::newRow("sent 64, direct link") << 64 << 64 << false;
    QTest::newRow("received unknown") << 1 << -1 << false;
}

void TestReplyTable::atTtlEdge_receivedTtl_edgeAtOneOrLess()
{
    QFETCH(int, sent);
    QFETCH(int, received);
    QFETCH(bool, edge);

    ReplyTable table;
    table.add(ttlReply(u"192.0.2.10"_s, sent, received));
    QCOMPARE(table.receivers().first().atTtlEdge(), edge);
}

void TestReplyTable::json_replyWithTtl_hopsAndTtlKeys()
{
    const ReplyRecord reply = ttlReply(u"192.0.2.10"_s, 8, 5);
    const QJsonObject one = replyToJson(reply);
    QCOMPARE(one.value(u"ttl"_s).toInt(-1), 5);
    QCOMPARE(one.value(u"hops"_s).toInt(-1), 3);

    ReplyTable table;
    table.add(reply);
    const QJsonObject receiver = receiverToJson(table.receivers().first());
    QCOMPARE(receiver.value(u"ttl"_s).toInt(-1), 5);
    QCOMPARE(receiver.value(u"hops"_s).toInt(-1), 3);

    // The TTL the receiver reports, even when the hops cannot be told.
    const QJsonObject unknownSent = replyToJson(ttlReply(u"192.0.2.10"_s, -1, 5));
    QCOMPARE(unknownSent.value(u"ttl"_s).toInt(-1), 5);
    QVERIFY(!unknownSent.contains(u"hops"_s));
}

void TestReplyTable::json_replyWithoutTtl_noHopsOrTtlKeys()
{
    const ReplyRecord old = ttlReply(u"192.0.2.10"_s, 8, -1);
    QVERIFY(!replyToJson(old).contains(u"ttl"_s));
    QVERIFY(!replyToJson(old).contains(u"hops"_s));
    ReplyTable table;
    table.add(old);
    table.add(textReply(u"192.0.2.30"_s, "pong", kT0));
    for (const ReceiverReport &r : table.receivers()) {
        QVERIFY(!receiverToJson(r).contains(u"ttl"_s));
        QVERIFY(!receiverToJson(r).contains(u"hops"_s));
    }
}

void TestReplyTable::textLines_replyWithTtl_hopsAndTtlShown()
{
    const QString line = replyToTextLine(ttlReply(u"192.0.2.10"_s, 8, 5));
    QVERIFY2(line.endsWith(u"  hops 3 (ttl 5)"_s), qPrintable(line));
    QCOMPARE(hopsText(3, 5), u"  hops 3 (ttl 5)"_s);
    QCOMPARE(hopsText(-1, 5), u"  ttl 5"_s);
    QCOMPARE(hopsText(-1, -1), QString());
    const QString old = replyToTextLine(ttlReply(u"192.0.2.10"_s, 8, -1));
    QVERIFY2(!old.contains(u"ttl"_s) && !old.contains(u"hops"_s), qPrintable(old));
}

QTEST_GUILESS_MAIN(TestReplyTable)
#include "tst_replytable.moc"
