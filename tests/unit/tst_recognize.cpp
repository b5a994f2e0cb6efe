// Unit tests for recognize.h: telling probe, RTP, MPEG-TS, iperf2, mcjoin and plain payloads apart.
#include "probe.h"
#include "recognize.h"
#include "testpackets.h"

#include <QTest>
#include <QtEndian>

using namespace mct::core;
using namespace Qt::StringLiterals;

namespace {

// The receiver's clock in these tests: 2023-11-14T22:13:20Z.
constexpr qint64 kNowSeconds = 1'700'000'000;
constexpr qint64 kNowNs = kNowSeconds * 1'000'000'000LL;

using mct::test::iperf2Packet;
using mct::test::rtpPacket;
using mct::test::RtpSpec;

QByteArray tsPackets(int count)
{
    QByteArray d;
    for (int i = 0; i < count; ++i) {
        QByteArray p(188, '\xff');
        p[0] = '\x47';
        p[1] = '\x01';
        p[2] = '\x00';
        p[3] = char(0x10 | (i & 0x0F));
        d.append(p);
    }
    return d;
}

} // namespace

class TestRecognize final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognize_probe_allHeaderFields();
    void recognize_probeWithLongerHeader_userPayloadAfterIt();
    void recognize_truncatedProbe_plain();

    void recognize_rtp_sequenceSsrcAndHeaderLength_data();
    void recognize_rtp_sequenceSsrcAndHeaderLength();
    void recognize_notRtp_notRtp_data();
    void recognize_notRtp_notRtp();
    void recognize_rtpCarryingMpegTs_rtp();

    void recognize_mpegTs_syncEvery188Bytes_data();
    void recognize_mpegTs_syncEvery188Bytes();

    void recognize_iperf2_sequenceAndSendTime_data();
    void recognize_iperf2_sequenceAndSendTime();
    void recognize_iperf2ImplausibleTimestamp_plain_data();
    void recognize_iperf2ImplausibleTimestamp_plain();

    void recognize_mcjoin_countAsSequence_data();
    void recognize_mcjoin_countAsSequence();

    void recognize_plainText_plainWithoutSequence_data();
    void recognize_plainText_plainWithoutSequence();

    void isPrintableText_bytes_data();
    void isPrintableText_bytes();
};

void TestRecognize::recognize_probe_allHeaderFields()
{
    ProbeHeader h;
    h.flags = ProbeHeader::kFlagReplyRequested;
    h.streamId = 0xA1B2C3D4;
    h.sequence = 77;
    h.sendTimeNs = kNowNs - 1'500'000;
    h.plannedCount = 1000;

    const Recognized r = recognize(encodeProbe(h, "hello"), kNowNs);
    QCOMPARE(r.format, PayloadFormat::Probe);
    QVERIFY(r.hasSequence);
    QCOMPARE(r.sequence, quint64(77));
    QCOMPARE(r.sequenceBits, 64);
    QCOMPARE(r.sendTimeNs, h.sendTimeNs);
    QCOMPARE(r.streamId, h.streamId);
    QCOMPARE(r.plannedCount, quint32(1000));
    QVERIFY(r.replyRequested);
    QCOMPARE(r.userPayloadOffset, quint32(ProbeHeader::kSize));

    h.flags = 0;
    QVERIFY(!recognize(encodeProbe(h, {}), kNowNs).replyRequested);
}

void TestRecognize::recognize_probeWithLongerHeader_userPayloadAfterIt()
{
    QByteArray datagram = encodeProbe(ProbeHeader{}, {});
    datagram.append(QByteArray(16, '\0'));
    datagram.append("user");
    qToBigEndian<quint16>(48, datagram.data() + 6);

    const Recognized r = recognize(datagram, kNowNs);
    QCOMPARE(r.format, PayloadFormat::Probe);
    QCOMPARE(r.userPayloadOffset, quint32(48));
}

void TestRecognize::recognize_truncatedProbe_plain()
{
    const QByteArray whole = encodeProbe(ProbeHeader{}, {});
    const Recognized r = recognize(QByteArrayView(whole).first(ProbeHeader::kSize - 1), kNowNs);
    QCOMPARE(r.format, PayloadFormat::Plain);
    QVERIFY(!r.hasSequence);
}

void TestRecognize::recognize_rtp_sequenceSsrcAndHeaderLength_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<quint64>("sequence");
    QTest::addColumn<quint32>("ssrc");
    QTest::addColumn<quint32>("payloadOffset");

    RtpSpec s;
    QTest::newRow("fixed header") << rtpPacket(s) << quint64(0x1234) << quint32(0xDEADBEEF) << quint32(12);
    s.marker = true;
    QTest::newRow("marker bit") << rtpPacket(s) << quint64(0x1234) << quint32(0xDEADBEEF) << quint32(12);
    s = RtpSpec{};
    s.sequence = 65535;
    s.ssrc = 1;
    QTest::newRow("highest sequence") << rtpPacket(s) << quint64(65535) << quint32(1) << quint32(12);
    s = RtpSpec{};
    s.csrcCount = 2;
    QTest::newRow("two CSRCs") << rtpPacket(s) << quint64(0x1234) << quint32(0xDEADBEEF) << quint32(20);
    s.csrcCount = 15;
    QTest::newRow("fifteen CSRCs") << rtpPacket(s) << quint64(0x1234) << quint32(0xDEADBEEF) << quint32(72);
    s = RtpSpec{};
    s.extensionWords = 2;
    QTest::newRow("extension of 2 words")
            << rtpPacket(s) << quint64(0x1234) << quint32(0xDEADBEEF) << quint32(24);
    s.extensionWords = 0;
    QTest::newRow("empty extension") << rtpPacket(s) << quint64(0x1234) << quint32(0xDEADBEEF) << quint32(16);
    s.csrcCount = 1;
    s.extensionWords = 1;
    QTest::newRow("CSRC and extension")
            << rtpPacket(s) << quint64(0x1234) << quint32(0xDEADBEEF) << quint32(24);
    s = RtpSpec{};
    s.payload.clear();
    QTest::newRow("header only") << rtpPacket(s) << quint64(0x1234) << quint32(0xDEADBEEF) << quint32(12);
    s = RtpSpec{};
    s.payloadType = 63;
    QTest::newRow("payload type 63") << rtpPacket(s) << quint64(0x1234) << quint32(0xDEADBEEF) << quint32(12);
    s.payloadType = 96;
    QTest::newRow("payload type 96") << rtpPacket(s) << quint64(0x1234) << quint32(0xDEADBEEF) << quint32(12);
    s.payloadType = 33; // MP2T
    QTest::newRow("payload type 33") << rtpPacket(s) << quint64(0x1234) << quint32(0xDEADBEEF) << quint32(12);
}

void TestRecognize::recognize_rtp_sequenceSsrcAndHeaderLength()
{
    QFETCH(QByteArray, datagram);
    QFETCH(quint64, sequence);
    QFETCH(quint32, ssrc);
    QFETCH(quint32, payloadOffset);

    const Recognized r = recognize(datagram, kNowNs);
    QCOMPARE(r.format, PayloadFormat::Rtp);
    QVERIFY(r.hasSequence);
    QCOMPARE(r.sequence, sequence);
    QCOMPARE(r.sequenceBits, 16);
    QCOMPARE(r.streamId, ssrc);
    QCOMPARE(r.sendTimeNs, qint64(0));
    QCOMPARE(r.userPayloadOffset, payloadOffset);
}

void TestRecognize::recognize_notRtp_notRtp_data()
{
    QTest::addColumn<QByteArray>("datagram");

    RtpSpec s;
    for (int pt = 64; pt <= 95; ++pt) { // RFC 5761: RTCP (SR 200 ... XR 207) with its top bit cut off
        s.payloadType = pt;
        QTest::addRow("RTCP payload type %d", pt) << rtpPacket(s);
        s.marker = true;
        QTest::addRow("RTCP packet type %d", 128 + pt) << rtpPacket(s);
        s.marker = false;
    }
    s = RtpSpec{};
    s.version = 1;
    QTest::newRow("version 1") << rtpPacket(s);
    s.version = 3;
    QTest::newRow("version 3") << rtpPacket(s);
    s = RtpSpec{};
    s.payload.clear();
    QTest::newRow("11 bytes") << rtpPacket(s).left(11);
    s.csrcCount = 3;
    QTest::newRow("CSRC list past the end") << rtpPacket(s).left(12 + 8);
    s = RtpSpec{};
    s.payload.clear();
    s.extensionWords = 4;
    QTest::newRow("extension longer than the datagram") << rtpPacket(s).left(12 + 4 + 8);
    QTest::newRow("extension preamble cut") << rtpPacket(s).left(14);
    s.csrcCount = 2;
    QTest::newRow("extension preamble after CSRCs cut") << rtpPacket(s).left(12 + 8 + 2);
}

void TestRecognize::recognize_notRtp_notRtp()
{
    QFETCH(QByteArray, datagram);

    // Copy exactly so that a read past the end leaves the allocation.
    const QByteArray exact(datagram.constData(), datagram.size());
    const Recognized r = recognize(exact, kNowNs);
    QVERIFY2(r.format != PayloadFormat::Rtp, payloadFormatName(r.format));
}

void TestRecognize::recognize_rtpCarryingMpegTs_rtp()
{
    RtpSpec s;
    s.payloadType = 33;
    s.payload = tsPackets(7);
    const Recognized r = recognize(rtpPacket(s), kNowNs);
    QCOMPARE(r.format, PayloadFormat::Rtp);
    QCOMPARE(r.userPayloadOffset, quint32(12));
}

void TestRecognize::recognize_mpegTs_syncEvery188Bytes_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<bool>("isTs");

    QTest::newRow("one packet") << tsPackets(1) << true;
    QTest::newRow("seven packets") << tsPackets(7) << true;
    QByteArray badSync = tsPackets(7);
    badSync[188 * 3] = '\x48';
    QTest::newRow("fourth sync byte wrong") << badSync << false;
    QTest::newRow("one byte short") << tsPackets(2).chopped(1) << false;
    QTest::newRow("one byte long") << tsPackets(2) + QByteArray(1, '\x47') << false;
    QTest::newRow("single sync byte") << QByteArray(1, '\x47') << false;
}

void TestRecognize::recognize_mpegTs_syncEvery188Bytes()
{
    QFETCH(QByteArray, datagram);
    QFETCH(bool, isTs);

    const Recognized r = recognize(datagram, kNowNs);
    QCOMPARE(r.format == PayloadFormat::MpegTs, isTs);
    if (isTs) {
        QVERIFY(!r.hasSequence); // continuity counters are per PID, counted by the stream tracker
    }
}

void TestRecognize::recognize_iperf2_sequenceAndSendTime_data()
{
    QTest::addColumn<qint32>("id");
    QTest::addColumn<qint64>("sec");
    QTest::addColumn<quint32>("usec");
    QTest::addColumn<quint64>("sequence");

    QTest::newRow("now") << 42 << kNowSeconds << quint32(123456) << quint64(42);
    QTest::newRow("first packet") << 0 << kNowSeconds << quint32(0) << quint64(0);
    QTest::newRow("sender clock 6 days ahead")
            << 1 << kNowSeconds + 6 * 86400 << quint32(999999) << quint64(1);
    QTest::newRow("sender clock 6 days behind") << 1 << kNowSeconds - 6 * 86400 << quint32(1) << quint64(1);
    QTest::newRow("final packet, negative id") << -1000 << kNowSeconds << quint32(5) << quint64(1000);
    QTest::newRow("large id") << 0x00FFFFFF << kNowSeconds << quint32(5) << quint64(0x00FFFFFF);
}

void TestRecognize::recognize_iperf2_sequenceAndSendTime()
{
    QFETCH(qint32, id);
    QFETCH(qint64, sec);
    QFETCH(quint32, usec);
    QFETCH(quint64, sequence);

    const Recognized r = recognize(iperf2Packet(id, quint32(sec), usec), kNowNs);
    QCOMPARE(r.format, PayloadFormat::Iperf2);
    QVERIFY(r.hasSequence);
    QCOMPARE(r.sequence, sequence);
    QCOMPARE(r.sequenceBits, 32);
    QCOMPARE(r.sendTimeNs, sec * 1'000'000'000LL + qint64(usec) * 1000);
    QCOMPARE(r.userPayloadOffset, quint32(12));
}

void TestRecognize::recognize_iperf2ImplausibleTimestamp_plain_data()
{
    QTest::addColumn<QByteArray>("datagram");

    QTest::newRow("seconds 30 days behind") << iperf2Packet(42, quint32(kNowSeconds - 30 * 86400), 0);
    QTest::newRow("seconds 8 days ahead") << iperf2Packet(42, quint32(kNowSeconds + 8 * 86400), 0);
    QTest::newRow("seconds zero") << iperf2Packet(42, 0, 0);
    QTest::newRow("microseconds 1000000") << iperf2Packet(42, quint32(kNowSeconds), 1'000'000);
    QTest::newRow("11 bytes") << iperf2Packet(42, quint32(kNowSeconds), 0, 0).left(11);
}

void TestRecognize::recognize_iperf2ImplausibleTimestamp_plain()
{
    QFETCH(QByteArray, datagram);

    const Recognized r = recognize(datagram, kNowNs);
    QCOMPARE(r.format, PayloadFormat::Plain);
    QVERIFY(!r.hasSequence);
    QCOMPARE(r.sendTimeNs, qint64(0));
}

void TestRecognize::recognize_mcjoin_countAsSequence_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<bool>("isMcJoin");
    QTest::addColumn<quint64>("sequence");

    QTest::newRow("count: 42") << QByteArray("count: 42") << true << quint64(42);
    QTest::newRow("count: 0") << QByteArray("count: 0") << true << quint64(0);
    QTest::newRow("trailing text") << QByteArray("count: 7\n") << true << quint64(7);
    QTest::newRow("no digits") << QByteArray("count: ") << false << quint64(0);
    QTest::newRow("letters") << QByteArray("count: x1") << false << quint64(0);
    QTest::newRow("other prefix") << QByteArray("Count: 42") << false << quint64(0);
}

void TestRecognize::recognize_mcjoin_countAsSequence()
{
    QFETCH(QByteArray, datagram);
    QFETCH(bool, isMcJoin);
    QFETCH(quint64, sequence);

    const Recognized r = recognize(datagram, kNowNs);
    QCOMPARE(r.format == PayloadFormat::McJoin, isMcJoin);
    QCOMPARE(r.hasSequence, isMcJoin);
    if (isMcJoin) {
        QCOMPARE(r.sequence, sequence);
    }
}

void TestRecognize::recognize_plainText_plainWithoutSequence_data()
{
    QTest::addColumn<QByteArray>("datagram");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("hello") << QByteArray("hello");
    QTest::newRow("sentence") << QByteArray("Hello, multicast world! This is a test.");
    QTest::newRow("utf-8") << u"你好，组播"_s.toUtf8();
    QTest::newRow("zeros") << QByteArray(64, '\0');
}

void TestRecognize::recognize_plainText_plainWithoutSequence()
{
    QFETCH(QByteArray, datagram);

    const Recognized r = recognize(datagram, kNowNs);
    QCOMPARE(r.format, PayloadFormat::Plain);
    QVERIFY(!r.hasSequence);
    QCOMPARE(r.userPayloadOffset, quint32(0));
}

void TestRecognize::isPrintableText_bytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("printable");

    QTest::newRow("ascii") << QByteArray("hello world 123 !?") << true;
    QTest::newRow("tab, CR, LF") << QByteArray("a\tb\r\nc") << true;
    QTest::newRow("html") << QByteArray("<b>x</b>") << true;
    QTest::newRow("chinese") << u"你好，世界"_s.toUtf8() << true;
    QTest::newRow("accents and emoji") << u"grüße 🙂"_s.toUtf8() << true;
    QTest::newRow("ESC") << QByteArray("\x1b[31mred") << false;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << false;
    QTest::newRow("bell") << QByteArray("\a") << false;
    QTest::newRow("DEL") << QByteArray("a\x7f") << false;
    QTest::newRow("C1 CSI U+009B") << (QByteArray("a\xc2\x9b") + "31m") << false;
    QTest::newRow("C1 NEL U+0085") << QByteArray("a\xc2\x85") << false;
    QTest::newRow("invalid byte 0xff") << QByteArray("a\xff") << false;
    QTest::newRow("latin-1 not utf-8") << QByteArray("gr\xfc\xdf") << false;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("truncated sequence") << QByteArray("\xe4\xbd") << false;
    QTest::newRow("utf-16 surrogate") << QByteArray("\xed\xa0\x80") << false;
}

void TestRecognize::isPrintableText_bytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, printable);

    QCOMPARE(isPrintableText(bytes), printable);
}

QTEST_GUILESS_MAIN(TestRecognize)
#include "tst_recognize.moc"
