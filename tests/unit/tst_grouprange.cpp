// Unit tests for grouprange.h: ranges of groups and ports, lists, groups files, the 10,000 limit.
#include "grouprange.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace mct::core;
using namespace Qt::StringLiterals;

namespace {

QStringList endpointTexts(const QList<Endpoint> &endpoints)
{
    QStringList out;
    for (const Endpoint &e : endpoints) {
        out.append(e.toString());
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestGroupRange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseGroupRange_validText_countsGroupsAndPorts_data();
    void parseGroupRange_validText_countsGroupsAndPorts();
    void parseGroupRange_badRange_refusedNamingWhy_data();
    void parseGroupRange_badRange_refusedNamingWhy();
    void parseGroupRange_singleGroup_sameMessagesAsParseEndpoint_data();
    void parseGroupRange_singleGroup_sameMessagesAsParseEndpoint();
    void parseGroupRange_toString_parsesBackToSame_data();
    void parseGroupRange_toString_parsesBackToSame();

    void endpoints_ipv4AcrossOctets_inOrderEachOnEveryPort();
    void endpoints_ipv6LastSixteenBits_allMulticastAndDistinct();

    void parseGroupList_commasAndSpaces_eachItem();
    void parseGroupList_oneBad_refusedNamingIt();

    void parseGroupsText_commentsAndBlankLines_skipped();
    void parseGroupsText_badLine_namesFileAndLine();
    void parseGroupsText_noGroup_refused();
    void readGroupsFile_unreadableOrDirectory_refusedNamingFile();
    void readGroupsFile_validFile_itemsCarryFileAndLine();

    void expandGroups_overTenThousand_needsForce();
    void expandGroups_beyondForcedLimit_refusedEvenForced();
    void expandGroups_sameGroupTwice_refusedNamingBothPlaces();

    void rangeAdvice_reservedInside_warnsOnce();
    void firstSourceSpecificGroup_ssmInside_found();

    void parseSingleEndpoint_range_saysOneGroupTakenAndCount();
};

void TestGroupRange::parseGroupRange_validText_countsGroupsAndPorts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("groups");
    QTest::addColumn<quint64>("ports");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");

    // 239.8.0.1 .. 239.8.3.232: 3 * 256 + 232 = 1000 groups.
    QTest::newRow("ipv4 across octets") << u"239.8.0.1-239.8.3.232:5000"_s << quint64(1000) << quint64(1)
                                        << u"239.8.0.1"_s << u"239.8.3.232"_s;
    QTest::newRow("ipv4 whole 239/8") << u"239.0.0.0-239.255.255.255:5000"_s << (quint64(1) << 24)
                                      << quint64(1) << u"239.0.0.0"_s << u"239.255.255.255"_s;
    QTest::newRow("port range") << u"239.1.1.1:5000-5009"_s << quint64(1) << quint64(10) << u"239.1.1.1"_s
                                << u"239.1.1.1"_s;
    QTest::newRow("both") << u"239.1.1.1-239.1.1.4:5000-5002"_s << quint64(4) << quint64(3) << u"239.1.1.1"_s
                          << u"239.1.1.4"_s;
    QTest::newRow("ipv6 in one bracket") << u"[ff3e::8000:1-ff3e::8000:3e8]:5000"_s << quint64(1000)
                                         << quint64(1) << u"ff3e::8000:1"_s << u"ff3e::8000:3e8"_s;
    QTest::newRow("ipv6 in two brackets") << u"[ff15::1]-[ff15::ffff]:5000-5001"_s << quint64(65535)
                                          << quint64(2) << u"ff15::1"_s << u"ff15::ffff"_s;
    QTest::newRow("single group") << u" 239.1.2.3:5000 "_s << quint64(1) << quint64(1) << u"239.1.2.3"_s
                                  << u"239.1.2.3"_s;
    QTest::newRow("range of one") << u"239.1.2.3-239.1.2.3:5000-5000"_s << quint64(1) << quint64(1)
                                  << u"239.1.2.3"_s << u"239.1.2.3"_s;
    QTest::newRow("whole port span") << u"239.1.2.3:1-65535"_s << quint64(1) << quint64(65535)
                                     << u"239.1.2.3"_s << u"239.1.2.3"_s;
}

void TestGroupRange::parseGroupRange_validText_countsGroupsAndPorts()
{
    QFETCH(QString, text);
    QFETCH(quint64, groups);
    QFETCH(quint64, ports);
    QFETCH(QString, first);
    QFETCH(QString, last);

    const auto range = parseGroupRange(text);
    QVERIFY2(range.ok(), qPrintable(range.error()));
    QCOMPARE(range.value().groupCount(), groups);
    QCOMPARE(range.value().portCount(), ports);
    QCOMPARE(range.value().size(), groups * ports);
    QCOMPARE(range.value().first, QHostAddress(first));
    QCOMPARE(range.value().last, QHostAddress(last));
    QCOMPARE(range.value().group(groups - 1), QHostAddress(last));
}

void TestGroupRange::parseGroupRange_badRange_refusedNamingWhy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("reversed groups") << u"239.8.3.232-239.8.0.1:5000"_s << u"comes after the last"_s;
    QTest::newRow("reversed ipv6") << u"[ff15::9-ff15::1]:5000"_s << u"comes after the last"_s;
    QTest::newRow("reversed ports") << u"239.1.1.1:5009-5000"_s << u"port 5009 comes after 5000"_s;
    QTest::newRow("mixed families") << u"[239.1.1.1-ff15::1]:5000"_s << u"different address families"_s;
    QTest::newRow("unicast first") << u"10.0.0.1-239.0.0.1:5000"_s << u"10.0.0.1 is not a multicast"_s;
    QTest::newRow("unicast last") << u"239.0.0.1-240.0.0.1:5000"_s << u"240.0.0.1 is not a multicast"_s;
    QTest::newRow("ipv6 beyond 16 bits") << u"[ff3e::1:0-ff3e::2:0]:5000"_s << u"last 16 bits"_s;
    QTest::newRow("ipv6 unicast") << u"[2001:db8::1-2001:db8::5]:5000"_s << u"not a multicast"_s;
    QTest::newRow("short last end") << u"239.1.1.1-10:5000"_s << u"\"10\" is not an IP address"_s;
    QTest::newRow("two dashes") << u"239.1.1.1-239.1.1.2-239.1.1.3:5000"_s << u"one \"-\""_s;
    QTest::newRow("empty first end") << u"-239.1.1.3:5000"_s << u"\"\" is not an IP address"_s;
    QTest::newRow("port zero") << u"239.1.1.1:0-10"_s << u"port \"0\" is not valid"_s;
    QTest::newRow("port too big") << u"239.1.1.1:65535-65536"_s << u"port \"65536\" is not valid"_s;
    QTest::newRow("open port range") << u"239.1.1.1:5000-"_s << u"port \"\" is not valid"_s;
    QTest::newRow("two port dashes") << u"239.1.1.1:1-2-3"_s << u"one \"-\""_s;
    QTest::newRow("ipv6 range without brackets") << u"ff15::1-ff15::5:5000"_s << u"brackets"_s;
    QTest::newRow("range without port") << u"239.1.1.1-239.1.1.5"_s << u"missing port"_s;
    QTest::newRow("zone in range") << u"[ff12::1%lo-ff12::5]:5000"_s << u"zone"_s;
    QTest::newRow("inet_aton shorthand") << u"239.1-239.2:5000"_s << u"\"239.1\" is not an IP address"_s;
}

void TestGroupRange::parseGroupRange_badRange_refusedNamingWhy()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const auto range = parseGroupRange(text);
    QVERIFY(!range.ok());
    QVERIFY2(range.error().contains(expected), qPrintable(range.error()));
}

void TestGroupRange::parseGroupRange_singleGroup_sameMessagesAsParseEndpoint_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("unicast") << u"10.0.0.1:5000"_s;
    QTest::newRow("no port") << u"239.1.2.3"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("ipv6 zone") << u"[ff12::1%lo]:5000"_s;
    QTest::newRow("open bracket") << u"[ff15::1:5000"_s;
}

void TestGroupRange::parseGroupRange_singleGroup_sameMessagesAsParseEndpoint()
{
    QFETCH(QString, text);
    const auto range = parseGroupRange(text);
    const auto endpoint = parseEndpoint(text);
    QVERIFY(!range.ok());
    QVERIFY(!endpoint.ok());
    QCOMPARE(range.error(), endpoint.error());
}

void TestGroupRange::parseGroupRange_toString_parsesBackToSame_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ipv4") << u"239.8.0.1-239.8.3.232:5000"_s;
    QTest::newRow("ports") << u"239.1.1.1:5000-5009"_s;
    QTest::newRow("ipv6") << u"[ff3e::8000:1-ff3e::8000:3e8]:5000-5001"_s;
    QTest::newRow("single") << u"[ff15::1]:5000"_s;
}

void TestGroupRange::parseGroupRange_toString_parsesBackToSame()
{
    QFETCH(QString, text);
    const auto range = parseGroupRange(text);
    QVERIFY2(range.ok(), qPrintable(range.error()));
    QCOMPARE(range.value().toString(), text);
    const auto again = parseGroupRange(range.value().toString());
    QVERIFY(again.ok());
    QVERIFY(again.value() == range.value());
}

void TestGroupRange::endpoints_ipv4AcrossOctets_inOrderEachOnEveryPort()
{
    const auto range = parseGroupRange(u"239.1.1.254-239.1.2.1:5000-5001"_s);
    QVERIFY(range.ok());
    QCOMPARE(endpointTexts(range.value().endpoints()),
             (QStringList{u"239.1.1.254:5000"_s, u"239.1.1.254:5001"_s, u"239.1.1.255:5000"_s,
                          u"239.1.1.255:5001"_s, u"239.1.2.0:5000"_s, u"239.1.2.0:5001"_s,
                          u"239.1.2.1:5000"_s, u"239.1.2.1:5001"_s}));
}

void TestGroupRange::endpoints_ipv6LastSixteenBits_allMulticastAndDistinct()
{
    const auto range = parseGroupRange(u"[ff3e::8000:1-ff3e::8000:3e8]:5000"_s);
    QVERIFY(range.ok());
    const QList<Endpoint> endpoints = range.value().endpoints();
    QCOMPARE(quint64(endpoints.size()), range.value().size());
    const QSet<Endpoint> distinct(endpoints.cbegin(), endpoints.cend());
    QCOMPARE(distinct.size(), endpoints.size());
    for (const Endpoint &e : endpoints) {
        QVERIFY(e.isIPv6());
        QVERIFY(e.group.isMulticast());
    }
    QCOMPARE(endpoints.at(9).group, QHostAddress(u"ff3e::8000:a"_s));
    QCOMPARE(endpoints.constLast().group, QHostAddress(u"ff3e::8000:3e8"_s));
}

void TestGroupRange::parseGroupList_commasAndSpaces_eachItem()
{
    const auto list = parseGroupList(u" 239.1.1.1:5000, [ff15::1]:5000\t239.2.0.1-239.2.0.3:6000-6001,"_s);
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QCOMPARE(list.value().size(), 3);
    QCOMPARE(list.value().at(2).text, u"239.2.0.1-239.2.0.3:6000-6001"_s);
    QCOMPARE(totalSize(list.value()), quint64(1 + 1 + 6));
    QVERIFY(parseGroupList(u" , "_s).value().isEmpty());
}

void TestGroupRange::parseGroupList_oneBad_refusedNamingIt()
{
    const auto list = parseGroupList(u"239.1.1.1:5000, 239.1.1.9-239.1.1.2:5000"_s);
    QVERIFY(!list.ok());
    QVERIFY2(list.error().contains(u"239.1.1.9-239.1.1.2:5000"_s), qPrintable(list.error()));
}

void TestGroupRange::parseGroupsText_commentsAndBlankLines_skipped()
{
    const auto items =
            parseGroupsText(u"# channel line-up\n\n239.1.1.1:5000\n  239.2.0.1-239.2.0.10:5000  # news\r\n"
                            "[ff15::1]:5000-5001\n# the end"_s,
                            u"lineup.txt"_s);
    QVERIFY2(items.ok(), qPrintable(items.error()));
    QCOMPARE(items.value().size(), 3);
    QCOMPARE(items.value().at(1).origin, u"lineup.txt:4"_s);
    QCOMPARE(totalSize(items.value()), quint64(1 + 10 + 2));
}

void TestGroupRange::parseGroupsText_badLine_namesFileAndLine()
{
    const auto items = parseGroupsText(u"239.1.1.1:5000\n# fine so far\n239.1.1.300:5000\n"_s, u"g.txt"_s);
    QVERIFY(!items.ok());
    QVERIFY2(items.error().startsWith(u"g.txt:3: "_s), qPrintable(items.error()));
    QVERIFY2(items.error().contains(u"239.1.1.300"_s), qPrintable(items.error()));
}

void TestGroupRange::parseGroupsText_noGroup_refused()
{
    const auto items = parseGroupsText(u"# only a comment\n\n"_s, u"empty.txt"_s);
    QVERIFY(!items.ok());
    QVERIFY2(items.error().contains(u"empty.txt"_s) && items.error().contains(u"no group"_s),
             qPrintable(items.error()));
}

void TestGroupRange::readGroupsFile_unreadableOrDirectory_refusedNamingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"missing.txt"_s);
    const auto none = readGroupsFile(missing);
    QVERIFY(!none.ok());
    QVERIFY2(none.error().contains(missing), qPrintable(none.error()));

    const auto directory = readGroupsFile(dir.path());
    QVERIFY(!directory.ok());
    QVERIFY2(directory.error().contains(u"directory"_s), qPrintable(directory.error()));
}

void TestGroupRange::readGroupsFile_validFile_itemsCarryFileAndLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"groups.txt"_s);
    QVERIFY(writeFile(path, "239.5.0.1-239.5.0.200:5000\n\n# IPv6 too\n[ff15::1]:5001\n"));
    const auto items = readGroupsFile(path);
    QVERIFY2(items.ok(), qPrintable(items.error()));
    QCOMPARE(items.value().size(), 2);
    QCOMPARE(items.value().at(1).origin, path + u":4"_s);
    QCOMPARE(totalSize(items.value()), quint64(201));
}

void TestGroupRange::expandGroups_overTenThousand_needsForce()
{
    const auto limit = parseGroupList(u"239.1.0.1-239.1.39.16:5000"_s); // 39 * 256 + 16 = 10,000
    QVERIFY(limit.ok());
    QCOMPARE(totalSize(limit.value()), kMaxGroupsUnforced);
    QVERIFY(expandGroups(limit.value(), false).ok());

    const auto over = parseGroupList(u"239.1.0.1-239.1.39.16:5000 239.9.9.9:5000"_s);
    const auto refused = expandGroups(over.value(), false);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"10001"_s) && refused.error().contains(u"--force"_s),
             qPrintable(refused.error()));
    const auto forced = expandGroups(over.value(), true);
    QVERIFY2(forced.ok(), qPrintable(forced.error()));
    QCOMPARE(quint64(forced.value().size()), kMaxGroupsUnforced + 1);
}

void TestGroupRange::expandGroups_beyondForcedLimit_refusedEvenForced()
{
    // 2^28 groups on 65,535 ports: the count is refused before any memory is taken for it.
    const auto huge = parseGroupList(u"224.0.0.0-239.255.255.255:1-65535"_s);
    QVERIFY(huge.ok());
    const auto refused = expandGroups(huge.value(), true);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QString::number((quint64(1) << 28) * 65535)),
             qPrintable(refused.error()));
}

void TestGroupRange::expandGroups_sameGroupTwice_refusedNamingBothPlaces()
{
    auto items = parseGroupList(u"239.1.1.1-239.1.1.10:5000"_s).value();
    items.append(parseGroupsText(u"# more\n239.1.1.7:5000\n"_s, u"more.txt"_s).value());
    const auto refused = expandGroups(items, false);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"239.1.1.7:5000 is named twice"_s), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"\"239.1.1.1-239.1.1.10:5000\""_s), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"more.txt:2"_s), qPrintable(refused.error()));

    // The same group on another port is another join.
    items = parseGroupList(u"239.1.1.1-239.1.1.10:5000 239.1.1.1-239.1.1.10:5001"_s).value();
    QCOMPARE(expandGroups(items, false).value().size(), 20);
}

void TestGroupRange::rangeAdvice_reservedInside_warnsOnce()
{
    const auto range = parseGroupRange(u"223.255.255.255-224.0.0.5:5000"_s);
    QVERIFY(!range.ok()); // 223.255.255.255 is unicast
    const auto reserved = parseGroupRange(u"224.0.0.250-224.0.1.5:5000"_s);
    QVERIFY(reserved.ok());
    QCOMPARE(rangeAdvice(reserved.value()), groupAdvice(QHostAddress(u"224.0.0.250"_s)));
    QVERIFY(rangeAdvice(parseGroupRange(u"239.1.1.1-239.1.9.9:5000"_s).value()).isEmpty());
}

void TestGroupRange::firstSourceSpecificGroup_ssmInside_found()
{
    const auto range = parseGroupRange(u"231.255.255.254-232.0.0.3:5000"_s);
    QVERIFY(range.ok());
    QCOMPARE(firstSourceSpecificGroup(range.value()), QHostAddress(u"232.0.0.0"_s));
    QVERIFY(firstSourceSpecificGroup(parseGroupRange(u"239.0.0.1-239.0.0.9:1"_s).value()).isNull());
}

void TestGroupRange::parseSingleEndpoint_range_saysOneGroupTakenAndCount()
{
    const auto range = parseSingleEndpoint(u"239.1.1.1-239.1.1.5:5000-5001"_s);
    QVERIFY(!range.ok());
    QVERIFY2(range.error().contains(u"names 10 groups"_s) && range.error().contains(u"one GROUP:PORT"_s),
             qPrintable(range.error()));
    QCOMPARE(parseSingleEndpoint(u"239.1.1.1-239.1.1.1:5000"_s).value().toString(), u"239.1.1.1:5000"_s);
    QCOMPARE(parseSingleEndpoint(u"10.0.0.1:5000"_s).error(), parseEndpoint(u"10.0.0.1:5000"_s).error());
}

QTEST_GUILESS_MAIN(TestGroupRange)
#include "tst_grouprange.moc"
