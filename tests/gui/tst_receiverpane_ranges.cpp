// Tests for ReceiverPane's Join field with ranges and lists (no network: the receiver's answers are
// played by hand): what a join asks for, bad ranges as field problems, the joined list's count.
#include "endpointcombo.h"
#include "fieldstate.h"
#include "joinedgroupsmodel.h"
#include "receiverpane.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using mct::core::JoinRequest;
using mct::ui::ReceiverPane;

class TestReceiverPaneRanges final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void join_rangeAndList_asksForEachGroupWithTheSources();
    void join_rangeOverJoinedGroups_asksOnlyForTheRest();
    void groupField_badRange_problemNamedAndJoinDisabled_data();
    void groupField_badRange_problemNamedAndJoinDisabled();
    void sources_otherFamilyThanOneGroupOfTheList_refused();
    void doctor_rangeTyped_needsOneGroup();
    void senderField_range_saysOneGroupIsTaken();
};

void TestReceiverPaneRanges::join_rangeAndList_asksForEachGroupWithTheSources()
{
    ReceiverPane pane;
    pane.show();
    QSignalSpy asked(&pane, &ReceiverPane::joinRequested);
    pane.setGroup(QStringLiteral("232.1.1.1-232.1.1.3:5000-5001, 232.9.9.9:6000"));
    pane.setSources(QStringLiteral("10.0.0.1"));
    QVERIFY2(pane.joinAction()->isEnabled(), qPrintable(pane.joinProblem()));
    pane.joinAction()->trigger();

    const QStringList expected{QStringLiteral("232.1.1.1:5000"), QStringLiteral("232.1.1.1:5001"),
                               QStringLiteral("232.1.1.2:5000"), QStringLiteral("232.1.1.2:5001"),
                               QStringLiteral("232.1.1.3:5000"), QStringLiteral("232.1.1.3:5001"),
                               QStringLiteral("232.9.9.9:6000")};
    QStringList joined;
    for (const QList<QVariant> &signal : std::as_const(asked)) {
        const auto request = signal.at(0).value<JoinRequest>();
        joined.append(request.endpoint.toString());
        QCOMPARE(request.includeSources, QList<QHostAddress>{QHostAddress(QStringLiteral("10.0.0.1"))});
    }
    QCOMPARE(joined, expected);
}

void TestReceiverPaneRanges::join_rangeOverJoinedGroups_asksOnlyForTheRest()
{
    ReceiverPane pane;
    pane.show();
    pane.onJoined(JoinRequest{mct::core::parseEndpoint(QStringLiteral("239.2.0.2:5000")).value(), {}, {}, {}},
                  {QStringLiteral("eth0")});
    QCOMPARE(pane.joinedCount()->text(), QStringLiteral("Joined groups: 1"));
    QSignalSpy asked(&pane, &ReceiverPane::joinRequested);
    pane.setGroup(QStringLiteral("239.2.0.1-239.2.0.3:5000"));
    pane.joinAction()->trigger();
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.at(0).at(0).value<JoinRequest>().endpoint.toString(), QStringLiteral("239.2.0.1:5000"));
    QCOMPARE(asked.at(1).at(0).value<JoinRequest>().endpoint.toString(), QStringLiteral("239.2.0.3:5000"));
}

void TestReceiverPaneRanges::groupField_badRange_problemNamedAndJoinDisabled_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");
    QTest::newRow("reversed") << QStringLiteral("239.8.3.232-239.8.0.1:5000")
                              << QStringLiteral("comes after");
    QTest::newRow("mixed") << QStringLiteral("[239.1.1.1-ff15::1]:5000")
                           << QStringLiteral("address families");
    QTest::newRow("ipv6 beyond 16 bits")
            << QStringLiteral("[ff15::1:0-ff15::2:0]:5000") << QStringLiteral("last 16 bits");
    QTest::newRow("over 10,000") << QStringLiteral("239.1.0.0-239.1.255.255:5000")
                                 << QStringLiteral("the window joins at most");
    QTest::newRow("named twice") << QStringLiteral("239.1.1.1-239.1.1.5:5000 239.1.1.5:5000")
                                 << QStringLiteral("named twice");
    QTest::newRow("one bad in a list") << QStringLiteral("239.1.1.1:5000, 10.0.0.1:5000")
                                       << QStringLiteral("10.0.0.1 is not a multicast address");
}

void TestReceiverPaneRanges::groupField_badRange_problemNamedAndJoinDisabled()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    ReceiverPane pane;
    pane.show();
    QSignalSpy asked(&pane, &ReceiverPane::joinRequested);
    pane.setGroup(text);
    QVERIFY(mct::ui::fieldHasProblem(pane.groupField()));
    QVERIFY(!pane.joinAction()->isEnabled());
    QVERIFY2(pane.joinAction()->toolTip().contains(named), qPrintable(pane.joinAction()->toolTip()));
    pane.joinAction()->trigger();
    QCOMPARE(asked.size(), 0);
}

void TestReceiverPaneRanges::sources_otherFamilyThanOneGroupOfTheList_refused()
{
    ReceiverPane pane;
    pane.show();
    pane.setGroup(QStringLiteral("239.1.1.1-239.1.1.9:5000, [ff15::1]:5000"));
    pane.setSources(QStringLiteral("10.0.0.1"));
    QVERIFY(!pane.joinAction()->isEnabled());
    QVERIFY2(pane.sourcesHint()->text().contains(QStringLiteral("ff15::1")),
             qPrintable(pane.sourcesHint()->text()));
}

void TestReceiverPaneRanges::doctor_rangeTyped_needsOneGroup()
{
    ReceiverPane pane;
    pane.show();
    pane.setGroup(QStringLiteral("239.1.1.1:5000-5003"));
    QVERIFY(pane.joinAction()->isEnabled());
    QVERIFY(!pane.doctorAction()->isEnabled()); // the doctor looks at one group
    QVERIFY2(pane.request().error().contains(QStringLiteral("names 4 groups")),
             qPrintable(pane.request().error()));
}

void TestReceiverPaneRanges::senderField_range_saysOneGroupIsTaken()
{
    mct::ui::EndpointCombo field; // as the sender has it: one group
    field.setText(QStringLiteral("239.1.1.1-239.1.1.3:5000"));
    QVERIFY(field.endpoints().isEmpty());
    QVERIFY2(field.problem().contains(QStringLiteral("names 3 groups")), qPrintable(field.problem()));
}

QTEST_MAIN(TestReceiverPaneRanges)
#include "tst_receiverpane_ranges.moc"
