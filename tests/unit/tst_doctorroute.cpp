// The doctor's route check, graded by how the group is joined: a join on every multicast-capable
// interface needs no route, one on a named interface neither, one left to the route does.
#include "doctor.h"

#include <QTest>

#include <cerrno>

using namespace Qt::StringLiterals;
using mct::core::CheckStatus;
using mct::core::DoctorOptions;
using mct::core::judgeRoute;

namespace {

DoctorOptions options(const QString &interfaceName, DoctorOptions::Audience audience)
{
    DoctorOptions o;
    o.endpoint = mct::core::parseEndpoint(u"239.1.2.3:5000"_s).value();
    o.interfaceName = interfaceName;
    o.audience = audience;
    return o;
}

} // namespace

class TestDoctorRoute final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noRoute_joinedOnEveryInterface_passSayingWhy_data();
    void noRoute_joinedOnEveryInterface_passSayingWhy();
    void noRoute_noMulticastInterface_failWithFix();
    void noRoute_namedInterface_warnForSenders();
    void route_leadsElsewhereThanNamed_warn();
    void route_present_pass();
};

void TestDoctorRoute::noRoute_joinedOnEveryInterface_passSayingWhy_data()
{
    QTest::addColumn<DoctorOptions::Audience>("audience");
    QTest::newRow("command line") << DoctorOptions::Audience::CommandLine;
    QTest::newRow("window") << DoctorOptions::Audience::Window;
}

void TestDoctorRoute::noRoute_joinedOnEveryInterface_passSayingWhy()
{
    // "All multicast interfaces" (no -i): the group is joined on each by name, so receiving works
    // without 224.0.0.0/4; no FAIL beside "packets arrive".
    QFETCH(DoctorOptions::Audience, audience);
    const auto check = judgeRoute(options({}, audience), ENETUNREACH, {}, {u"eth0"_s, u"eth1"_s});
    QCOMPARE(check.id, u"route"_s);
    QCOMPARE(check.status, CheckStatus::Pass);
    QVERIFY2(check.summary.contains(u"receiving needs none"_s), qPrintable(check.summary));
    QVERIFY2(check.summary.contains(u"eth0, eth1"_s), qPrintable(check.summary));
    const bool window = audience == DoctorOptions::Audience::Window;
    QCOMPARE(check.summary.contains(u"-i"_s), !window);
    QCOMPARE(check.summary.contains(u"All multicast interfaces"_s), window);
}

void TestDoctorRoute::noRoute_noMulticastInterface_failWithFix()
{
    // Nothing to join on by name: the join goes by the route, and there is none.
    const auto check = judgeRoute(options({}, DoctorOptions::Audience::CommandLine), ENETUNREACH, {}, {});
    QCOMPARE(check.status, CheckStatus::Fail);
    QVERIFY2(check.fix.contains(u"-i"_s) && check.fix.contains(u"ip route add 224.0.0.0/4"_s),
             qPrintable(check.fix));
    const auto window = judgeRoute(options({}, DoctorOptions::Audience::Window), ENETUNREACH, {}, {});
    QVERIFY2(!window.fix.contains(u"-i"_s) && window.fix.contains(u"Interface list"_s),
             qPrintable(window.fix));
}

void TestDoctorRoute::noRoute_namedInterface_warnForSenders()
{
    const auto check = judgeRoute(options(u"eth1"_s, DoctorOptions::Audience::CommandLine), ENETUNREACH, {},
                                  {u"eth1"_s});
    QCOMPARE(check.status, CheckStatus::Warn);
    QVERIFY2(check.fix.contains(u"-i eth1"_s), qPrintable(check.fix));
}

void TestDoctorRoute::route_leadsElsewhereThanNamed_warn()
{
    const auto check =
            judgeRoute(options(u"eth1"_s, DoctorOptions::Audience::Window), 0, u"eth0"_s, {u"eth1"_s});
    QCOMPARE(check.status, CheckStatus::Warn);
    QVERIFY2(check.summary.contains(u"eth0"_s) && !check.fix.contains(u"-i"_s), qPrintable(check.fix));
}

void TestDoctorRoute::route_present_pass()
{
    const auto check = judgeRoute(options({}, DoctorOptions::Audience::CommandLine), 0, u"eth0"_s,
                                  {u"eth0"_s, u"eth1"_s});
    QCOMPARE(check.status, CheckStatus::Pass);
    QVERIFY(check.fix.isEmpty());
    QVERIFY2(check.summary.contains(u"leads out of eth0"_s), qPrintable(check.summary));
}

QTEST_GUILESS_MAIN(TestDoctorRoute)
#include "tst_doctorroute.moc"
