// Unit tests for recorder.h: the bytes of the recordings, here the IP header fields a pcap rebuilds
// and the columns CSV and JSON Lines carry.
#include "recorder.h"
#include "testpackets.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mct::core;
using namespace Qt::StringLiterals;

namespace {

constexpr int kPcapFileHeader = 24;
constexpr int kPcapRecordHeader = 16;

PacketRecord makeRecord(bool v6, qint16 tos)
{
    PacketRecord r;
    r.receiveTimeNs = 1'700'000'000'123'456'789LL;
    r.source =
            v6 ? NetAddress::fromHostAddress(QHostAddress(u"fd00::1"_s)) : NetAddress::fromIPv4(0xC0000201);
    r.group = v6 ? NetAddress::fromHostAddress(QHostAddress(u"ff15::7"_s)) : NetAddress::fromIPv4(0xEF070707);
    r.sourcePort = 40000;
    r.port = 5000;
    r.ttl = 9;
    r.tos = tos;
    return r;
}

// Writes the records to a new file of the format and returns its bytes.
QByteArray record(RecordFormat format, const QList<PacketRecord> &records)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"recording"_s);
    auto opened = PacketWriter::open(format, path);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return {};
    }
    PacketBatch batch;
    for (const PacketRecord &r : records) {
        mct::test::appendPacket(batch, r, "hello");
    }
    if (!opened.value()->writeBatch(batch) || !opened.value()->close()) {
        return {};
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The first packet's frame (the rebuilt IP header onward) in a pcap file's bytes.
QByteArray firstFrame(const QByteArray &pcap)
{
    return pcap.mid(kPcapFileHeader + kPcapRecordHeader);
}

quint8 byteAt(const QByteArray &bytes, int at)
{
    return quint8(bytes.at(at));
}

// The ones' complement sum of a header that carries its checksum: 0xFFFF when the checksum is right.
quint16 onesComplementSum(QByteArrayView header)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i + 1 < header.size(); i += 2) {
        sum += quint32(quint8(header[i]) << 8 | quint8(header[i + 1]));
    }
    while (sum >> 16) {
        sum = (sum & 0xFFFF) + (sum >> 16);
    }
    return quint16(sum);
}

} // namespace

class TestRecorder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pcap_ipv4Tos_inHeaderWithRightChecksum_data();
    void pcap_ipv4Tos_inHeaderWithRightChecksum();
    void pcap_ipv6TrafficClass_acrossTheFirstTwoBytes_data();
    void pcap_ipv6TrafficClass_acrossTheFirstTwoBytes();
    void csv_dscpAndEcnColumns_emptyWhenUnknown();
    void jsonLines_dscpAndEcn_onlyWhenKnown();
};

void TestRecorder::pcap_ipv4Tos_inHeaderWithRightChecksum_data()
{
    QTest::addColumn<int>("tos");
    QTest::addColumn<int>("inHeader");

    QTest::newRow("EF, ECT(1)") << 0xB9 << 0xB9;
    QTest::newRow("all bits") << 0xFF << 0xFF;
    QTest::newRow("unknown: 0") << -1 << 0x00;
}

void TestRecorder::pcap_ipv4Tos_inHeaderWithRightChecksum()
{
    QFETCH(int, tos);
    QFETCH(int, inHeader);

    const QByteArray frame = firstFrame(record(RecordFormat::Pcap, {makeRecord(false, qint16(tos))}));
    QCOMPARE(frame.size(), 20 + 8 + 5);
    QCOMPARE(byteAt(frame, 0), quint8(0x45));
    QCOMPARE(byteAt(frame, 1), quint8(inHeader));
    QCOMPARE(byteAt(frame, 8), quint8(9)); // TTL
    QCOMPARE(onesComplementSum(QByteArrayView(frame).first(20)), quint16(0xFFFF));
}

void TestRecorder::pcap_ipv6TrafficClass_acrossTheFirstTwoBytes_data()
{
    QTest::addColumn<int>("trafficClass");
    QTest::addColumn<QByteArray>("firstFour"); // version, traffic class, flow label

    QTest::newRow("EF, ECT(1)") << 0xB9 << QByteArray::fromHex("6b900000");
    QTest::newRow("all bits") << 0xFF << QByteArray::fromHex("6ff00000");
    QTest::newRow("unknown: 0") << -1 << QByteArray::fromHex("60000000");
}

void TestRecorder::pcap_ipv6TrafficClass_acrossTheFirstTwoBytes()
{
    QFETCH(int, trafficClass);
    QFETCH(QByteArray, firstFour);

    const QByteArray frame = firstFrame(record(RecordFormat::Pcap, {makeRecord(true, qint16(trafficClass))}));
    QCOMPARE(frame.size(), 40 + 8 + 5);
    QCOMPARE(frame.first(4).toHex(), firstFour.toHex());
    QCOMPARE(byteAt(frame, 7), quint8(9)); // hop limit
}

void TestRecorder::csv_dscpAndEcnColumns_emptyWhenUnknown()
{
    const QByteArray csv = record(RecordFormat::Csv, {makeRecord(false, 0xB9), makeRecord(false, -1)});
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QList<QByteArray> columns = lines.at(0).split(',');
    const qsizetype dscp = columns.indexOf("dscp");
    const qsizetype ecn = columns.indexOf("ecn");
    QVERIFY2(dscp >= 0 && ecn >= 0, lines.at(0).constData());
    const QList<QByteArray> known = lines.at(1).split(',');
    const QList<QByteArray> unknown = lines.at(2).split(',');
    QCOMPARE(known.size(), columns.size());
    QCOMPARE(known.at(dscp), QByteArray("46"));
    QCOMPARE(known.at(ecn), QByteArray("1"));
    QCOMPARE(unknown.size(), columns.size());
    QCOMPARE(unknown.at(dscp), QByteArray());
    QCOMPARE(unknown.at(ecn), QByteArray());
}

void TestRecorder::jsonLines_dscpAndEcn_onlyWhenKnown()
{
    const QByteArray jsonl = record(RecordFormat::JsonLines, {makeRecord(true, 0xB9), makeRecord(true, -1)});
    const QList<QByteArray> lines = jsonl.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject known = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(known.value(u"dscp"_s).toInt(-1), 46);
    QCOMPARE(known.value(u"ecn"_s).toInt(-1), 1);
    const QJsonObject unknown = QJsonDocument::fromJson(lines.at(1)).object();
    QVERIFY(!unknown.contains(u"dscp"_s));
    QVERIFY(!unknown.contains(u"ecn"_s));
}

QTEST_GUILESS_MAIN(TestRecorder)
#include "tst_recorder.moc"
