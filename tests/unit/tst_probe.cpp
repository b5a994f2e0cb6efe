// Unit tests for probe.h: the MCTP probe header and MCTR reply codecs, byte layout and bounds checks.
#include "probe.h"

#include <QTest>
#include <QtEndian>

#include <limits>

using namespace mct::core;
using namespace Qt::StringLiterals;

namespace {

ProbeHeader sampleHeader()
{
    ProbeHeader h;
    h.flags = ProbeHeader::kFlagReplyRequested;
    h.streamId = 0x11223344;
    h.sequence = 0x0102030405060708ULL;
    h.sendTimeNs = 0x1122334455667788LL;
    h.plannedCount = 0xAABBCCDD;
    return h;
}

ProbeReply sampleReply()
{
    ProbeReply r;
    r.streamId = 0xCAFEBABE;
    r.sequence = 41;
    r.receiveTimeNs = 1'700'000'000'123'456'789LL;
    r.received = 40;
    r.lost = 2;
    r.host = u"receiver-1"_s;
    return r;
}

// A reply as written before the TTL: 44-byte header, flags 0, host "rx-1" (what an older receiver sends).
const QByteArray kOldReply = QByteArray::fromHex("4d435452"         // 0: "MCTR"
                                                 "01"               // 4: version
                                                 "00"               // 5: flags
                                                 "002c"             // 6: header length 44
                                                 "cafebabe"         // 8: stream id
                                                 "0000000000000029" // 12: sequence 41
                                                 "1797b31f8a4b2e95" // 20: receive time
                                                 "0000000000000028" // 28: received 40
                                                 "0000000000000002" // 36: lost 2
                                                 "72782d31");       // 44: host "rx-1"

// The same with the TTL: flags 0x01, header length 45, TTL 63 at offset 44, then the host.
const QByteArray kNewReply = QByteArray::fromHex("4d435452"         // 0: "MCTR"
                                                 "01"               // 4: version
                                                 "01"               // 5: flags, TTL present
                                                 "002d"             // 6: header length 45
                                                 "cafebabe"         // 8: stream id
                                                 "0000000000000029" // 12: sequence 41
                                                 "1797b31f8a4b2e95" // 20: receive time
                                                 "0000000000000028" // 28: received 40
                                                 "0000000000000002" // 36: lost 2
                                                 "3f"               // 44: TTL 63
                                                 "72782d31");       // 45: host "rx-1"

void setHeaderLength(QByteArray &datagram, quint16 length)
{
    qToBigEndian<quint16>(length, datagram.data() + 6);
}

} // namespace

class TestProbe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodeDecode_everyField_roundTrips_data();
    void encodeDecode_everyField_roundTrips();
    void encodeProbe_fields_matchDesignByteLayout();
    void writeProbeHeader_intoBuffer_sameBytesAsEncode();
    void decodeProbe_truncated_rejected_data();
    void decodeProbe_truncated_rejected();
    void decodeProbe_wrongMagicOrVersion_rejected_data();
    void decodeProbe_wrongMagicOrVersion_rejected();
    void decodeProbe_lyingHeaderLength_rejected_data();
    void decodeProbe_lyingHeaderLength_rejected();
    void decodeProbe_longerHeaderOfLaterVersion_payloadOffsetSkipsExtraBytes();
    void decodeProbe_headerLengthEqualsDatagramSize_emptyPayload();

    void encodeDecodeReply_everyField_roundTrips_data();
    void encodeDecodeReply_everyField_roundTrips();
    void encodeReply_layout_magicVersionAndHeaderLength();
    void decodeReply_truncated_rejected_data();
    void decodeReply_truncated_rejected();
    void decodeReply_probeMagicOrWrongVersion_rejected();
    void decodeReply_lyingHeaderLength_rejected_data();
    void decodeReply_lyingHeaderLength_rejected();
    void encodeReply_hostLongerThan255Bytes_truncated();
    void encodeReply_longUtf8Host_cutOnCharacterBoundary();
    void encodeReply_unknownTtl_sameBytesAsBeforeTheTtl();
    void encodeReply_knownTtl_flagAndOneByteAtOffset44();
    void decodeReply_oldReplyBytes_ttlUnknown();
    void decodeReply_newReplyBytes_ttlAndHost();
    void decodeReply_longerHeaderWithoutTtlFlag_ttlUnknownHostAfterHeader();
    void decodeReply_ttlFlagOnOldHeaderLength_ttlUnknown();
};

void TestProbe::encodeDecode_everyField_roundTrips_data()
{
    QTest::addColumn<quint8>("flags");
    QTest::addColumn<quint32>("streamId");
    QTest::addColumn<quint64>("sequence");
    QTest::addColumn<qint64>("sendTimeNs");
    QTest::addColumn<quint32>("plannedCount");
    QTest::addColumn<QByteArray>("payload");

    QTest::newRow("all zero, no payload")
            << quint8(0) << quint32(0) << quint64(0) << qint64(0) << quint32(0) << QByteArray();
    QTest::newRow("typical") << quint8(1) << quint32(0x12345678) << quint64(41)
                             << qint64(1'700'000'000'123'456'789LL) << quint32(100) << QByteArray("hello");
    QTest::newRow("max values") << quint8(0xFF) << std::numeric_limits<quint32>::max()
                                << std::numeric_limits<quint64>::max() << std::numeric_limits<qint64>::max()
                                << std::numeric_limits<quint32>::max() << QByteArray(1000, '\xff');
    QTest::newRow("negative send time")
            << quint8(0) << quint32(1) << quint64(1) << std::numeric_limits<qint64>::min() << quint32(1)
            << QByteArray("\0\1\2", 3);
}

void TestProbe::encodeDecode_everyField_roundTrips()
{
    QFETCH(quint8, flags);
    QFETCH(quint32, streamId);
    QFETCH(quint64, sequence);
    QFETCH(qint64, sendTimeNs);
    QFETCH(quint32, plannedCount);
    QFETCH(QByteArray, payload);

    ProbeHeader h;
    h.flags = flags;
    h.streamId = streamId;
    h.sequence = sequence;
    h.sendTimeNs = sendTimeNs;
    h.plannedCount = plannedCount;

    const QByteArray datagram = encodeProbe(h, payload);
    QCOMPARE(datagram.size(), ProbeHeader::kSize + payload.size());
    const auto decoded = decodeProbe(datagram);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->header.flags, flags);
    QCOMPARE(decoded->header.streamId, streamId);
    QCOMPARE(decoded->header.sequence, sequence);
    QCOMPARE(decoded->header.sendTimeNs, sendTimeNs);
    QCOMPARE(decoded->header.plannedCount, plannedCount);
    QCOMPARE(decoded->header.replyRequested(), (flags & 1) != 0);
    QCOMPARE(decoded->payloadOffset, qsizetype(ProbeHeader::kSize));
    QCOMPARE(datagram.sliced(decoded->payloadOffset), payload);
}

void TestProbe::encodeProbe_fields_matchDesignByteLayout()
{
    const QByteArray datagram = encodeProbe(sampleHeader(), "xy");
    const QByteArray expected = QByteArray::fromHex("4d435450"         // 0: magic "MCTP"
                                                    "01"               // 4: version
                                                    "01"               // 5: flags, reply requested
                                                    "0020"             // 6: header length 32
                                                    "11223344"         // 8: stream id
                                                    "0102030405060708" // 12: sequence
                                                    "1122334455667788" // 20: send time
                                                    "aabbccdd"         // 28: planned count
                                                    "7879");           // 32: payload "xy"
    QCOMPARE(datagram.toHex(' '), expected.toHex(' '));
}

void TestProbe::writeProbeHeader_intoBuffer_sameBytesAsEncode()
{
    QByteArray buffer(ProbeHeader::kSize + 2, '?');
    writeProbeHeader(sampleHeader(), buffer.data());
    QCOMPARE(buffer.left(ProbeHeader::kSize), encodeProbe(sampleHeader(), {}));
    QCOMPARE(buffer.sliced(ProbeHeader::kSize), QByteArray("??")); // writes exactly 32 bytes
}

void TestProbe::decodeProbe_truncated_rejected_data()
{
    QTest::addColumn<int>("length");
    for (int length = 0; length < ProbeHeader::kSize; ++length) {
        QTest::addRow("%d bytes", length) << length;
    }
}

void TestProbe::decodeProbe_truncated_rejected()
{
    QFETCH(int, length);

    const QByteArray whole = encodeProbe(sampleHeader(), {});
    QVERIFY(decodeProbe(whole).has_value());
    // A fresh copy so that any read past the end lands outside the allocation (ASan catches it).
    const QByteArray truncated(whole.constData(), length);
    QVERIFY(!decodeProbe(truncated).has_value());
}

void TestProbe::decodeProbe_wrongMagicOrVersion_rejected_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<char>("value");

    QTest::newRow("magic byte 0") << 0 << 'm';
    QTest::newRow("magic byte 1") << 1 << 'X';
    QTest::newRow("magic byte 2") << 2 << '\0';
    QTest::newRow("reply magic MCTR") << 3 << 'R';
    QTest::newRow("version 0") << 4 << '\0';
    QTest::newRow("version 2") << 4 << '\2';
    QTest::newRow("version 255") << 4 << '\xff';
}

void TestProbe::decodeProbe_wrongMagicOrVersion_rejected()
{
    QFETCH(int, offset);
    QFETCH(char, value);

    QByteArray datagram = encodeProbe(sampleHeader(), "payload");
    datagram[offset] = value;
    QVERIFY(!decodeProbe(datagram).has_value());
}

void TestProbe::decodeProbe_lyingHeaderLength_rejected_data()
{
    QTest::addColumn<int>("headerLength");
    QTest::addColumn<int>("payloadSize");

    QTest::newRow("0") << 0 << 10;
    QTest::newRow("31, shorter than version 1") << 31 << 10;
    QTest::newRow("one past the datagram") << 43 << 10;
    QTest::newRow("33 without payload") << 33 << 0;
    QTest::newRow("65535") << 65535 << 10;
}

void TestProbe::decodeProbe_lyingHeaderLength_rejected()
{
    QFETCH(int, headerLength);
    QFETCH(int, payloadSize);

    QByteArray datagram = encodeProbe(sampleHeader(), QByteArray(payloadSize, 'p'));
    setHeaderLength(datagram, quint16(headerLength));
    QVERIFY(!decodeProbe(datagram).has_value());
}

void TestProbe::decodeProbe_longerHeaderOfLaterVersion_payloadOffsetSkipsExtraBytes()
{
    // A later version appends 8 bytes to the header; version 1 fields stay where they were.
    QByteArray datagram = encodeProbe(sampleHeader(), {});
    datagram.append(QByteArray(8, '\xee'));
    datagram.append("user data");
    setHeaderLength(datagram, 40);

    const auto decoded = decodeProbe(datagram);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->payloadOffset, qsizetype(40));
    QCOMPARE(datagram.sliced(decoded->payloadOffset), QByteArray("user data"));
    QCOMPARE(decoded->header.sequence, sampleHeader().sequence);
    QCOMPARE(decoded->header.plannedCount, sampleHeader().plannedCount);
}

void TestProbe::decodeProbe_headerLengthEqualsDatagramSize_emptyPayload()
{
    QByteArray datagram = encodeProbe(sampleHeader(), QByteArray(8, '\0'));
    setHeaderLength(datagram, quint16(datagram.size()));

    const auto decoded = decodeProbe(datagram);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->payloadOffset, datagram.size());
}

void TestProbe::encodeDecodeReply_everyField_roundTrips_data()
{
    QTest::addColumn<quint32>("streamId");
    QTest::addColumn<quint64>("sequence");
    QTest::addColumn<qint64>("receiveTimeNs");
    QTest::addColumn<quint64>("received");
    QTest::addColumn<quint64>("lost");
    QTest::addColumn<QString>("host");
    QTest::addColumn<qint16>("ttl");

    QTest::newRow("ascii host") << quint32(0xCAFEBABE) << quint64(41) << qint64(1'700'000'000'123'456'789LL)
                                << quint64(40) << quint64(2) << u"receiver-1"_s << qint16(64);
    QTest::newRow("utf-8 host") << quint32(7) << quint64(0) << qint64(1) << quint64(1) << quint64(0)
                                << u"测试主机-ß-ä"_s << qint16(1);
    QTest::newRow("empty host") << quint32(0) << quint64(0) << qint64(0) << quint64(0) << quint64(0)
                                << QString() << qint16(0);
    QTest::newRow("ttl unknown") << quint32(9) << quint64(3) << qint64(5) << quint64(4) << quint64(0)
                                 << u"old"_s << qint16(-1);
    QTest::newRow("max values") << std::numeric_limits<quint32>::max() << std::numeric_limits<quint64>::max()
                                << std::numeric_limits<qint64>::max() << std::numeric_limits<quint64>::max()
                                << std::numeric_limits<quint64>::max() << QString(255, u'h') << qint16(255);
}

void TestProbe::encodeDecodeReply_everyField_roundTrips()
{
    QFETCH(quint32, streamId);
    QFETCH(quint64, sequence);
    QFETCH(qint64, receiveTimeNs);
    QFETCH(quint64, received);
    QFETCH(quint64, lost);
    QFETCH(QString, host);
    QFETCH(qint16, ttl);

    ProbeReply reply;
    reply.streamId = streamId;
    reply.sequence = sequence;
    reply.receiveTimeNs = receiveTimeNs;
    reply.received = received;
    reply.lost = lost;
    reply.host = host;
    reply.ttl = ttl;

    const QByteArray datagram = encodeReply(reply);
    // One byte more for a known TTL, none for an unknown one.
    QCOMPARE(datagram.size(),
             (ttl >= 0 ? ProbeReply::kSizeWithTtl : ProbeReply::kSize) + host.toUtf8().size());
    const auto decoded = decodeReply(datagram);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->streamId, streamId);
    QCOMPARE(decoded->sequence, sequence);
    QCOMPARE(decoded->receiveTimeNs, receiveTimeNs);
    QCOMPARE(decoded->received, received);
    QCOMPARE(decoded->lost, lost);
    QCOMPARE(decoded->host, host);
    QCOMPARE(decoded->ttl, ttl);
    QVERIFY(*decoded == reply);
    QVERIFY(!decodeProbe(datagram).has_value()); // a reply is never mistaken for a probe
}

void TestProbe::encodeReply_layout_magicVersionAndHeaderLength()
{
    const QByteArray datagram = encodeReply(sampleReply());
    QCOMPARE(datagram.left(4), QByteArray("MCTR"));
    QCOMPARE(int(quint8(datagram.at(4))), 1);
    QCOMPARE(qFromBigEndian<quint16>(datagram.constData() + 6), quint16(ProbeReply::kSize));
    QCOMPARE(qFromBigEndian<quint32>(datagram.constData() + 8), sampleReply().streamId);
    QCOMPARE(qFromBigEndian<quint64>(datagram.constData() + 12), sampleReply().sequence);
    QCOMPARE(datagram.sliced(ProbeReply::kSize), QByteArray("receiver-1"));
}

void TestProbe::decodeReply_truncated_rejected_data()
{
    QTest::addColumn<int>("length");
    for (int length = 0; length < ProbeReply::kSize; ++length) {
        QTest::addRow("%d bytes", length) << length;
    }
}

void TestProbe::decodeReply_truncated_rejected()
{
    QFETCH(int, length);

    const QByteArray whole = encodeReply(sampleReply());
    QVERIFY(decodeReply(whole).has_value());
    const QByteArray truncated(whole.constData(), length);
    QVERIFY(!decodeReply(truncated).has_value());
}

void TestProbe::decodeReply_probeMagicOrWrongVersion_rejected()
{
    QByteArray probeMagic = encodeReply(sampleReply());
    probeMagic[3] = 'P';
    QVERIFY(!decodeReply(probeMagic).has_value());

    QByteArray version2 = encodeReply(sampleReply());
    version2[4] = '\2';
    QVERIFY(!decodeReply(version2).has_value());

    // A probe of the same length is not a reply either.
    QVERIFY(!decodeReply(encodeProbe(sampleHeader(), QByteArray(20, 'x'))).has_value());
}

void TestProbe::decodeReply_lyingHeaderLength_rejected_data()
{
    QTest::addColumn<int>("headerLength");

    QTest::newRow("0") << 0;
    QTest::newRow("43") << 43;
    QTest::newRow("one past the datagram") << ProbeReply::kSize + 11; // host "receiver-1" is 10 bytes
    QTest::newRow("65535") << 65535;
}

void TestProbe::decodeReply_lyingHeaderLength_rejected()
{
    QFETCH(int, headerLength);

    QByteArray datagram = encodeReply(sampleReply());
    setHeaderLength(datagram, quint16(headerLength));
    QVERIFY(!decodeReply(datagram).has_value());
}

void TestProbe::encodeReply_hostLongerThan255Bytes_truncated()
{
    ProbeReply reply = sampleReply();
    reply.host = QString(300, u'h');

    const QByteArray datagram = encodeReply(reply);
    QCOMPARE(datagram.size(), ProbeReply::kSize + 255);
    const auto decoded = decodeReply(datagram);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->host, QString(255, u'h'));
}

void TestProbe::encodeReply_longUtf8Host_cutOnCharacterBoundary()
{
    // 1 + 100 * 3 UTF-8 bytes: the 255-byte limit falls inside the 85th CJK character.
    ProbeReply reply = sampleReply();
    reply.host = u"a"_s + QString(100, u'测');

    const auto decoded = decodeReply(encodeReply(reply));
    QVERIFY(decoded.has_value());
    // 1 + 84 * 3 = 253 bytes fit; the 85th character would end at byte 256. So the host keeps 84,
    // not a byte less: an empty or shortened host is no answer.
    QCOMPARE(decoded->host, u"a"_s + QString(84, u'测'));
    QCOMPARE(decoded->host.toUtf8().size(), 253);
}

void TestProbe::encodeReply_unknownTtl_sameBytesAsBeforeTheTtl()
{
    // A receiver that did not learn the TTL answers exactly as one from before the TTL field did.
    ProbeReply reply = *decodeReply(kOldReply);
    QCOMPARE(reply.ttl, qint16(-1));
    QCOMPARE(encodeReply(reply).toHex(), kOldReply.toHex());
}

void TestProbe::encodeReply_knownTtl_flagAndOneByteAtOffset44()
{
    ProbeReply reply = *decodeReply(kOldReply);
    reply.ttl = 63;
    const QByteArray datagram = encodeReply(reply);
    QCOMPARE(datagram.toHex(), kNewReply.toHex());
    QCOMPARE(datagram.size(), kOldReply.size() + 1); // the TTL costs one byte, no more
}

void TestProbe::decodeReply_oldReplyBytes_ttlUnknown()
{
    const auto decoded = decodeReply(kOldReply);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->streamId, quint32(0xCAFEBABE));
    QCOMPARE(decoded->sequence, quint64(41));
    QCOMPARE(decoded->received, quint64(40));
    QCOMPARE(decoded->lost, quint64(2));
    QCOMPARE(decoded->host, u"rx-1"_s);
    QCOMPARE(decoded->ttl, qint16(-1));
}

void TestProbe::decodeReply_newReplyBytes_ttlAndHost()
{
    const auto decoded = decodeReply(kNewReply);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->ttl, qint16(63));
    QCOMPARE(decoded->host, u"rx-1"_s); // not "?rx-1": the host starts after the TTL byte
    QCOMPARE(decoded->sequence, quint64(41));
    QCOMPARE(decoded->lost, quint64(2));
}

void TestProbe::decodeReply_longerHeaderWithoutTtlFlag_ttlUnknownHostAfterHeader()
{
    // A later version may lengthen the header for something else: without the flag, no TTL.
    QByteArray later = kOldReply.first(ProbeReply::kSize) + QByteArray(4, '\x7f') + "rx-1";
    setHeaderLength(later, ProbeReply::kSize + 4);
    const auto decoded = decodeReply(later);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->ttl, qint16(-1));
    QCOMPARE(decoded->host, u"rx-1"_s);

    // With the flag and still longer, the TTL is read and the rest skipped.
    later[5] = char(ProbeReply::kFlagTtl);
    const auto withTtl = decodeReply(later);
    QVERIFY(withTtl.has_value());
    QCOMPARE(withTtl->ttl, qint16(0x7f));
    QCOMPARE(withTtl->host, u"rx-1"_s);
}

void TestProbe::decodeReply_ttlFlagOnOldHeaderLength_ttlUnknown()
{
    // The flag without the byte to back it: the first byte of the host is not taken for a TTL.
    QByteArray lying = kOldReply;
    lying[5] = char(ProbeReply::kFlagTtl);
    const auto decoded = decodeReply(lying);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->ttl, qint16(-1));
    QCOMPARE(decoded->host, u"rx-1"_s);
}

QTEST_GUILESS_MAIN(TestProbe)
#include "tst_probe.moc"
