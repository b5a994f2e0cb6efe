// Unit tests for packetjson.h: one packet or stream as JSON and as a text line, payload shown safely.
#include "packetjson.h"
#include "probe.h"

#include <QJsonDocument>
#include <QTest>

using namespace mct::core;
using namespace Qt::StringLiterals;

namespace {

// 2023-11-14T22:13:20.123456789Z
constexpr qint64 kTimeNs = 1'700'000'000'123'456'789LL;

PacketBatch makeBatch(const QByteArray &payload, PayloadFormat format = PayloadFormat::Plain)
{
    PacketBatch batch;
    batch.arena = QByteArray("arena-prefix") + payload; // the record must use its own offset
    PacketRecord r;
    r.receiveTimeNs = kTimeNs;
    r.source = NetAddress::fromIPv4(0xC0000201); // 192.0.2.1
    r.sourcePort = 40000;
    r.group = NetAddress::fromIPv4(0xEF010203); // 239.1.2.3
    r.port = 5000;
    r.interfaceIndex = 0;
    r.ttl = 1;
    r.payloadOffset = 12;
    r.storedLength = quint32(payload.size());
    r.size = quint32(payload.size());
    r.format = format;
    batch.records.append(r);
    return batch;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList keys)
{
    keys.sort();
    return keys;
}

const QStringList kCommonKeys{u"time"_s, u"source"_s, u"group"_s, u"interface"_s,
                              u"ttl"_s,  u"size"_s,   u"format"_s};

} // namespace

class TestPacketJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packetToJson_plainText_exactKeysAndValues();
    void packetToJson_ipv6_addressesInBrackets();
    void packetToJson_unknownInterfaceIndex_indexAsText();
    void packetToJson_keysPerFormat_data();
    void packetToJson_keysPerFormat();
    void packetToJson_binaryOrControlCharacters_payloadHex_data();
    void packetToJson_binaryOrControlCharacters_payloadHex();
    void packetToJson_html_keptLiterally();
    void packetToJson_probe_payloadSkipsHeader();
    void packetToJson_cappedPayload_truncatedFlag();
    void packetToJson_serialised_isValidJson();
    void packetToJson_tosKnown_dscpAndEcn_data();
    void packetToJson_tosKnown_dscpAndEcn();
    void packetToJson_tosUnknown_noDscpOrEcnKeys();

    void packetToTextLine_newlinesAndTabs_escapedOnOneLine();
    void packetToTextLine_html_keptLiterally();
    void packetToTextLine_probe_previewSkipsHeader();
    void packetToTextLine_binary_hex();
    void packetToTextLine_dscpKnownOrNot_dscpWordAndEcnOnlyWhenSet_data();
    void packetToTextLine_dscpKnownOrNot_dscpWordAndEcnOnlyWhenSet();
    void userPayload_probeStoredShorterThanHeader_empty();

    void payloadPreview_text_multiLineKeptOneLineEscaped();
    void payloadPreview_binary_hexAndNotText();
    void formatTimeIso_nanoseconds_microsecondsUtc();

    void streamToJson_probeStream_lostAtEndAndLatency();
    void streamToJson_plainStream_noSequenceKeys();
};

void TestPacketJson::packetToJson_plainText_exactKeysAndValues()
{
    const PacketBatch batch = makeBatch("hello");
    const QJsonObject o = packetToJson(batch, batch.records.first());

    QCOMPARE(sortedKeys(o), sorted(kCommonKeys + QStringList{u"payload"_s}));
    QCOMPARE(o.value(u"time"_s).toString(), u"2023-11-14T22:13:20.123456Z"_s);
    QCOMPARE(o.value(u"source"_s).toString(), u"192.0.2.1:40000"_s);
    QCOMPARE(o.value(u"group"_s).toString(), u"239.1.2.3:5000"_s);
    QCOMPARE(o.value(u"interface"_s).toString(), QString());
    QCOMPARE(o.value(u"ttl"_s).toInt(), 1);
    QCOMPARE(o.value(u"size"_s).toInt(), 5);
    QCOMPARE(o.value(u"format"_s).toString(), u"plain"_s);
    QCOMPARE(o.value(u"payload"_s).toString(), u"hello"_s);
}

void TestPacketJson::packetToJson_ipv6_addressesInBrackets()
{
    PacketBatch batch = makeBatch("x");
    batch.records[0].source = NetAddress::fromHostAddress(QHostAddress(u"2001:db8::1"_s));
    batch.records[0].group = NetAddress::fromHostAddress(QHostAddress(u"ff15::1"_s));
    const QJsonObject o = packetToJson(batch, batch.records.first());

    QCOMPARE(o.value(u"source"_s).toString(), u"[2001:db8::1]:40000"_s);
    QCOMPARE(o.value(u"group"_s).toString(), u"[ff15::1]:5000"_s);
}

void TestPacketJson::packetToJson_unknownInterfaceIndex_indexAsText()
{
    PacketBatch batch = makeBatch("x");
    batch.records[0].interfaceIndex = 987654; // no such interface on any test machine
    QCOMPARE(packetToJson(batch, batch.records.first()).value(u"interface"_s).toString(), u"987654"_s);
}

void TestPacketJson::packetToJson_keysPerFormat_data()
{
    QTest::addColumn<PayloadFormat>("format");
    QTest::addColumn<bool>("hasSequence");
    QTest::addColumn<QStringList>("extraKeys");
    QTest::addColumn<QString>("formatName");

    QTest::newRow("plain") << PayloadFormat::Plain << false << QStringList{} << u"plain"_s;
    QTest::newRow("probe") << PayloadFormat::Probe << true << QStringList{u"seq"_s, u"stream"_s}
                           << u"probe"_s;
    QTest::newRow("rtp") << PayloadFormat::Rtp << true << QStringList{u"seq"_s, u"stream"_s} << u"rtp"_s;
    QTest::newRow("iperf2") << PayloadFormat::Iperf2 << true << QStringList{u"seq"_s} << u"iperf2"_s;
    QTest::newRow("mcjoin") << PayloadFormat::McJoin << true << QStringList{u"seq"_s} << u"mcjoin"_s;
    QTest::newRow("mpeg-ts") << PayloadFormat::MpegTs << false << QStringList{} << u"mpeg-ts"_s;
}

void TestPacketJson::packetToJson_keysPerFormat()
{
    QFETCH(PayloadFormat, format);
    QFETCH(bool, hasSequence);
    QFETCH(QStringList, extraKeys);
    QFETCH(QString, formatName);

    PacketBatch batch = makeBatch("text", format);
    PacketRecord &r = batch.records[0];
    r.hasSequence = hasSequence;
    r.sequence = 12345678901ULL;
    r.streamId = 0xFEEDBEEF;
    const QJsonObject o = packetToJson(batch, r);

    QCOMPARE(sortedKeys(o), sorted(kCommonKeys + QStringList{u"payload"_s} + extraKeys));
    QCOMPARE(o.value(u"format"_s).toString(), formatName);
    if (hasSequence) {
        QCOMPARE(o.value(u"seq"_s).toInteger(), qint64(12345678901LL));
    }
    if (extraKeys.contains(u"stream"_s)) {
        QCOMPARE(o.value(u"stream"_s).toInteger(), qint64(0xFEEDBEEF));
    }
}

void TestPacketJson::packetToJson_binaryOrControlCharacters_payloadHex_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("hex");

    QTest::newRow("binary") << QByteArray("\x00\x01\xff", 3) << u"0001ff"_s;
    QTest::newRow("terminal escape") << QByteArray("\x1b[2Jhi") << u"1b5b324a6869"_s;
    QTest::newRow("C1 control") << (QByteArray("a\xc2\x9b") + 'b') << u"61c29b62"_s;
    QTest::newRow("invalid utf-8") << QByteArray("\xc3\x28") << u"c328"_s;
}

void TestPacketJson::packetToJson_binaryOrControlCharacters_payloadHex()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, hex);

    const PacketBatch batch = makeBatch(payload);
    const QJsonObject o = packetToJson(batch, batch.records.first());
    QVERIFY(!o.contains(u"payload"_s));
    QCOMPARE(o.value(u"payload_hex"_s).toString(), hex);
}

void TestPacketJson::packetToJson_html_keptLiterally()
{
    const PacketBatch batch = makeBatch("<b>x</b> &amp;");
    QCOMPARE(packetToJson(batch, batch.records.first()).value(u"payload"_s).toString(), u"<b>x</b> &amp;"_s);
}

void TestPacketJson::packetToJson_probe_payloadSkipsHeader()
{
    ProbeHeader h;
    h.streamId = 77;
    h.sequence = 5;
    PacketBatch batch = makeBatch(encodeProbe(h, "hello"), PayloadFormat::Probe);
    PacketRecord &r = batch.records[0];
    r.userPayloadOffset = ProbeHeader::kSize;
    r.hasSequence = true;
    r.sequence = 5;
    r.streamId = 77;
    const QJsonObject o = packetToJson(batch, r);

    QCOMPARE(o.value(u"payload"_s).toString(), u"hello"_s);
    QCOMPARE(o.value(u"size"_s).toInt(), ProbeHeader::kSize + 5); // size is still the whole datagram
    QCOMPARE(o.value(u"seq"_s).toInteger(), qint64(5));
    QCOMPARE(o.value(u"stream"_s).toInteger(), qint64(77));
}

void TestPacketJson::packetToJson_cappedPayload_truncatedFlag()
{
    PacketBatch batch = makeBatch("abcd");
    batch.records[0].size = 9000; // only the first 4 bytes were kept
    const QJsonObject o = packetToJson(batch, batch.records.first());

    QCOMPARE(o.value(u"truncated"_s).toBool(), true);
    QCOMPARE(o.value(u"size"_s).toInt(), 9000);
    QCOMPARE(o.value(u"payload"_s).toString(), u"abcd"_s);
}

void TestPacketJson::packetToJson_serialised_isValidJson()
{
    const PacketBatch batch = makeBatch("quote \" backslash \\ newline \n");
    const QByteArray line =
            QJsonDocument(packetToJson(batch, batch.records.first())).toJson(QJsonDocument::Compact);
    QVERIFY(!line.contains('\n')); // one packet per JSONL line

    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(line, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object().value(u"payload"_s).toString(), u"quote \" backslash \\ newline \n"_s);
}

void TestPacketJson::packetToJson_tosKnown_dscpAndEcn_data()
{
    QTest::addColumn<int>("tos");
    QTest::addColumn<int>("dscp");
    QTest::addColumn<int>("ecn");

    QTest::newRow("best effort") << 0x00 << 0 << 0;
    QTest::newRow("EF, Not-ECT") << 0xB8 << 46 << 0;
    QTest::newRow("EF, ECT(1)") << 0xB9 << 46 << 1;
    QTest::newRow("AF41, ECT(0)") << 0x8A << 34 << 2;
    QTest::newRow("CS7, CE") << 0xE3 << 56 << 3;
    QTest::newRow("63, CE") << 0xFF << 63 << 3;
}

void TestPacketJson::packetToJson_tosKnown_dscpAndEcn()
{
    QFETCH(int, tos);
    QFETCH(int, dscp);
    QFETCH(int, ecn);

    PacketBatch batch = makeBatch("x");
    batch.records[0].tos = qint16(tos);
    const QJsonObject o = packetToJson(batch, batch.records.first());

    QCOMPARE(sortedKeys(o), sorted(kCommonKeys + QStringList{u"payload"_s, u"dscp"_s, u"ecn"_s}));
    QCOMPARE(o.value(u"dscp"_s).toInt(-1), dscp);
    QCOMPARE(o.value(u"ecn"_s).toInt(-1), ecn);
}

void TestPacketJson::packetToJson_tosUnknown_noDscpOrEcnKeys()
{
    // The portable path cannot learn the TOS: no key rather than a made-up 0.
    const PacketBatch batch = makeBatch("x");
    QCOMPARE(batch.records.first().tos, qint16(-1));
    const QJsonObject o = packetToJson(batch, batch.records.first());
    QVERIFY(!o.contains(u"dscp"_s));
    QVERIFY(!o.contains(u"ecn"_s));
}

void TestPacketJson::packetToTextLine_newlinesAndTabs_escapedOnOneLine()
{
    const PacketBatch batch = makeBatch("line1\nline2\r\n\ttab \\");
    const QString line = packetToTextLine(batch, batch.records.first());

    QVERIFY2(line.endsWith(u"line1\\nline2\\r\\n\\ttab \\\\"_s), qPrintable(line));
    QVERIFY(!line.contains(u'\n'));
    QVERIFY(!line.contains(u'\r'));
    QVERIFY(!line.contains(u'\t'));
    QVERIFY2(line.contains(u"192.0.2.1:40000 > 239.1.2.3:5000"_s), qPrintable(line));
    QVERIFY2(line.contains(u"ttl 1"_s), qPrintable(line));
}

void TestPacketJson::packetToTextLine_html_keptLiterally()
{
    const PacketBatch batch = makeBatch("<b>x</b>");
    const QString line = packetToTextLine(batch, batch.records.first());
    QVERIFY2(line.endsWith(u"<b>x</b>"_s), qPrintable(line));
}

void TestPacketJson::packetToTextLine_probe_previewSkipsHeader()
{
    PacketBatch batch = makeBatch(encodeProbe(ProbeHeader{}, "payload after header"), PayloadFormat::Probe);
    PacketRecord &r = batch.records[0];
    r.userPayloadOffset = ProbeHeader::kSize;
    r.hasSequence = true;
    r.sequence = 3;
    const QString line = packetToTextLine(batch, r);

    QVERIFY2(line.endsWith(u"  payload after header"_s), qPrintable(line));
    QVERIFY2(line.contains(u"probe"_s), qPrintable(line));
    QVERIFY2(line.contains(u"seq 3"_s), qPrintable(line));
    QVERIFY2(!line.contains(u"MCTP"_s) && !line.contains(u"4d435450"_s), qPrintable(line));
}

void TestPacketJson::packetToTextLine_binary_hex()
{
    const PacketBatch batch = makeBatch(QByteArray("\x1b]0;pwned\x07", 10));
    const QString line = packetToTextLine(batch, batch.records.first());
    QVERIFY2(line.endsWith(u"1b5d303b70776e656407"_s), qPrintable(line));
    QVERIFY(!line.contains(QChar(0x1b)));
}

void TestPacketJson::packetToTextLine_dscpKnownOrNot_dscpWordAndEcnOnlyWhenSet_data()
{
    QTest::addColumn<int>("tos");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown") << -1 << u"  ttl 1  dscp ?  5 B  "_s;
    QTest::newRow("EF, Not-ECT") << 0xB8 << u"  ttl 1  dscp 46  5 B  "_s;
    QTest::newRow("0, CE") << 0x03 << u"  ttl 1  dscp 0 ecn CE  5 B  "_s;
    QTest::newRow("AF41, ECT(0)") << 0x8A << u"  ttl 1  dscp 34 ecn ECT(0)  5 B  "_s;
}

void TestPacketJson::packetToTextLine_dscpKnownOrNot_dscpWordAndEcnOnlyWhenSet()
{
    QFETCH(int, tos);
    QFETCH(QString, expected);

    PacketBatch batch = makeBatch("hello");
    batch.records[0].tos = qint16(tos);
    const QString line = packetToTextLine(batch, batch.records.first());
    QVERIFY2(line.contains(expected), qPrintable(line));
    QVERIFY2(line.endsWith(u"  hello"_s), qPrintable(line));
}

void TestPacketJson::userPayload_probeStoredShorterThanHeader_empty()
{
    PacketBatch batch = makeBatch(encodeProbe(ProbeHeader{}, "tail").left(10), PayloadFormat::Probe);
    batch.records[0].userPayloadOffset = ProbeHeader::kSize;
    batch.records[0].size = ProbeHeader::kSize + 4;

    QVERIFY(userPayload(batch, batch.records.first()).isEmpty());
    const QJsonObject o = packetToJson(batch, batch.records.first());
    QCOMPARE(o.value(u"truncated"_s).toBool(), true);
}

void TestPacketJson::payloadPreview_text_multiLineKeptOneLineEscaped()
{
    bool isText = false;
    QCOMPARE(payloadPreview("a\nb\tc", false, &isText), u"a\nb\tc"_s);
    QVERIFY(isText);
    QCOMPARE(payloadPreview("a\nb\tc\\", true), u"a\\nb\\tc\\\\"_s);
    QCOMPARE(payloadPreview(u"你好"_s.toUtf8(), true), u"你好"_s);
    // Text that would reorder the rest of a terminal line ("Trojan Source") is shown by code point.
    QCOMPARE(payloadPreview(u"abc\u202Edef"_s.toUtf8(), true), u"abc\\u{202E}def"_s);
}

void TestPacketJson::payloadPreview_binary_hexAndNotText()
{
    bool isText = true;
    QCOMPARE(payloadPreview(QByteArray("\x00\xab", 2), true, &isText), u"00ab"_s);
    QVERIFY(!isText);
}

void TestPacketJson::formatTimeIso_nanoseconds_microsecondsUtc()
{
    QCOMPARE(formatTimeIso(kTimeNs), u"2023-11-14T22:13:20.123456Z"_s);
    QCOMPARE(formatTimeIso(0), u"1970-01-01T00:00:00.000000Z"_s);
    QCOMPARE(formatTimeIso(1'700'000'000'000'000'999LL), u"2023-11-14T22:13:20.000000Z"_s);
}

void TestPacketJson::streamToJson_probeStream_lostAtEndAndLatency()
{
    StreamSnapshot s;
    s.key.source = NetAddress::fromIPv4(0xC0000201);
    s.key.sourcePort = 40000;
    s.key.group = NetAddress::fromIPv4(0xEF010203);
    s.key.port = 5000;
    s.key.streamId = 42;
    s.format = PayloadFormat::Probe;
    s.hasSequence = true;
    s.received = 90;
    s.bytes = 9000;
    s.lost = 0;
    s.lostAtEnd = 10;
    s.plannedCount = 100;
    s.jitterMs = 0.5;
    s.hasLatency = true;
    s.latencyMinMs = 1;
    s.latencyAvgMs = 2;
    s.latencyMaxMs = 3;
    const QJsonObject o = streamToJson(s);

    QCOMPARE(o.value(u"source"_s).toString(), u"192.0.2.1:40000"_s);
    QCOMPARE(o.value(u"group"_s).toString(), u"239.1.2.3:5000"_s);
    QCOMPARE(o.value(u"format"_s).toString(), u"probe"_s);
    QCOMPARE(o.value(u"stream"_s).toInteger(), qint64(42));
    QCOMPARE(o.value(u"received"_s).toInteger(), qint64(90));
    QCOMPARE(o.value(u"lost"_s).toInteger(), qint64(10));
    QCOMPARE(o.value(u"planned"_s).toInteger(), qint64(100));
    QCOMPARE(o.value(u"jitter_ms"_s).toDouble(), 0.5);
    const QJsonObject latency = o.value(u"latency_ms"_s).toObject();
    QCOMPARE(latency.value(u"min"_s).toDouble(), 1.0);
    QCOMPARE(latency.value(u"avg"_s).toDouble(), 2.0);
    QCOMPARE(latency.value(u"max"_s).toDouble(), 3.0);
    QVERIFY(!o.contains(u"restarted"_s));

    const QString line = streamToTextLine(s);
    QVERIFY2(line.contains(u"lost 10"_s), qPrintable(line));
    QVERIFY2(line.contains(u"latency 1.000/2.000/3.000 ms"_s), qPrintable(line));
}

void TestPacketJson::streamToJson_plainStream_noSequenceKeys()
{
    StreamSnapshot s;
    s.received = 3;
    const QJsonObject o = streamToJson(s);

    for (const QString &key : {u"lost"_s, u"duplicates"_s, u"reordered"_s, u"jitter_ms"_s, u"latency_ms"_s,
                               u"stream"_s, u"planned"_s}) {
        QVERIFY2(!o.contains(key), qPrintable(key));
    }
    QCOMPARE(o.value(u"received"_s).toInteger(), qint64(3));
}

QTEST_GUILESS_MAIN(TestPacketJson)
#include "tst_packetjson.moc"
