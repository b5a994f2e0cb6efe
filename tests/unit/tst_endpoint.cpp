// Unit tests for endpoint.h: parsing GROUP:PORT, advice on reserved groups, SSM ranges, formatting.
#include "endpoint.h"

#include <QTest>

using namespace mct::core;
using namespace Qt::StringLiterals;

class TestEndpoint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseEndpoint_validText_givesGroupAndPort_data();
    void parseEndpoint_validText_givesGroupAndPort();
    void parseEndpoint_invalidText_refusedNamingValueAndValidForm_data();
    void parseEndpoint_invalidText_refusedNamingValueAndValidForm();
    void parseEndpoint_empty_refused();
    void parseEndpoint_formattedEndpoint_parsesBackToSame_data();
    void parseEndpoint_formattedEndpoint_parsesBackToSame();

    void parseAddress_unicastOrBracketed_accepted_data();
    void parseAddress_unicastOrBracketed_accepted();
    void parseAddress_notAnAddress_refusedNamingField();

    void groupAdvice_reservedOrLinkLocal_warns_data();
    void groupAdvice_reservedOrLinkLocal_warns();
    void groupAdvice_testRange_empty_data();
    void groupAdvice_testRange_empty();

    void isSourceSpecificGroup_ranges_data();
    void isSourceSpecificGroup_ranges();

    void formatAddressPort_ipv4AndIpv6_asTyped_data();
    void formatAddressPort_ipv4AndIpv6_asTyped();
};

void TestEndpoint::parseEndpoint_validText_givesGroupAndPort_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("port");

    QTest::newRow("ipv4") << u"239.1.2.3:5000"_s << u"239.1.2.3"_s << 5000;
    QTest::newRow("ipv6 in brackets") << u"[ff15::1]:5000"_s << u"ff15::1"_s << 5000;
    QTest::newRow("ipv4 surrounded by whitespace") << u"  239.1.2.3:5000\t\n"_s << u"239.1.2.3"_s << 5000;
    QTest::newRow("ipv6 surrounded by whitespace") << u" [ff15::1]:5000 "_s << u"ff15::1"_s << 5000;
    QTest::newRow("lowest port") << u"239.1.2.3:1"_s << u"239.1.2.3"_s << 1;
    QTest::newRow("highest port") << u"239.255.255.255:65535"_s << u"239.255.255.255"_s << 65535;
    QTest::newRow("reserved but multicast") << u"224.0.0.251:5353"_s << u"224.0.0.251"_s << 5353;
    QTest::newRow("ipv6 ssm") << u"[ff3e::1234]:9"_s << u"ff3e::1234"_s << 9;
}

void TestEndpoint::parseEndpoint_validText_givesGroupAndPort()
{
    QFETCH(QString, text);
    QFETCH(QString, group);
    QFETCH(int, port);

    const auto result = parseEndpoint(text);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value().group, QHostAddress(group));
    QCOMPARE(int(result.value().port), port);
    QCOMPARE(result.value().isIPv6(), group.contains(u':'));
}

void TestEndpoint::parseEndpoint_invalidText_refusedNamingValueAndValidForm_data()
{
    // problem: a word that says what is wrong; valid: what the user should type instead.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("valid");

    QTest::newRow("ipv4 unicast") << u"10.0.0.1:5000"_s << u"multicast"_s << u"239.0.0.0/8"_s;
    QTest::newRow("ipv6 unicast") << u"[2001:db8::1]:5000"_s << u"multicast"_s << u"ff00::/8"_s;
    QTest::newRow("ipv4 three octets") << u"239.1.2:5000"_s << u"IP address"_s << u"239.1.2.3:5000"_s;
    QTest::newRow("ipv4 two octets") << u"239.1:5000"_s << u"IP address"_s << u"239.1.2.3:5000"_s;
    QTest::newRow("ipv4 leading zero octet")
            << u"239.010.2.3:5000"_s << u"IP address"_s << u"239.1.2.3:5000"_s;
    QTest::newRow("ipv4 octet above 255") << u"300.1.1.1:1"_s << u"IP address"_s << u"239.1.2.3:5000"_s;
    QTest::newRow("host name") << u"abc:1"_s << u"IP address"_s << u"239.1.2.3:5000"_s;
    QTest::newRow("ipv4 without port") << u"239.1.2.3"_s << u"port"_s << u"239.1.2.3:5000"_s;
    QTest::newRow("ipv4 empty port") << u"239.1.2.3:"_s << u"port"_s << u"239.1.2.3:5000"_s;
    QTest::newRow("ipv6 without port") << u"[ff15::1]"_s << u"port"_s << u"[ff15::1]:5000"_s;
    QTest::newRow("ipv6 empty port") << u"[ff15::1]:"_s << u"port"_s << u"[ff15::1]:5000"_s;
    QTest::newRow("port 0") << u"239.1.2.3:0"_s << u"port"_s << u"1 to 65535"_s;
    QTest::newRow("port 65536") << u"239.1.2.3:65536"_s << u"port"_s << u"1 to 65535"_s;
    QTest::newRow("port -1") << u"239.1.2.3:-1"_s << u"port"_s << u"1 to 65535"_s;
    QTest::newRow("port 5x") << u"239.1.2.3:5x"_s << u"port"_s << u"1 to 65535"_s;
    QTest::newRow("ipv6 port 0") << u"[ff15::1]:0"_s << u"port"_s << u"1 to 65535"_s;
    QTest::newRow("ipv6 without brackets") << u"ff15::1:5000"_s << u"brackets"_s << u"[ff15::1]:5000"_s;
    QTest::newRow("missing closing bracket") << u"[ff15::1:5000"_s << u"\"]\""_s << u"[ff15::1]:5000"_s;
    QTest::newRow("empty brackets") << u"[]:5000"_s << u"IP address"_s << u"239.1.2.3:5000"_s;
    QTest::newRow("ipv6 zone") << u"[ff02::1%eth0]:5000"_s << u"zone"_s << u"-i eth0"_s;
    QTest::newRow("ipv6 numeric zone") << u"[ff15::1%2]:5000"_s << u"zone"_s << u"[ff15::1]:5000"_s;
    // Index 1 is the loopback on Linux: -i takes its name, not the number.
    QTest::newRow("ipv6 zone as an index") << u"[ff15::1%1]:5000"_s << u"zone"_s << u"-i lo "_s;
    // The port is checked first: the advice never names a port that is itself wrong.
    QTest::newRow("ipv6 zone, bad port") << u"[ff02::1%eth0]:99999"_s << u"port"_s << u"1 to 65535"_s;
}

void TestEndpoint::parseEndpoint_invalidText_refusedNamingValueAndValidForm()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    QFETCH(QString, valid);

    const auto result = parseEndpoint(text);
    // Qt's own parser would take inet_aton forms ("239.1.2" is 239.1.0.2, "010" octal 8).
    QVERIFY2(!result.ok(),
             qPrintable(u"accepted as "_s + (result.ok() ? result.value().toString() : QString())));
    const QString &error = result.error();
    QVERIFY2(error.contains(text), qPrintable(error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QVERIFY2(error.contains(valid), qPrintable(error));
}

void TestEndpoint::parseEndpoint_empty_refused()
{
    for (const QString &text : {QString(), u"   "_s}) {
        const auto result = parseEndpoint(text);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(u"empty"_s), qPrintable(result.error()));
        QVERIFY2(result.error().contains(u"239.1.2.3:5000"_s), qPrintable(result.error()));
    }
}

void TestEndpoint::parseEndpoint_formattedEndpoint_parsesBackToSame_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("port");

    QTest::newRow("ipv4") << u"239.1.2.3"_s << 5000;
    QTest::newRow("ipv6") << u"ff15::1"_s << 65535;
    QTest::newRow("ipv6 long") << u"ff3e:0:0:0:0:0:8000:1234"_s << 1;
}

void TestEndpoint::parseEndpoint_formattedEndpoint_parsesBackToSame()
{
    QFETCH(QString, group);
    QFETCH(int, port);

    const Endpoint endpoint{QHostAddress(group), quint16(port)};
    const auto result = parseEndpoint(endpoint.toString());
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value(), endpoint);
}

void TestEndpoint::parseAddress_unicastOrBracketed_accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address");

    QTest::newRow("ipv4 unicast") << u"192.0.2.10"_s << u"192.0.2.10"_s;
    QTest::newRow("ipv6 unicast") << u"2001:db8::10"_s << u"2001:db8::10"_s;
    QTest::newRow("ipv6 in brackets") << u"[2001:db8::10]"_s << u"2001:db8::10"_s;
    QTest::newRow("whitespace") << u" 192.0.2.10 "_s << u"192.0.2.10"_s;
    QTest::newRow("multicast") << u"239.1.2.3"_s << u"239.1.2.3"_s;
}

void TestEndpoint::parseAddress_unicastOrBracketed_accepted()
{
    QFETCH(QString, text);
    QFETCH(QString, address);

    const auto result = parseAddress(text, u"source"_s);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value(), QHostAddress(address));
}

void TestEndpoint::parseAddress_notAnAddress_refusedNamingField()
{
    for (const QString &text : {u"nope"_s, QString(), u"[]"_s, u"300.0.0.1"_s}) {
        const auto result = parseAddress(text, u"source"_s);
        QVERIFY2(!result.ok(), qPrintable(text));
        QVERIFY2(result.error().startsWith(u"source"_s), qPrintable(result.error()));
        QVERIFY2(result.error().contains(u"\"%1\""_s.arg(text)), qPrintable(result.error()));
    }
}

void TestEndpoint::groupAdvice_reservedOrLinkLocal_warns_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("suggestion");

    QTest::newRow("all-hosts") << u"224.0.0.1"_s << u"239.0.0.0/8"_s;
    QTest::newRow("mDNS, link-local block") << u"224.0.0.251"_s << u"239.0.0.0/8"_s;
    QTest::newRow("internetwork control block") << u"224.0.1.1"_s << u"239.0.0.0/8"_s;
    QTest::newRow("GLOP 233/8") << u"233.252.0.1"_s << u"239.0.0.0/8"_s;
    QTest::newRow("ipv6 link-local all-nodes") << u"ff02::1"_s << u"ff15::1"_s;
    QTest::newRow("ipv6 interface-local") << u"ff01::1"_s << u"ff15::1"_s;
    QTest::newRow("ipv6 link-local transient") << u"ff12::1234"_s << u"ff15::1"_s;
}

void TestEndpoint::groupAdvice_reservedOrLinkLocal_warns()
{
    QFETCH(QString, group);
    QFETCH(QString, suggestion);

    const QString advice = groupAdvice(QHostAddress(group));
    QVERIFY2(!advice.isEmpty(), qPrintable(group));
    QVERIFY2(advice.contains(group), qPrintable(advice));
    QVERIFY2(advice.contains(suggestion), qPrintable(advice));
}

void TestEndpoint::groupAdvice_testRange_empty_data()
{
    QTest::addColumn<QString>("group");

    QTest::newRow("administratively scoped") << u"239.1.2.3"_s;
    QTest::newRow("ipv4 ssm") << u"232.1.1.1"_s;
    QTest::newRow("ipv6 site-local") << u"ff15::1"_s;
    QTest::newRow("ipv6 global") << u"ff1e::1"_s;
    QTest::newRow("ipv6 ssm") << u"ff3e::1234"_s;
}

void TestEndpoint::groupAdvice_testRange_empty()
{
    QFETCH(QString, group);

    QCOMPARE(groupAdvice(QHostAddress(group)), QString());
}

void TestEndpoint::isSourceSpecificGroup_ranges_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<bool>("ssm");

    QTest::newRow("232.1.1.1") << u"232.1.1.1"_s << true;
    QTest::newRow("232.0.0.0") << u"232.0.0.0"_s << true;
    QTest::newRow("232.255.255.255") << u"232.255.255.255"_s << true;
    QTest::newRow("ff3e::1234") << u"ff3e::1234"_s << true;
    QTest::newRow("ff35::8000:1") << u"ff35::8000:1"_s << true;
    QTest::newRow("239.1.1.1") << u"239.1.1.1"_s << false;
    QTest::newRow("231.255.255.255") << u"231.255.255.255"_s << false;
    QTest::newRow("233.0.0.1") << u"233.0.0.1"_s << false;
    QTest::newRow("ff15::1") << u"ff15::1"_s << false;
    QTest::newRow("ff3e:1::1 (not ff3x::/32)") << u"ff3e:1::1"_s << false;
}

void TestEndpoint::isSourceSpecificGroup_ranges()
{
    QFETCH(QString, group);
    QFETCH(bool, ssm);

    QCOMPARE(isSourceSpecificGroup(QHostAddress(group)), ssm);
}

void TestEndpoint::formatAddressPort_ipv4AndIpv6_asTyped_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ipv4 group") << u"239.1.2.3"_s << 5000 << u"239.1.2.3:5000"_s;
    QTest::newRow("ipv4 unicast") << u"192.0.2.10"_s << 40000 << u"192.0.2.10:40000"_s;
    QTest::newRow("ipv6 group") << u"ff15::1"_s << 5000 << u"[ff15::1]:5000"_s;
    QTest::newRow("ipv6 unicast") << u"2001:db8::1"_s << 0 << u"[2001:db8::1]:0"_s;
}

void TestEndpoint::formatAddressPort_ipv4AndIpv6_asTyped()
{
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, expected);

    QCOMPARE(formatAddressPort(QHostAddress(address), quint16(port)), expected);
    QCOMPARE((Endpoint{QHostAddress(address), quint16(port)}.toString()), expected);
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
