// Unit tests for validation.h: numbers, buffer sizes, hex strings and payload files the user types.
#include "validation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mct::core;
using namespace Qt::StringLiterals;

namespace {

// Every refusal names the value the user typed, so they can find it in a long command line.
void verifyNamesValue(const QString &error, const QString &text)
{
    QVERIFY2(error.contains(u"\"%1\""_s.arg(text)), qPrintable(error));
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        return {};
    }
    return path;
}

} // namespace

class TestValidation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseTtl_inRange_accepted_data();
    void parseTtl_inRange_accepted();
    void parseTtl_outOfRangeOrNotNumber_refused_data();
    void parseTtl_outOfRangeOrNotNumber_refused();
    void parseDscp_values_acceptedOrRefusedWithRange();

    void parseIntervalMs_positive_accepted_data();
    void parseIntervalMs_positive_accepted();
    void parseIntervalMs_zeroNegativeOrNotFinite_refused_data();
    void parseIntervalMs_zeroNegativeOrNotFinite_refused();

    void parseRate_positiveUpToTenMillion_accepted_data();
    void parseRate_positiveUpToTenMillion_accepted();
    void parseRate_outOfRange_refused_data();
    void parseRate_outOfRange_refused();

    void parseCount_values_acceptedOrRefusedByAllowZero_data();
    void parseCount_values_acceptedOrRefusedByAllowZero();

    void parseSeconds_values_acceptedOrRefused_data();
    void parseSeconds_values_acceptedOrRefused();
    void parseSeconds_refused_errorNamesField();

    void parseBufferSize_withSuffix_givesBytes_data();
    void parseBufferSize_withSuffix_givesBytes();
    void parseBufferSize_outOfRangeOrMalformed_refused_data();
    void parseBufferSize_outOfRangeOrMalformed_refused();
    void parseBufferSize_hugeValueThatOverflows_refused();

    void parseSourcePort_values_acceptedOrRefused_data();
    void parseSourcePort_values_acceptedOrRefused();

    void parseHex_separatorsAndPrefixes_givesBytes_data();
    void parseHex_separatorsAndPrefixes_givesBytes();
    void parseHex_badDigits_refusedWithReason_data();
    void parseHex_badDigits_refusedWithReason();
    void parseHex_largestDatagram_accepted();
    void parseHex_longerThanDatagram_refused();

    void readPayloadFile_smallBinaryFile_givesExactBytes();
    void readPayloadFile_largestDatagram_accepted();
    void readPayloadFile_missingFile_refusedNamingPath();
    void readPayloadFile_directory_refusedNamingPath();
    void readPayloadFile_largerThanDatagram_refusedNamingPath();
    void readPayloadFile_emptyPath_refused();
};

void TestValidation::parseTtl_inRange_accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("ttl");

    QTest::newRow("0") << u"0"_s << 0;
    QTest::newRow("1") << u"1"_s << 1;
    QTest::newRow("255") << u"255"_s << 255;
    QTest::newRow("whitespace") << u" 64 "_s << 64;
}

void TestValidation::parseTtl_inRange_accepted()
{
    QFETCH(QString, text);
    QFETCH(int, ttl);

    const auto result = parseTtl(text);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value(), ttl);
}

void TestValidation::parseTtl_outOfRangeOrNotNumber_refused_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("-1") << u"-1"_s;
    QTest::newRow("256") << u"256"_s;
    QTest::newRow("abc") << u"abc"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("fraction") << u"1.5"_s;
}

void TestValidation::parseTtl_outOfRangeOrNotNumber_refused()
{
    QFETCH(QString, text);

    const auto result = parseTtl(text);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(u"TTL"_s), qPrintable(result.error()));
    QVERIFY2(result.error().contains(u"0 to 255"_s), qPrintable(result.error()));
    verifyNamesValue(result.error(), text);
}

void TestValidation::parseDscp_values_acceptedOrRefusedWithRange()
{
    QCOMPARE(parseDscp(u"0"_s).value(), 0);
    QCOMPARE(parseDscp(u" 46 "_s).value(), 46);
    QCOMPARE(parseDscp(u"63"_s).value(), 63);
    for (const QString &text : {u"64"_s, u"99"_s, u"-1"_s, u"ef"_s, QString()}) {
        const auto result = parseDscp(text);
        QVERIFY2(!result.ok(), qPrintable(text));
        QVERIFY2(result.error().contains(u"DSCP"_s), qPrintable(result.error()));
        QVERIFY2(result.error().contains(u"0 to 63"_s), qPrintable(result.error()));
        verifyNamesValue(result.error(), text);
    }
}

void TestValidation::parseIntervalMs_positive_accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("ms");

    QTest::newRow("0.5") << u"0.5"_s << 0.5;
    QTest::newRow("1000") << u"1000"_s << 1000.0;
    QTest::newRow("one day") << u"86400000"_s << 86'400'000.0;
}

void TestValidation::parseIntervalMs_positive_accepted()
{
    QFETCH(QString, text);
    QFETCH(double, ms);

    const auto result = parseIntervalMs(text);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value(), ms);
}

void TestValidation::parseIntervalMs_zeroNegativeOrNotFinite_refused_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("0") << u"0"_s;
    QTest::newRow("-5") << u"-5"_s;
    QTest::newRow("nan") << u"nan"_s;
    QTest::newRow("inf") << u"inf"_s;
    QTest::newRow("x") << u"x"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("over one day") << u"86400001"_s;
}

void TestValidation::parseIntervalMs_zeroNegativeOrNotFinite_refused()
{
    QFETCH(QString, text);

    const auto result = parseIntervalMs(text);
    QVERIFY2(!result.ok(), qPrintable(text));
    QVERIFY2(result.error().contains(u"interval"_s), qPrintable(result.error()));
    QVERIFY2(result.error().contains(u"greater than 0"_s), qPrintable(result.error()));
    verifyNamesValue(result.error(), text);
}

void TestValidation::parseRate_positiveUpToTenMillion_accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("rate");

    QTest::newRow("0.5") << u"0.5"_s << 0.5;
    QTest::newRow("1000") << u"1000"_s << 1000.0;
    QTest::newRow("ten million") << u"10000000"_s << 10'000'000.0;
}

void TestValidation::parseRate_positiveUpToTenMillion_accepted()
{
    QFETCH(QString, text);
    QFETCH(double, rate);

    const auto result = parseRate(text);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value(), rate);
}

void TestValidation::parseRate_outOfRange_refused_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("0") << u"0"_s;
    QTest::newRow("-1") << u"-1"_s;
    QTest::newRow("above ten million") << u"10000001"_s;
    QTest::newRow("nan") << u"nan"_s;
    QTest::newRow("inf") << u"inf"_s;
    QTest::newRow("text") << u"fast"_s;
}

void TestValidation::parseRate_outOfRange_refused()
{
    QFETCH(QString, text);

    const auto result = parseRate(text);
    QVERIFY2(!result.ok(), qPrintable(text));
    QVERIFY2(result.error().contains(u"rate"_s), qPrintable(result.error()));
    QVERIFY2(result.error().contains(u"10000000"_s), qPrintable(result.error()));
    verifyNamesValue(result.error(), text);
}

void TestValidation::parseCount_values_acceptedOrRefusedByAllowZero_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowZero");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("count");

    QTest::newRow("0, zero allowed") << u"0"_s << true << true << qint64(0);
    QTest::newRow("0, zero not allowed") << u"0"_s << false << false << qint64(0);
    QTest::newRow("1, zero allowed") << u"1"_s << true << true << qint64(1);
    QTest::newRow("1, zero not allowed") << u"1"_s << false << true << qint64(1);
    QTest::newRow("1000000") << u"1000000"_s << false << true << qint64(1'000'000);
    QTest::newRow("qint64 max") << u"9223372036854775807"_s << false << true
                                << std::numeric_limits<qint64>::max();
    QTest::newRow("-1, zero allowed") << u"-1"_s << true << false << qint64(0);
    QTest::newRow("-1, zero not allowed") << u"-1"_s << false << false << qint64(0);
    QTest::newRow("word") << u"ten"_s << true << false << qint64(0);
    QTest::newRow("fraction") << u"1.5"_s << true << false << qint64(0);
    QTest::newRow("exponent") << u"1e3"_s << true << false << qint64(0);
    QTest::newRow("empty") << QString() << true << false << qint64(0);
    QTest::newRow("beyond qint64") << u"9223372036854775808"_s << true << false << qint64(0);
}

void TestValidation::parseCount_values_acceptedOrRefusedByAllowZero()
{
    QFETCH(QString, text);
    QFETCH(bool, allowZero);
    QFETCH(bool, accepted);
    QFETCH(qint64, count);

    const auto result = parseCount(text, allowZero);
    QCOMPARE(result.ok(), accepted);
    if (accepted) {
        QCOMPARE(result.value(), count);
    } else {
        QVERIFY2(result.error().contains(u"count"_s), qPrintable(result.error()));
        QVERIFY2(result.error().contains(allowZero ? u"0 for no limit"_s : u"1 or more"_s),
                 qPrintable(result.error()));
        verifyNamesValue(result.error(), text);
    }
}

void TestValidation::parseSeconds_values_acceptedOrRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<double>("seconds");

    QTest::newRow("2.5") << u"2.5"_s << true << 2.5;
    QTest::newRow("0.001") << u"0.001"_s << true << 0.001;
    QTest::newRow("30 days") << u"2592000"_s << true << 2'592'000.0;
    QTest::newRow("over 30 days") << u"2592001"_s << false << 0.0;
    QTest::newRow("0") << u"0"_s << false << 0.0;
    QTest::newRow("-1") << u"-1"_s << false << 0.0;
    QTest::newRow("inf") << u"inf"_s << false << 0.0;
    QTest::newRow("nan") << u"nan"_s << false << 0.0;
    QTest::newRow("unit suffix") << u"5s"_s << false << 0.0;
    QTest::newRow("empty") << QString() << false << 0.0;
}

void TestValidation::parseSeconds_values_acceptedOrRefused()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(double, seconds);

    const auto result = parseSeconds(text, u"timeout"_s);
    QCOMPARE(result.ok(), accepted);
    if (accepted) {
        QCOMPARE(result.value(), seconds);
    } else {
        QVERIFY2(result.error().contains(u"2592000"_s), qPrintable(result.error()));
        verifyNamesValue(result.error(), text);
    }
}

void TestValidation::parseSeconds_refused_errorNamesField()
{
    const auto result = parseSeconds(u"-3"_s, u"duration"_s);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().startsWith(u"duration"_s), qPrintable(result.error()));
}

void TestValidation::parseBufferSize_withSuffix_givesBytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("bytes");

    QTest::newRow("8M") << u"8M"_s << 8 * 1024 * 1024;
    QTest::newRow("8m") << u"8m"_s << 8 * 1024 * 1024;
    QTest::newRow("512K") << u"512K"_s << 512 * 1024;
    QTest::newRow("512k") << u"512k"_s << 512 * 1024;
    QTest::newRow("4096") << u"4096"_s << 4096;
    QTest::newRow("4K, the smallest") << u"4K"_s << 4096;
    QTest::newRow("1024M, the largest") << u"1024M"_s << 1024 * 1024 * 1024;
    QTest::newRow("whitespace") << u" 2M "_s << 2 * 1024 * 1024;
}

void TestValidation::parseBufferSize_withSuffix_givesBytes()
{
    QFETCH(QString, text);
    QFETCH(int, bytes);

    const auto result = parseBufferSize(text);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value(), bytes);
}

void TestValidation::parseBufferSize_outOfRangeOrMalformed_refused_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("0") << u"0"_s;
    QTest::newRow("1") << u"1"_s;
    QTest::newRow("4095") << u"4095"_s;
    QTest::newRow("2G") << u"2G"_s;
    QTest::newRow("1025M") << u"1025M"_s;
    QTest::newRow("-1M") << u"-1M"_s;
    QTest::newRow("0K") << u"0K"_s;
    QTest::newRow("suffix only") << u"M"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("fraction") << u"1.5M"_s;
    QTest::newRow("word") << u"big"_s;
}

void TestValidation::parseBufferSize_outOfRangeOrMalformed_refused()
{
    QFETCH(QString, text);

    const auto result = parseBufferSize(text);
    QVERIFY2(!result.ok(), qPrintable(u"accepted as %1"_s.arg(result.ok() ? result.value() : 0)));
    QVERIFY2(result.error().contains(u"4096"_s), qPrintable(result.error()));
    QVERIFY2(result.error().contains(u"1073741824"_s), qPrintable(result.error()));
    verifyNamesValue(result.error(), text);
}

void TestValidation::parseBufferSize_hugeValueThatOverflows_refused()
{
    // Multiplied before the range check, these would wrap (signed overflow, which UBSan aborts on in
    // the sanitize preset) into the valid range and be accepted: (2^54 + 4) KiB to 4096 bytes,
    // (2^44 + 4) MiB to 4 MiB.
    for (const QString &text : {u"18014398509481988K"_s, u"17592186044420M"_s}) {
        const auto result = parseBufferSize(text);
        QVERIFY2(!result.ok(),
                 qPrintable(u"%1 accepted as %2"_s.arg(text).arg(result.ok() ? result.value() : 0)));
        QVERIFY2(result.error().contains(u"1073741824"_s), qPrintable(result.error()));
        verifyNamesValue(result.error(), text);
    }
}

void TestValidation::parseSourcePort_values_acceptedOrRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("port");

    QTest::newRow("0 = any free port") << u"0"_s << true << 0;
    QTest::newRow("1") << u"1"_s << true << 1;
    QTest::newRow("65535") << u"65535"_s << true << 65535;
    QTest::newRow("65536") << u"65536"_s << false << 0;
    QTest::newRow("-1") << u"-1"_s << false << 0;
    QTest::newRow("word") << u"http"_s << false << 0;
    QTest::newRow("empty") << QString() << false << 0;
}

void TestValidation::parseSourcePort_values_acceptedOrRefused()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(int, port);

    const auto result = parseSourcePort(text);
    QCOMPARE(result.ok(), accepted);
    if (accepted) {
        QCOMPARE(int(result.value()), port);
    } else {
        QVERIFY2(result.error().contains(u"source port"_s), qPrintable(result.error()));
        QVERIFY2(result.error().contains(u"1 to 65535"_s), qPrintable(result.error()));
        verifyNamesValue(result.error(), text);
    }
}

void TestValidation::parseHex_separatorsAndPrefixes_givesBytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");

    const QByteArray deadbeef("\xde\xad\xbe\xef", 4);
    QTest::newRow("spaces") << u"de ad be ef"_s << deadbeef;
    QTest::newRow("upper case, no separators") << u"DEADBEEF"_s << deadbeef;
    QTest::newRow("mixed case") << u"DeAdBeEf"_s << deadbeef;
    QTest::newRow("0x per byte") << u"0xde 0xad"_s << QByteArray("\xde\xad", 2);
    QTest::newRow("0X per byte") << u"0XDE 0XAD"_s << QByteArray("\xde\xad", 2);
    QTest::newRow("colons") << u"de:ad"_s << QByteArray("\xde\xad", 2);
    QTest::newRow("dashes") << u"de-ad-be-ef"_s << deadbeef;
    QTest::newRow("commas and spaces") << u"0xde, 0xad"_s << QByteArray("\xde\xad", 2);
    QTest::newRow("zero bytes") << u"00 00"_s << QByteArray(2, '\0');
    QTest::newRow("0x00") << u"0x00"_s << QByteArray(1, '\0');
    QTest::newRow("leading and trailing whitespace") << u"  0a\tff\n"_s << QByteArray("\x0a\xff", 2);
}

void TestValidation::parseHex_separatorsAndPrefixes_givesBytes()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);

    const auto result = parseHex(text);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value().toHex(' '), bytes.toHex(' '));
}

void TestValidation::parseHex_badDigits_refusedWithReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("odd digit count") << u"abc"_s << u"odd number"_s;
    QTest::newRow("single digit") << u"a"_s << u"odd number"_s;
    QTest::newRow("lone digit before separator") << u"a bc"_s << u"position 2"_s;
    QTest::newRow("zz") << u"zz"_s << u"\"z\" at position 1"_s;
    QTest::newRow("bad digit later") << u"de zz"_s << u"\"z\" at position 4"_s;
    QTest::newRow("g in second digit") << u"ag"_s << u"\"g\" at position 2"_s;
    QTest::newRow("non-ASCII") << u"dé"_s << u"\"é\" at position 2"_s;
}

void TestValidation::parseHex_badDigits_refusedWithReason()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    const auto result = parseHex(text);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(reason), qPrintable(result.error()));
}

void TestValidation::parseHex_largestDatagram_accepted()
{
    const auto result = parseHex(QString(kMaxUdpPayloadIPv6 * 2, u'a'));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value().size(), kMaxUdpPayloadIPv6);
    QCOMPARE(result.value(), QByteArray(kMaxUdpPayloadIPv6, '\xaa'));
}

void TestValidation::parseHex_longerThanDatagram_refused()
{
    const auto result = parseHex(QString((kMaxUdpPayloadIPv6 + 1) * 2, u'a'));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QString::number(kMaxUdpPayloadIPv6 + 1)), qPrintable(result.error()));
    QVERIFY2(result.error().contains(QString::number(kMaxUdpPayloadIPv6)), qPrintable(result.error()));
}

void TestValidation::readPayloadFile_smallBinaryFile_givesExactBytes()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QByteArray data("\x00\x01\xff\r\n text \x7f", 12);
    const QString path = writeFile(dir, u"payload.bin"_s, data);
    QVERIFY(!path.isEmpty());

    const auto result = readPayloadFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value(), data);
}

void TestValidation::readPayloadFile_largestDatagram_accepted()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QByteArray data(kMaxUdpPayloadIPv6, 'x');
    const QString path = writeFile(dir, u"max.bin"_s, data);
    QVERIFY(!path.isEmpty());

    const auto result = readPayloadFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value().size(), data.size());
}

void TestValidation::readPayloadFile_missingFile_refusedNamingPath()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.filePath(u"does-not-exist.bin"_s);

    const auto result = readPayloadFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(path), qPrintable(result.error()));
}

void TestValidation::readPayloadFile_directory_refusedNamingPath()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));

    const auto result = readPayloadFile(dir.path());
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(dir.path()), qPrintable(result.error()));
    QVERIFY2(result.error().contains(u"directory"_s), qPrintable(result.error()));
}

void TestValidation::readPayloadFile_largerThanDatagram_refusedNamingPath()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = writeFile(dir, u"big.bin"_s, QByteArray(70000, 'x'));
    QVERIFY(!path.isEmpty());

    const auto result = readPayloadFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(path), qPrintable(result.error()));
    QVERIFY2(result.error().contains(QString::number(kMaxUdpPayloadIPv6)), qPrintable(result.error()));
}

void TestValidation::readPayloadFile_emptyPath_refused()
{
    const auto result = readPayloadFile(QString());
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
