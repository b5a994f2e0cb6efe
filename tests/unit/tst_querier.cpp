// Unit tests for querier.h: IGMP and MLD queries off the wire, and what is said of a querier.
#include "querier.h"

#include <QTest>

using namespace mct::core;

class TestQuerier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void igmpV1Query_versionOneTenSeconds();
    void igmpV2GeneralQuery_versionTwo();
    void igmpV3Query_intervalRobustnessAndGroup();
    void igmpV3Query_floatingPointCodes();
    void igmp_notAQueryOrBadLength_refused();
    void mldV1Query_versionOne();
    void mldV2Query_intervalAndRobustness();
    void mld_notAQueryOrBadLength_refused();
    void everyShortPrefix_refusedWithoutReadingPastIt();
    void json_heardQuerier();
    void json_noneHeard_noAddress();
    void oldQuerierAndSourceSpecificJoin_warns();
    void advice_onlyWhenNoneHeard();
};

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (const int v : values) {
        out.append(char(v));
    }
    return out;
}

QByteArray mldQuery(int version, int group0 = 0)
{
    QByteArray q(version == 1 ? 24 : 28, '\0');
    q[0] = char(130);
    q[4] = char(0x27); // 10000 ms
    q[5] = char(0x10);
    q[8] = char(group0);
    if (version == 2) {
        q[24] = char(0x0A); // S flag 1, QRV 2
        q[25] = char(125);
    }
    return q;
}

} // namespace

void TestQuerier::igmpV1Query_versionOneTenSeconds()
{
    const auto q = parseIgmpQuery(bytes({0x11, 0, 0xEE, 0xFF, 0, 0, 0, 0}));
    QVERIFY(q);
    QCOMPARE(q->version, 1);
    QCOMPARE(q->maxResponseMs, 10000);
    QVERIFY(q->isGeneral());
    QCOMPARE(q->intervalS, -1);
}

void TestQuerier::igmpV2GeneralQuery_versionTwo()
{
    const auto q = parseIgmpQuery(bytes({0x11, 100, 0xEE, 0x9B, 0, 0, 0, 0}));
    QVERIFY(q);
    QCOMPARE(q->version, 2);
    QCOMPARE(q->maxResponseMs, 10000);
    QCOMPARE(q->robustness, -1);
}

void TestQuerier::igmpV3Query_intervalRobustnessAndGroup()
{
    const auto q = parseIgmpQuery(bytes({0x11, 100, 0, 0, 239, 1, 2, 3, 0x02, 125, 0, 0}));
    QVERIFY(q);
    QCOMPARE(q->version, 3);
    QCOMPARE(q->intervalS, 125);
    QCOMPARE(q->robustness, 2);
    QCOMPARE(q->group, QHostAddress(QStringLiteral("239.1.2.3")));
    QVERIFY(!q->isGeneral());
}

void TestQuerier::igmpV3Query_floatingPointCodes()
{
    // RFC 3376 4.1.1: 0x80 | exp << 4 | mant = (mant | 0x10) << (exp + 3).
    QCOMPARE(decodeQueryCode(127), 127);
    QCOMPARE(decodeQueryCode(0x80), 128);
    QCOMPARE(decodeQueryCode(0xFF), 31744);
    const auto q = parseIgmpQuery(bytes({0x11, 0x8A, 0, 0, 0, 0, 0, 0, 0x00, 0x90, 0, 0}));
    QVERIFY(q);
    QCOMPARE(q->maxResponseMs, 26 * 8 * 100);
    QCOMPARE(q->intervalS, 16 << 4);
    QCOMPARE(q->robustness, -1); // 0 in the packet: the querier says nothing
}

void TestQuerier::igmp_notAQueryOrBadLength_refused()
{
    QVERIFY(!parseIgmpQuery(bytes({0x16, 0, 0, 0, 239, 1, 2, 3})));           // v2 report
    QVERIFY(!parseIgmpQuery(bytes({0x22, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0}))); // v3 report
    QVERIFY(!parseIgmpQuery(bytes({0x11, 100, 0, 0, 0, 0, 0, 0, 0, 0})));     // 10 bytes: RFC 3376 7.1
    QVERIFY(!parseIgmpQuery(bytes({0x11, 100, 0, 0, 0, 0, 0})));
}

void TestQuerier::mldV1Query_versionOne()
{
    const auto q = parseMldQuery(mldQuery(1));
    QVERIFY(q);
    QVERIFY(q->ipv6);
    QCOMPARE(q->version, 1);
    QCOMPARE(q->maxResponseMs, 10000);
    QVERIFY(q->isGeneral());
}

void TestQuerier::mldV2Query_intervalAndRobustness()
{
    const auto q = parseMldQuery(mldQuery(2, 0xFF));
    QVERIFY(q);
    QCOMPARE(q->version, 2);
    QCOMPARE(q->intervalS, 125);
    QCOMPARE(q->robustness, 2);
    QCOMPARE(q->group.toString(), QStringLiteral("ff00::"));
}

void TestQuerier::mld_notAQueryOrBadLength_refused()
{
    QByteArray report = mldQuery(1);
    report[0] = char(131);
    QVERIFY(!parseMldQuery(report));
    QVERIFY(!parseMldQuery(mldQuery(2).first(26)));
    QVERIFY(!parseMldQuery(mldQuery(1).first(23)));
}

void TestQuerier::everyShortPrefix_refusedWithoutReadingPastIt()
{
    const QByteArray igmp = bytes({0x11, 100, 0, 0, 0, 0, 0, 0, 0x02, 125, 0, 0});
    const QByteArray mld = mldQuery(2);
    for (qsizetype n = 0; n < igmp.size(); ++n) {
        // A copy of exactly n bytes: AddressSanitizer sees a read past it.
        const QByteArray cut = igmp.first(n);
        QCOMPARE(parseIgmpQuery(cut).has_value(), n == 8);
    }
    for (qsizetype n = 0; n < mld.size(); ++n) {
        const QByteArray cut = mld.first(n);
        QCOMPARE(parseMldQuery(cut).has_value(), n == 24);
    }
}

void TestQuerier::json_heardQuerier()
{
    QuerierInfo info;
    info.interfaceName = QStringLiteral("eth0");
    info.state = QuerierInfo::State::Heard;
    info.address = QHostAddress(QStringLiteral("10.0.0.254"));
    info.version = 3;
    info.intervalS = 125;
    info.robustness = 2;
    info.lastQueryNs = 1'000'000'000;
    const QJsonObject o = querierToJson(info, 13'000'000'000);
    QCOMPARE(o.value(QStringLiteral("interface")).toString(), QStringLiteral("eth0"));
    QCOMPARE(o.value(QStringLiteral("family")).toString(), QStringLiteral("ipv4"));
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("heard"));
    QCOMPARE(o.value(QStringLiteral("address")).toString(), QStringLiteral("10.0.0.254"));
    QCOMPARE(o.value(QStringLiteral("version")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("interval_s")).toInt(), 125);
    QCOMPARE(o.value(QStringLiteral("age_s")).toDouble(), 12.0);
    QCOMPARE(querierToText(info, 13'000'000'000),
             QStringLiteral("querier on eth0 (IPv4): 10.0.0.254, IGMPv3, every 125 s, last query 12 s ago"));
}

void TestQuerier::json_noneHeard_noAddress()
{
    QuerierInfo info;
    info.interfaceName = QStringLiteral("eth1");
    info.ipv6 = true;
    info.state = QuerierInfo::State::None;
    info.watchingSinceNs = 0;
    const QJsonObject o = querierToJson(info, 135'000'000'000);
    QCOMPARE(o.value(QStringLiteral("family")).toString(), QStringLiteral("ipv6"));
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("none"));
    QVERIFY(!o.contains(QStringLiteral("address")));
    QVERIFY(!o.contains(QStringLiteral("version")));
    QCOMPARE(querierToText(info, 135'000'000'000),
             QStringLiteral("querier on eth1 (IPv6): none heard in 135 s"));
}

void TestQuerier::oldQuerierAndSourceSpecificJoin_warns()
{
    QuerierInfo info;
    info.interfaceName = QStringLiteral("eth0");
    info.state = QuerierInfo::State::Heard;
    info.address = QHostAddress(QStringLiteral("10.0.0.1"));
    info.version = 2;
    QVERIFY(info.oldVersion());
    QVERIFY(querierFallbackWarning(info).isEmpty()); // no source-specific join: nothing is lost
    info.sourceSpecificJoins = true;
    QVERIFY(querierFallbackWarning(info).contains(QStringLiteral("IGMPv2")));
    QVERIFY(querierToJson(info, 0).value(QStringLiteral("sources_lost")).toBool());
    info.version = 3;
    QVERIFY(querierFallbackWarning(info).isEmpty());
    info.ipv6 = true;
    info.version = 1;
    QVERIFY(querierFallbackWarning(info).contains(QStringLiteral("MLDv1")));
}

void TestQuerier::advice_onlyWhenNoneHeard()
{
    QuerierInfo info;
    QVERIFY(querierAdvice(info).isEmpty()); // waiting: nothing to say yet
    info.state = QuerierInfo::State::Heard;
    QVERIFY(querierAdvice(info).isEmpty());
    info.state = QuerierInfo::State::None;
    QVERIFY(querierAdvice(info).contains(QStringLiteral("IGMP querier")));
    QVERIFY(querierAdvice(info).contains(QStringLiteral("260 s")));
}

QTEST_GUILESS_MAIN(TestQuerier)
#include "tst_querier.moc"
