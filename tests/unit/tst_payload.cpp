// Unit tests for payload.h: text templates with {seq}/{time}/{host}, and hex/file payload resolution.
#include "payload.h"
#include "validation.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mct::core;
using namespace Qt::StringLiterals;

namespace {

// 2023-11-14T22:13:20.123456789Z
constexpr qint64 kTimeNs = 1'700'000'000'123'456'789LL;

} // namespace

class TestPayload final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expand_placeholders_replaced_data();
    void expand_placeholders_replaced();
    void expand_time_isoUtcWithMillisecondsParsesBack();
    void expand_noPlaceholders_sameBytesForEveryPacket_data();
    void expand_noPlaceholders_sameBytesForEveryPacket();
    void hasPlaceholders_knownNamesOnly_data();
    void hasPlaceholders_knownNamesOnly();
    void formatIsoTimeMs_wholeSecondAndEpoch_threeDigitMillis_data();
    void formatIsoTimeMs_wholeSecondAndEpoch_threeDigitMillis();

    void resolveFixedPayload_hex_givesBytes();
    void resolveFixedPayload_badHex_refusedWithPosition();
    void resolveFixedPayload_file_givesFileBytes();
    void resolveFixedPayload_missingFile_refusedNamingPath();
    void resolveFixedPayload_oversizedFile_refused();
    void resolveFixedPayload_text_givesUtf8();
};

void TestPayload::expand_placeholders_replaced_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("sequence");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("seq") << u"seq={seq}"_s << quint64(42) << QByteArray("h") << QByteArray("seq=42");
    QTest::newRow("seq alone") << u"{seq}"_s << quint64(0) << QByteArray("h") << QByteArray("0");
    QTest::newRow("seq max") << u"{seq}"_s << std::numeric_limits<quint64>::max() << QByteArray()
                             << QByteArray("18446744073709551615");
    QTest::newRow("host") << u"from {host}"_s << quint64(1) << QByteArray("box-1")
                          << QByteArray("from box-1");
    QTest::newRow("utf-8 host") << u"{host}!"_s << quint64(1) << u"主机"_s.toUtf8()
                                << (u"主机"_s + u'!').toUtf8();
    QTest::newRow("several") << u"#{seq} {seq} at {time} by {host}"_s << quint64(7) << QByteArray("pc")
                             << QByteArray("#7 7 at 2023-11-14T22:13:20.123Z by pc");
    QTest::newRow("adjacent") << u"{seq}{host}{seq}"_s << quint64(3) << QByteArray("x") << QByteArray("3x3");
    QTest::newRow("unknown name kept")
            << u"{foo} {seq}"_s << quint64(5) << QByteArray("h") << QByteArray("{foo} 5");
    QTest::newRow("wrong case kept") << u"{SEQ} {Host}"_s << quint64(5) << QByteArray("h")
                                     << QByteArray("{SEQ} {Host}");
    QTest::newRow("lone braces kept")
            << u"{ } }{ {seq"_s << quint64(5) << QByteArray("h") << QByteArray("{ } }{ {seq");
    QTest::newRow("doubled braces") << u"{{seq}}"_s << quint64(9) << QByteArray("h") << QByteArray("{9}");
    QTest::newRow("brace at end") << u"{seq}{"_s << quint64(1) << QByteArray("h") << QByteArray("1{");
    QTest::newRow("utf-8 around placeholder")
            << u"序号 {seq} ✓"_s << quint64(2) << QByteArray("h") << u"序号 2 ✓"_s.toUtf8();
}

void TestPayload::expand_placeholders_replaced()
{
    QFETCH(QString, text);
    QFETCH(quint64, sequence);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, expected);

    const PayloadTemplate payload(text);
    QCOMPARE(payload.expand(sequence, kTimeNs, host), expected);
}

void TestPayload::expand_time_isoUtcWithMillisecondsParsesBack()
{
    const QByteArray time = PayloadTemplate(u"{time}"_s).expand(0, kTimeNs, "h");
    QCOMPARE(time, QByteArray("2023-11-14T22:13:20.123Z"));
    QVERIFY(time.endsWith('Z'));

    const QDateTime parsed = QDateTime::fromString(QString::fromLatin1(time), Qt::ISODateWithMs);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
    QCOMPARE(parsed.toMSecsSinceEpoch(), kTimeNs / 1'000'000);
}

void TestPayload::expand_noPlaceholders_sameBytesForEveryPacket_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << u"hello multicast"_s;
    QTest::newRow("utf-8") << u"héllo 世界 🙂"_s;
    QTest::newRow("unknown placeholder") << u"{foo}"_s;
    QTest::newRow("newlines") << u"a\nb\r\n"_s;
}

void TestPayload::expand_noPlaceholders_sameBytesForEveryPacket()
{
    QFETCH(QString, text);

    const PayloadTemplate payload(text);
    QCOMPARE(payload.expand(0, kTimeNs, "host"), text.toUtf8());
    QCOMPARE(payload.expand(12345, kTimeNs + 5'000'000'000LL, "other"), text.toUtf8());
}

void TestPayload::hasPlaceholders_knownNamesOnly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("placeholders");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("plain") << u"hello"_s << false;
    QTest::newRow("unknown") << u"{foo}"_s << false;
    QTest::newRow("seq") << u"x{seq}"_s << true;
    QTest::newRow("time") << u"{time}"_s << true;
    QTest::newRow("host") << u"{host}"_s << true;
}

void TestPayload::hasPlaceholders_knownNamesOnly()
{
    QFETCH(QString, text);
    QFETCH(bool, placeholders);

    QCOMPARE(PayloadTemplate(text).hasPlaceholders(), placeholders);
}

void TestPayload::formatIsoTimeMs_wholeSecondAndEpoch_threeDigitMillis_data()
{
    QTest::addColumn<qint64>("timeNs");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("epoch") << qint64(0) << QByteArray("1970-01-01T00:00:00.000Z");
    QTest::newRow("whole second") << qint64(1'700'000'000'000'000'000LL)
                                  << QByteArray("2023-11-14T22:13:20.000Z");
    QTest::newRow("sub-millisecond truncated")
            << qint64(1'700'000'000'009'999'999LL) << QByteArray("2023-11-14T22:13:20.009Z");
}

void TestPayload::formatIsoTimeMs_wholeSecondAndEpoch_threeDigitMillis()
{
    QFETCH(qint64, timeNs);
    QFETCH(QByteArray, expected);

    QCOMPARE(formatIsoTimeMs(timeNs), expected);
}

void TestPayload::resolveFixedPayload_hex_givesBytes()
{
    const auto result = resolveFixedPayload(PayloadSpec{PayloadMode::Hex, u"de ad be ef"_s});
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value(), QByteArray("\xde\xad\xbe\xef", 4));
}

void TestPayload::resolveFixedPayload_badHex_refusedWithPosition()
{
    const auto result = resolveFixedPayload(PayloadSpec{PayloadMode::Hex, u"de zz"_s});
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(u"position 4"_s), qPrintable(result.error()));
}

void TestPayload::resolveFixedPayload_file_givesFileBytes()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.filePath(u"payload.bin"_s);
    const QByteArray data("\x47\x00\x11 binary \xff", 12);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
    file.close();

    const auto result = resolveFixedPayload(PayloadSpec{PayloadMode::File, path});
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value(), data);
}

void TestPayload::resolveFixedPayload_missingFile_refusedNamingPath()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.filePath(u"missing.bin"_s);

    const auto result = resolveFixedPayload(PayloadSpec{PayloadMode::File, path});
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(path), qPrintable(result.error()));
}

void TestPayload::resolveFixedPayload_oversizedFile_refused()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.filePath(u"big.bin"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(QByteArray(kMaxUdpPayloadIPv6 + 1, 'x')), qint64(kMaxUdpPayloadIPv6 + 1));
    file.close();

    const auto result = resolveFixedPayload(PayloadSpec{PayloadMode::File, path});
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(path), qPrintable(result.error()));
}

void TestPayload::resolveFixedPayload_text_givesUtf8()
{
    const auto result = resolveFixedPayload(PayloadSpec{PayloadMode::Text, u"grüß {seq}"_s});
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value(), u"grüß {seq}"_s.toUtf8());
}

QTEST_GUILESS_MAIN(TestPayload)
#include "tst_payload.moc"
