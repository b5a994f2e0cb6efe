// Tests for ReceiverPane's source filters: validation per address, the SSM advice, what a join asks
// for, how joins with sources are saved, and what "Why no packets?" looks at.
#include "fieldstate.h"
#include "joinedgroupsmodel.h"
#include "receiverpane.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using mct::core::JoinRequest;
using mct::ui::FieldHint;
using mct::ui::ReceiverPane;

class TestReceiverPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sources_badAddress_marksFieldAndDisablesJoin();
    void sources_sourceSpecificGroupWithout_advises();
    void join_withSources_requestCarriesIncludeOrExclude();
    void savedJoins_withSources_roundTrip();
    void doctorRequest_selectedGroupElseFields();
};

void TestReceiverPane::sources_badAddress_marksFieldAndDisablesJoin()
{
    ReceiverPane pane;
    pane.show();
    pane.setGroup(QStringLiteral("239.1.2.3:5000"));
    QVERIFY(pane.joinAction()->isEnabled());

    pane.setSources(QStringLiteral("10.0.0.1, 10.0.0.x"));
    QVERIFY(mct::ui::fieldHasProblem(pane.sourcesField()));
    QVERIFY(!pane.joinAction()->isEnabled());
    QVERIFY2(pane.joinAction()->toolTip().contains(QStringLiteral("10.0.0.x")),
             qPrintable(pane.joinAction()->toolTip()));
    QCOMPARE(pane.sourcesHint()->kind(), FieldHint::Kind::Problem);
    QVERIFY(pane.sourcesHint()->text().contains(QStringLiteral("Sources")));

    pane.setSources(QStringLiteral("239.9.9.9")); // a group is nobody's source address
    QVERIFY(!pane.joinAction()->isEnabled());
    QVERIFY(pane.sourcesHint()->text().contains(QStringLiteral("multicast")));

    pane.setSources(QStringLiteral("2001:db8::1")); // IPv6 source for an IPv4 group
    QVERIFY(!pane.joinAction()->isEnabled());
    QVERIFY(pane.sourcesHint()->text().contains(QStringLiteral("address family")));

    pane.setSources(QStringLiteral(" 10.0.0.1 ,10.0.0.2, "));
    QVERIFY(!mct::ui::fieldHasProblem(pane.sourcesField()));
    QVERIFY(pane.joinAction()->isEnabled());
    QVERIFY(!pane.sourcesHint()->isVisible());
}

void TestReceiverPane::sources_sourceSpecificGroupWithout_advises()
{
    ReceiverPane pane;
    pane.show();
    for (const char *group : {"232.1.1.1:5000", "[ff35::1]:5000"}) {
        pane.setGroup(QString::fromLatin1(group));
        pane.setSources(QString());
        QVERIFY2(pane.sourcesHint()->isVisible(), group);
        QCOMPARE(pane.sourcesHint()->kind(), FieldHint::Kind::Advice);
        QVERIFY(pane.sourcesHint()->text().contains(QStringLiteral("source-specific")));
        QVERIFY(pane.joinAction()->isEnabled()); // advice, not a problem
    }
    pane.setGroup(QStringLiteral("232.1.1.1:5000"));
    pane.setSources(QStringLiteral("10.0.0.1"));
    QVERIFY(!pane.sourcesHint()->isVisible());
    pane.setSources(QStringLiteral("10.0.0.1"), true); // "all but" is no source-specific join
    QVERIFY(pane.sourcesHint()->isVisible());
    pane.setGroup(QStringLiteral("239.1.1.1:5000"));
    pane.setSources(QString());
    QVERIFY(!pane.sourcesHint()->isVisible());
}

void TestReceiverPane::join_withSources_requestCarriesIncludeOrExclude()
{
    ReceiverPane pane;
    QSignalSpy joins(&pane, &ReceiverPane::joinRequested);
    pane.setGroup(QStringLiteral("232.1.1.1:5000"));
    pane.setSources(QStringLiteral("10.0.0.1, 10.0.0.2"));
    pane.joinAction()->trigger();
    pane.setSources(QStringLiteral("10.0.0.3"), true);
    pane.joinAction()->trigger();
    QCOMPARE(joins.count(), 2);
    const auto include = joins.at(0).at(0).value<JoinRequest>();
    QCOMPARE(include.includeSources, (QList<QHostAddress>{QHostAddress(QStringLiteral("10.0.0.1")),
                                                          QHostAddress(QStringLiteral("10.0.0.2"))}));
    QVERIFY(include.excludeSources.isEmpty());
    const auto exclude = joins.at(1).at(0).value<JoinRequest>();
    QVERIFY(exclude.includeSources.isEmpty());
    QCOMPARE(exclude.excludeSources, QList<QHostAddress>{QHostAddress(QStringLiteral("10.0.0.3"))});
}

void TestReceiverPane::savedJoins_withSources_roundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("pane.ini")), QSettings::IniFormat);
    {
        ReceiverPane pane;
        JoinRequest a{mct::core::parseEndpoint(QStringLiteral("232.1.1.1:5000")).value(),
                      QStringLiteral("eth0"),
                      {QHostAddress(QStringLiteral("10.0.0.1")), QHostAddress(QStringLiteral("10.0.0.2"))},
                      {}};
        JoinRequest b{mct::core::parseEndpoint(QStringLiteral("[ff15::1]:5001")).value(),
                      {},
                      {},
                      {QHostAddress(QStringLiteral("fd00::2"))}};
        JoinRequest c{mct::core::parseEndpoint(QStringLiteral("239.1.1.1:5002")).value(), {}, {}, {}};
        for (const JoinRequest &r : {a, b, c}) {
            pane.onJoined(r, {QStringLiteral("eth0")});
        }
        pane.setSources(QStringLiteral("10.9.9.9"), true);
        pane.saveSettings(settings);
    }
    const QList<JoinRequest> joins = ReceiverPane::savedJoins(settings);
    QCOMPARE(joins.size(), 3);
    QCOMPARE(joins.at(0).interfaceName, QStringLiteral("eth0"));
    QCOMPARE(joins.at(0).includeSources.size(), 2);
    QCOMPARE(joins.at(0).includeSources.at(1), QHostAddress(QStringLiteral("10.0.0.2")));
    QCOMPARE(joins.at(1).interfaceName, QString());
    QCOMPARE(joins.at(1).excludeSources, QList<QHostAddress>{QHostAddress(QStringLiteral("fd00::2"))});
    QVERIFY(joins.at(2).includeSources.isEmpty() && joins.at(2).excludeSources.isEmpty());

    ReceiverPane restored;
    restored.restoreSettings(settings);
    QCOMPARE(restored.sourcesField()->text(), QStringLiteral("10.9.9.9"));
    QCOMPARE(restored.findChild<QComboBox *>(QStringLiteral("receiverSourceMode"))->currentIndex(), 1);
}

void TestReceiverPane::doctorRequest_selectedGroupElseFields()
{
    ReceiverPane pane;
    pane.show();
    QSignalSpy asked(&pane, &ReceiverPane::doctorRequested);
    pane.setGroup(QStringLiteral("239.5.5.5:5005"));
    QVERIFY(pane.doctorAction()->isEnabled());
    pane.doctorAction()->trigger();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).value<JoinRequest>().endpoint.toString(), QStringLiteral("239.5.5.5:5005"));

    JoinRequest joined{mct::core::parseEndpoint(QStringLiteral("232.7.7.7:7007")).value(),
                       {},
                       {QHostAddress(QStringLiteral("10.0.0.7"))},
                       {}};
    pane.onJoined(joined, {QStringLiteral("eth0")});
    pane.joinedView()->selectAll();
    pane.doctorAction()->trigger();
    QCOMPARE(asked.count(), 2);
    const auto request = asked.at(1).at(0).value<JoinRequest>();
    QCOMPARE(request.endpoint.toString(), QStringLiteral("232.7.7.7:7007"));
    QCOMPARE(request.includeSources, joined.includeSources);

    // Nothing selected and nothing valid typed: nothing to check.
    pane.joinedView()->clearSelection();
    pane.setGroup(QStringLiteral("10.0.0.1:5000"));
    QVERIFY(!pane.doctorAction()->isEnabled());
}

QTEST_MAIN(TestReceiverPane)
#include "tst_receiverpane.moc"
