// Unit tests for flowformat.h: a flow's format from several packets, counted into the right streams.
#include "flowformat.h"
#include "probe.h"
#include "streamstats.h"
#include "testpackets.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

using namespace mct::core;
using mct::test::iperf2Packet;
using mct::test::rtpPacket;
using mct::test::RtpSpec;

namespace {

// The receiver's clock in these tests: 2023-11-14T22:13:20Z (iperf2's timestamps must be near it).
constexpr qint64 kNowSeconds = 1'700'000'000;
constexpr qint64 kNowNs = kNowSeconds * 1'000'000'000LL;
constexpr qint64 kMs = 1'000'000;
constexpr int kTsCell = 188;

// Datagrams through FlowFormats into a StreamTable, as Receiver::process() does; flow n comes from
// 192.0.2.(n + 1):(40000 + n) to 239.1.2.3:5000.
class Flows final
{
public:
    PayloadFormat send(QByteArrayView payload, int flow = 0)
    {
        PacketRecord r;
        r.source = NetAddress::fromIPv4(0xC0000201 + quint32(flow));
        r.sourcePort = quint16(40000 + flow);
        r.group = NetAddress::fromIPv4(0xEF010203);
        r.port = 5000;
        r.receiveTimeNs = m_now;
        r.size = quint32(payload.size());
        r.storedLength = r.size;
        m_now += kMs;
        const Recognized info = formats.recognize(r, payload, table);
        (void)table.add(r, info, payload);
        return info.format;
    }

    [[nodiscard]] QList<StreamSnapshot> streams() const { return table.snapshots(); }
    // The stream of that flow and format, or a default snapshot with received 0.
    [[nodiscard]] StreamSnapshot stream(PayloadFormat format, int flow = 0) const
    {
        const auto all = streams();
        for (const StreamSnapshot &s : all) {
            if (s.format == format && s.key.sourcePort == quint16(40000 + flow)) {
                return s;
            }
        }
        return {};
    }

    FlowFormats formats;
    StreamTable table;

private:
    qint64 m_now = kNowNs;
};

// Empty when `streams` is exactly one stream of `format` with `received` packets, `lost` lost and no
// duplicates; else what they are, for the failure message.
QString oneStreamMismatch(const QList<StreamSnapshot> &streams, PayloadFormat format, quint64 received,
                          quint64 lost = 0)
{
    if (streams.size() == 1 && streams[0].format == format && streams[0].received == received
        && streams[0].lost == lost && streams[0].duplicates == 0) {
        return {};
    }
    QStringList found;
    for (const StreamSnapshot &s : streams.first(std::min<qsizetype>(streams.size(), 5))) {
        found.append(QStringLiteral("%1 received %2 lost %3 duplicates %4")
                             .arg(QLatin1String(payloadFormatName(s.format)))
                             .arg(s.received)
                             .arg(s.lost)
                             .arg(s.duplicates));
    }
    return QStringLiteral("%1 stream(s): %2").arg(streams.size()).arg(found.join(QStringLiteral("; ")));
}

QByteArray counterPayload(quint64 counter, int counterBytes, int size)
{
    QByteArray d(size, '\0');
    for (int i = 0; i < counterBytes; ++i) {
        d[i] = char((counter >> (8 * i)) & 0xFF); // little-endian: the low byte first
    }
    return d;
}

QByteArray randomPayload(QRandomGenerator &random, int size)
{
    QByteArray d(size, '\0');
    for (char &c : d) {
        c = char(random.bounded(256));
    }
    return d;
}

QByteArray rtp(quint16 sequence, quint32 ssrc = 0xDEADBEEF)
{
    RtpSpec s;
    s.sequence = sequence;
    s.ssrc = ssrc;
    return rtpPacket(s);
}

QByteArray iperf2(int sequence)
{
    return iperf2Packet(sequence, quint32(kNowSeconds), quint32(sequence % 1'000'000));
}

// `cells` MPEG-TS packets on PID 0x100 with continuity counters from `firstCounter` on.
QByteArray tsCells(int firstCounter, int cells)
{
    QByteArray d;
    for (int i = 0; i < cells; ++i) {
        QByteArray p(kTsCell, '\xff');
        p[0] = '\x47';
        p[1] = '\x01';
        p[2] = '\x00';
        p[3] = char(0x10 | ((firstCounter + i) & 0x0F));
        d.append(p);
    }
    return d;
}

// Packet n of a stream of the format a data row names.
QByteArray formatPacket(const QByteArray &kind, int n)
{
    if (kind == "rtp") {
        return rtp(quint16(65500 + n)); // wraps at 65,536 on the way
    }
    if (kind == "iperf2") {
        return iperf2(n);
    }
    if (kind == "mcjoin") {
        return "count: " + QByteArray::number(n);
    }
    if (kind == "ts7") {
        return tsCells(7 * n, 7);
    }
    return tsCells(n, 1); // ts1
}

} // namespace

class TestFlowFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognize_littleEndianCounter_onePlainStream_data();
    void recognize_littleEndianCounter_onePlainStream();
    void recognize_randomBytes_onePlainStream_data();
    void recognize_randomBytes_onePlainStream();
    void recognize_sevenTsSyncBytesInARow_stillPlain();

    void recognize_consistentFormat_oneStreamNoLoss_data();
    void recognize_consistentFormat_oneStreamNoLoss();
    void recognize_rtpGap_lossCounted();
    void recognize_rtpReorderedWhileConfirming_oneStreamNoLoss();
    void recognize_rtpSsrcChange_twoRtpStreams();
    void recognize_strayPacketAfterLock_plainStreamOfOne();
    void recognize_probe_fromFirstPacket();
    void recognize_interleavedFlows_eachItsOwnStream();
    void recognize_moreFlowsThanCap_tableBoundedCountsRight();
};

void TestFlowFormat::recognize_littleEndianCounter_onePlainStream_data()
{
    QTest::addColumn<int>("counterBytes");
    QTest::addColumn<int>("size");

    QTest::newRow("64-bit counter, 64 bytes") << 8 << 64;
    QTest::newRow("32-bit counter, 1316 bytes") << 4 << 1316;
    QTest::newRow("16-bit counter, 188 bytes") << 2 << 188;
}

void TestFlowFormat::recognize_littleEndianCounter_onePlainStream()
{
    QFETCH(int, counterBytes);
    QFETCH(int, size);

    constexpr int kPackets = 70'000; // past a 16-bit counter's wrap
    Flows f;
    int rtpLooking = 0;
    for (int n = 0; n < kPackets; ++n) {
        const QByteArray d = counterPayload(quint64(n), counterBytes, size);
        rtpLooking += recognize(d, kNowNs).format == PayloadFormat::Rtp ? 1 : 0;
        QCOMPARE(f.send(d), PayloadFormat::Plain);
    }
    QVERIFY2(rtpLooking > kPackets / 8, "the payloads must tempt the per-packet check");
    const QString mismatch = oneStreamMismatch(f.streams(), PayloadFormat::Plain, kPackets);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestFlowFormat::recognize_randomBytes_onePlainStream_data()
{
    QTest::addColumn<int>("size");

    QTest::newRow("64 bytes") << 64;
    QTest::newRow("188 bytes, one TS cell") << kTsCell;
    QTest::newRow("1316 bytes") << 1316;
}

void TestFlowFormat::recognize_randomBytes_onePlainStream()
{
    QFETCH(int, size);

    constexpr int kPackets = 50'000;
    QRandomGenerator random(22); // fixed: the same bytes on every run
    Flows f;
    int weak = 0;
    for (int n = 0; n < kPackets; ++n) {
        const QByteArray d = randomPayload(random, size);
        weak += recognize(d, kNowNs).format != PayloadFormat::Plain ? 1 : 0;
        QCOMPARE(f.send(d), PayloadFormat::Plain);
    }
    // A quarter start like RTP, and about one in ten passes its whole header check (188 bytes: one
    // in 256 also starts like MPEG-TS).
    QVERIFY2(weak > kPackets / 20, qPrintable(QString::number(weak)));
    const QString mismatch = oneStreamMismatch(f.streams(), PayloadFormat::Plain, kPackets);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QVERIFY(f.formats.flowCount() <= 1);
}

void TestFlowFormat::recognize_sevenTsSyncBytesInARow_stillPlain()
{
    // One random 188-byte datagram in 256 starts with the sync byte; seven in a row are still
    // short of the eight cells a flow needs to be believed MPEG-TS.
    QRandomGenerator random(7);
    Flows f;
    for (int run = 0; run < 50; ++run) {
        for (int i = 0; i < FlowFormats::kConfirmTsCells - 1; ++i) {
            QByteArray d = randomPayload(random, kTsCell);
            d[0] = '\x47';
            QCOMPARE(f.send(d), PayloadFormat::Plain);
        }
        QByteArray other = randomPayload(random, kTsCell);
        other[0] = '\x00';
        QCOMPARE(f.send(other), PayloadFormat::Plain);
    }
    const QString mismatch =
            oneStreamMismatch(f.streams(), PayloadFormat::Plain, 50 * FlowFormats::kConfirmTsCells);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestFlowFormat::recognize_consistentFormat_oneStreamNoLoss_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<PayloadFormat>("format");
    QTest::addColumn<int>("plainFirst"); // packets shown as plain before the flow confirms

    QTest::newRow("RTP") << QByteArray("rtp") << PayloadFormat::Rtp << 2;
    QTest::newRow("iperf2") << QByteArray("iperf2") << PayloadFormat::Iperf2 << 2;
    QTest::newRow("mcjoin") << QByteArray("mcjoin") << PayloadFormat::McJoin << 2;
    QTest::newRow("MPEG-TS, 7 cells") << QByteArray("ts7") << PayloadFormat::MpegTs << 2;
    QTest::newRow("MPEG-TS, 1 cell") << QByteArray("ts1") << PayloadFormat::MpegTs << 7;
}

void TestFlowFormat::recognize_consistentFormat_oneStreamNoLoss()
{
    QFETCH(QByteArray, kind);
    QFETCH(PayloadFormat, format);
    QFETCH(int, plainFirst);

    constexpr int kPackets = 1000;
    Flows f;
    quint64 bytes = 0;
    for (int n = 0; n < kPackets; ++n) {
        const QByteArray d = formatPacket(kind, n);
        bytes += quint64(d.size());
        QCOMPARE(f.send(d), n < plainFirst ? PayloadFormat::Plain : format);
    }
    // The packets that waited as plain moved to the stream: no stray plain stream, no false loss.
    const auto streams = f.streams();
    const QString mismatch = oneStreamMismatch(streams, format, kPackets);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(streams[0].bytes, bytes);
    QCOMPARE(streams[0].reordered, quint64(0));
}

void TestFlowFormat::recognize_rtpGap_lossCounted()
{
    Flows f;
    for (int n = 0; n < 1000; ++n) {
        if (n < 100 || n >= 105) {
            f.send(rtp(quint16(n)));
        }
    }
    const QString mismatch = oneStreamMismatch(f.streams(), PayloadFormat::Rtp, 995, 5);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestFlowFormat::recognize_rtpReorderedWhileConfirming_oneStreamNoLoss()
{
    // 10, 12, 11, 11, 13, 14, ...: the late and the repeated packet move with the others.
    Flows f;
    for (const int s : {10, 12, 11, 11}) {
        QCOMPARE(f.send(rtp(quint16(s))), PayloadFormat::Plain);
    }
    for (int s = 13; s < 100; ++s) {
        QCOMPARE(f.send(rtp(quint16(s))), PayloadFormat::Rtp);
    }
    const auto streams = f.streams();
    QCOMPARE(streams.size(), 1);
    QCOMPARE(streams[0].format, PayloadFormat::Rtp);
    QCOMPARE(streams[0].received, quint64(91));
    QCOMPARE(streams[0].lost, quint64(0));
    QCOMPARE(streams[0].duplicates, quint64(1));
    QCOMPARE(streams[0].reordered, quint64(1));
}

void TestFlowFormat::recognize_rtpSsrcChange_twoRtpStreams()
{
    Flows f;
    for (int n = 0; n < 100; ++n) {
        f.send(rtp(quint16(n), 0x1111));
    }
    for (int n = 0; n < 100; ++n) {
        QCOMPARE(f.send(rtp(quint16(5000 + n), 0x2222)), n < 2 ? PayloadFormat::Plain : PayloadFormat::Rtp);
    }
    const auto streams = f.streams();
    QCOMPARE(streams.size(), 2);
    for (const StreamSnapshot &s : streams) {
        QCOMPARE(s.format, PayloadFormat::Rtp);
        QCOMPARE(s.received, quint64(100));
        QCOMPARE(s.lost, quint64(0));
        QCOMPARE(s.duplicates, quint64(0));
    }
    QCOMPARE(streams[0].key.streamId, quint32(0x1111));
    QCOMPARE(streams[1].key.streamId, quint32(0x2222));
}

void TestFlowFormat::recognize_strayPacketAfterLock_plainStreamOfOne()
{
    Flows f;
    for (int n = 0; n < 50; ++n) {
        f.send(rtp(quint16(n)));
    }
    QCOMPARE(f.send(rtp(7, 0x5555)), PayloadFormat::Plain); // another SSRC, once
    QCOMPARE(f.send("hello"), PayloadFormat::Plain);
    for (int n = 50; n < 100; ++n) {
        QCOMPARE(f.send(rtp(quint16(n))), PayloadFormat::Rtp);
    }
    QCOMPARE(f.streams().size(), 2);
    const StreamSnapshot rtpStream = f.stream(PayloadFormat::Rtp);
    QCOMPARE(rtpStream.received, quint64(100));
    QCOMPARE(rtpStream.lost, quint64(0));
    QCOMPARE(f.stream(PayloadFormat::Plain).received, quint64(2));
}

void TestFlowFormat::recognize_probe_fromFirstPacket()
{
    Flows f;
    for (quint64 s = 0; s < 10; ++s) {
        ProbeHeader h;
        h.streamId = 0x5EED;
        h.sequence = s;
        h.sendTimeNs = kNowNs;
        QCOMPARE(f.send(encodeProbe(h, "x")), PayloadFormat::Probe);
    }
    const QString mismatch = oneStreamMismatch(f.streams(), PayloadFormat::Probe, 10);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(f.formats.flowCount(), qsizetype(0)); // a probe needs no history
}

void TestFlowFormat::recognize_interleavedFlows_eachItsOwnStream()
{
    QRandomGenerator random(4);
    Flows f;
    constexpr int kRounds = 2000;
    for (int n = 0; n < kRounds; ++n) {
        f.send(rtp(quint16(n)), 0);
        f.send(counterPayload(quint64(n), 8, 64), 1);
        f.send(iperf2(n), 2);
        f.send(randomPayload(random, 64), 3);
        f.send(formatPacket("ts7", n), 4);
    }
    const auto streams = f.streams();
    QCOMPARE(streams.size(), 5);
    const QList<std::pair<int, PayloadFormat>> expected{{0, PayloadFormat::Rtp},
                                                        {1, PayloadFormat::Plain},
                                                        {2, PayloadFormat::Iperf2},
                                                        {3, PayloadFormat::Plain},
                                                        {4, PayloadFormat::MpegTs}};
    for (const auto &[flow, format] : expected) {
        const StreamSnapshot s = f.stream(format, flow);
        QCOMPARE(s.received, quint64(kRounds));
        QCOMPARE(s.lost, quint64(0));
        QCOMPARE(s.duplicates, quint64(0));
    }
}

void TestFlowFormat::recognize_moreFlowsThanCap_tableBoundedCountsRight()
{
    // Spoofed sources, each sending one RTP-looking packet, fill the table; it starts afresh, and
    // the real RTP flow confirms again: its packets meanwhile move back to its one stream.
    Flows f;
    for (int n = 0; n < 10; ++n) {
        f.send(rtp(quint16(n)), 0);
    }
    const int spoofed = int(FlowFormats::kMaxFlows) + 1;
    for (int i = 1; i <= spoofed; ++i) {
        f.send(rtp(quint16(i), quint32(i)), i);
    }
    QVERIFY(f.formats.flowCount() <= FlowFormats::kMaxFlows);
    for (int n = 10; n < 20; ++n) {
        f.send(rtp(quint16(n)), 0);
    }
    QCOMPARE(f.streams().size(), spoofed + 1);
    const StreamSnapshot s = f.stream(PayloadFormat::Rtp, 0);
    QCOMPARE(s.received, quint64(20));
    QCOMPARE(s.lost, quint64(0));
    QCOMPARE(s.duplicates, quint64(0));
    QCOMPARE(f.stream(PayloadFormat::Plain, 0).received, quint64(0)); // no plain stream left
}

QTEST_GUILESS_MAIN(TestFlowFormat)
#include "tst_flowformat.moc"
