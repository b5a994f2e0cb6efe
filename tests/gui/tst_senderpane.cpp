// Tests for SenderPane's DSCP and source address: validated as typed, passed in SenderSettings, saved.
#include "fieldstate.h"
#include "senderpane.h"

#include <QAction>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using mct::ui::SenderPane;

class TestSenderPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dscp_defaultAndValue_passedInSettings();
    void sourceAddress_invalidOrWrongFamily_disablesSendWithReason();
    void dscpAndSource_savedAndRestored();
};

void TestSenderPane::dscp_defaultAndValue_passedInSettings()
{
    SenderPane pane;
    pane.setGroup(QStringLiteral("239.1.2.3:5000"));
    auto *dscp = pane.findChild<QSpinBox *>(QStringLiteral("senderDscp"));
    QVERIFY(dscp);
    QCOMPARE(dscp->text(), QStringLiteral("default"));
    QCOMPARE(pane.settings().value().dscp, -1);
    QCOMPARE(dscp->maximum(), 63);
    pane.setDscp(46);
    QCOMPARE(pane.settings().value().dscp, 46);
    pane.setDscp(99); // the spin box keeps it in range
    QCOMPARE(pane.settings().value().dscp, 63);
}

void TestSenderPane::sourceAddress_invalidOrWrongFamily_disablesSendWithReason()
{
    SenderPane pane;
    pane.show();
    pane.setGroup(QStringLiteral("239.1.2.3:5000"));
    auto *source = pane.findChild<QLineEdit *>(QStringLiteral("senderSourceAddress"));
    QVERIFY(source);
    QVERIFY(pane.settings().value().sourceAddress.isNull());

    pane.setSourceAddress(QStringLiteral("10.0.0.300"));
    QVERIFY(mct::ui::fieldHasProblem(source));
    QVERIFY(!pane.sendOnceAction()->isEnabled());
    QVERIFY2(pane.startAction()->toolTip().contains(QStringLiteral("10.0.0.300")),
             qPrintable(pane.startAction()->toolTip()));

    pane.setSourceAddress(QStringLiteral("239.1.1.1"));
    QVERIFY(mct::ui::fieldHasProblem(source));
    QVERIFY(source->toolTip().contains(QStringLiteral("multicast")));

    pane.setSourceAddress(QStringLiteral("fd00::5"));
    QVERIFY(mct::ui::fieldHasProblem(source));
    QVERIFY(!pane.startAction()->isEnabled());
    QVERIFY(!pane.settings().ok());

    pane.setSourceAddress(QStringLiteral("10.0.0.5"));
    QVERIFY(!mct::ui::fieldHasProblem(source));
    QVERIFY(pane.startAction()->isEnabled());
    QCOMPARE(pane.settings().value().sourceAddress, QHostAddress(QStringLiteral("10.0.0.5")));

    pane.setGroup(QStringLiteral("[ff15::1]:5000")); // the same address is now the wrong family
    QVERIFY(mct::ui::fieldHasProblem(source));
    QVERIFY(!pane.startAction()->isEnabled());
}

void TestSenderPane::dscpAndSource_savedAndRestored()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("sender.ini")), QSettings::IniFormat);
    {
        SenderPane pane;
        pane.setGroup(QStringLiteral("239.1.2.3:5000"));
        pane.setDscp(34);
        pane.setSourceAddress(QStringLiteral("10.1.2.3"));
        pane.saveSettings(settings);
    }
    SenderPane restored;
    restored.restoreSettings(settings);
    const auto s = restored.settings();
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(s.value().dscp, 34);
    QCOMPARE(s.value().sourceAddress, QHostAddress(QStringLiteral("10.1.2.3")));
}

QTEST_MAIN(TestSenderPane)
#include "tst_senderpane.moc"
