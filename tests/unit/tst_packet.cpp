// Unit tests for packet.h: the DSCP and ECN of a record and the names people know them by.
#include "packet.h"

#include <QTest>

using namespace mct::core;

class TestPacket final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dscpAndEcn_fromTos_splitIntoSixAndTwoBits();
    void dscpAndEcn_tosUnknown_unknown();
    void dscpName_knownCodePoints_standardNames_data();
    void dscpName_knownCodePoints_standardNames();
    void dscpName_unnamedOrOutOfRange_null();
    void ecnName_eachCodePoint_rfc3168Names();
};

void TestPacket::dscpAndEcn_fromTos_splitIntoSixAndTwoBits()
{
    PacketRecord r;
    r.tos = 0xB9; // 101110 01
    QCOMPARE(r.dscp(), 46);
    QCOMPARE(r.ecn(), 1);
    r.tos = 0xFF;
    QCOMPARE(r.dscp(), 63);
    QCOMPARE(r.ecn(), 3);
    r.tos = 0;
    QCOMPARE(r.dscp(), 0);
    QCOMPARE(r.ecn(), 0);
}

void TestPacket::dscpAndEcn_tosUnknown_unknown()
{
    const PacketRecord r;
    QCOMPARE(r.tos, qint16(-1));
    QCOMPARE(r.dscp(), -1);
    QCOMPARE(r.ecn(), -1);
}

void TestPacket::dscpName_knownCodePoints_standardNames_data()
{
    QTest::addColumn<int>("dscp");
    QTest::addColumn<QByteArray>("name");

    QTest::newRow("0") << 0 << QByteArray("DF");
    QTest::newRow("1") << 1 << QByteArray("LE");
    QTest::newRow("8") << 8 << QByteArray("CS1");
    QTest::newRow("10") << 10 << QByteArray("AF11");
    QTest::newRow("14") << 14 << QByteArray("AF13");
    QTest::newRow("18") << 18 << QByteArray("AF21");
    QTest::newRow("26") << 26 << QByteArray("AF31");
    QTest::newRow("34") << 34 << QByteArray("AF41");
    QTest::newRow("38") << 38 << QByteArray("AF43");
    QTest::newRow("40") << 40 << QByteArray("CS5");
    QTest::newRow("44") << 44 << QByteArray("VA");
    QTest::newRow("46") << 46 << QByteArray("EF");
    QTest::newRow("48") << 48 << QByteArray("CS6");
    QTest::newRow("56") << 56 << QByteArray("CS7");
}

void TestPacket::dscpName_knownCodePoints_standardNames()
{
    QFETCH(int, dscp);
    QFETCH(QByteArray, name);
    QCOMPARE(QByteArray(dscpName(dscp)), name);
}

void TestPacket::dscpName_unnamedOrOutOfRange_null()
{
    for (const int dscp : {-1, 2, 5, 11, 42, 47, 50, 63, 64}) {
        QVERIFY2(dscpName(dscp) == nullptr, qPrintable(QString::number(dscp)));
    }
}

void TestPacket::ecnName_eachCodePoint_rfc3168Names()
{
    QCOMPARE(QByteArray(ecnName(0)), QByteArray("Not-ECT"));
    QCOMPARE(QByteArray(ecnName(1)), QByteArray("ECT(1)"));
    QCOMPARE(QByteArray(ecnName(2)), QByteArray("ECT(0)"));
    QCOMPARE(QByteArray(ecnName(3)), QByteArray("CE"));
    QVERIFY(ecnName(-1) == nullptr);
    QVERIFY(ecnName(4) == nullptr);
}

QTEST_GUILESS_MAIN(TestPacket)
#include "tst_packet.moc"
