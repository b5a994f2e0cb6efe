// Tests for SenderPane's TTL, DSCP and source address: validated as typed, passed in SenderSettings, saved.
#include "fieldstate.h"
#include "guitest.h"
#include "senderpane.h"
#include "validation.h"

#include <QAction>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using mct::ui::SenderPane;

class TestSenderPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dscp_defaultAndValue_passedInSettings();
    void ttlAndDscp_outOfRangeTyped_keptAndRefusedWithCommandLineMessage();
    void ttlAndDscp_emptied_meanDefaultAndStayEmpty();
    void sourceAddress_invalidOrWrongFamily_disablesSendWithReason();
    void dscpAndSource_savedAndRestored();
};

void TestSenderPane::dscp_defaultAndValue_passedInSettings()
{
    SenderPane pane;
    pane.setGroup(QStringLiteral("239.1.2.3:5000"));
    auto *dscp = pane.findChild<QLineEdit *>(QStringLiteral("senderDscp"));
    QVERIFY(dscp);
    QVERIFY(dscp->text().isEmpty());
    QCOMPARE(dscp->placeholderText(), QStringLiteral("default"));
    QCOMPARE(pane.settings().value().dscp, -1);
    pane.setDscp(46);
    QCOMPARE(pane.settings().value().dscp, 46);
    pane.setDscp(-1);
    QVERIFY(dscp->text().isEmpty());
    QCOMPARE(pane.settings().value().dscp, -1);
}

void TestSenderPane::ttlAndDscp_outOfRangeTyped_keptAndRefusedWithCommandLineMessage()
{
    SenderPane pane;
    pane.show();
    pane.setGroup(QStringLiteral("239.1.2.3:5000"));
    auto *ttl = pane.findChild<QLineEdit *>(QStringLiteral("senderTtl"));
    auto *dscp = pane.findChild<QLineEdit *>(QStringLiteral("senderDscp"));
    auto *reason = pane.findChild<mct::ui::FieldHint *>(QStringLiteral("senderReason"));
    QVERIFY(ttl && dscp && reason);

    // What the user typed stays (not cut to 30 or 9), marked, with the command line's words.
    mct::test::retype(ttl, QStringLiteral("300"));
    QCOMPARE(ttl->text(), QStringLiteral("300"));
    QVERIFY(mct::ui::fieldHasProblem(ttl));
    QVERIFY(!pane.startAction()->isEnabled());
    const QString ttlMessage = mct::core::parseTtl(QStringLiteral("300")).error();
    QVERIFY2(reason->text().contains(ttlMessage), qPrintable(reason->text()));
    QVERIFY(reason->isVisible());
    QCOMPARE(pane.settings().error(), ttlMessage);
    mct::test::retype(ttl, QStringLiteral("30"));
    QVERIFY(!mct::ui::fieldHasProblem(ttl));
    QCOMPARE(pane.settings().value().ttl, 30);

    mct::test::retype(dscp, QStringLiteral("99"));
    QCOMPARE(dscp->text(), QStringLiteral("99"));
    QVERIFY(mct::ui::fieldHasProblem(dscp));
    QVERIFY(!pane.sendOnceAction()->isEnabled());
    const QString dscpMessage = mct::core::parseDscp(QStringLiteral("99")).error();
    QVERIFY2(dscpMessage.contains(QStringLiteral("0 to 63")), qPrintable(dscpMessage));
    QVERIFY2(reason->text().contains(dscpMessage), qPrintable(reason->text()));
    QVERIFY2(dscp->toolTip().contains(QStringLiteral("0 to 63")), qPrintable(dscp->toolTip()));
    mct::test::retype(dscp, QStringLiteral("46"));
    QVERIFY(!mct::ui::fieldHasProblem(dscp));
    QVERIFY(pane.startAction()->isEnabled());
    QCOMPARE(pane.settings().value().dscp, 46);
}

void TestSenderPane::ttlAndDscp_emptied_meanDefaultAndStayEmpty()
{
    SenderPane pane;
    pane.show();
    pane.setGroup(QStringLiteral("239.1.2.3:5000"));
    auto *ttl = pane.findChild<QLineEdit *>(QStringLiteral("senderTtl"));
    auto *dscp = pane.findChild<QLineEdit *>(QStringLiteral("senderDscp"));
    QVERIFY(ttl && dscp);
    mct::test::retype(ttl, QStringLiteral("8"));
    mct::test::retype(dscp, QStringLiteral("34"));
    // The default is one action away: the fields' clear buttons, and empty says what it means.
    QVERIFY(ttl->isClearButtonEnabled());
    QVERIFY(dscp->isClearButtonEnabled());
    QCOMPARE(ttl->placeholderText(), QStringLiteral("1"));
    for (QLineEdit *field : {ttl, dscp}) {
        field->setFocus();
        field->clear();
        QTest::keyClick(field, Qt::Key_Tab); // leaving the field does not put a number back
        QVERIFY(field->text().isEmpty());
        QVERIFY(!mct::ui::fieldHasProblem(field));
    }
    const auto s = pane.settings();
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(s.value().ttl, 1);
    QCOMPARE(s.value().dscp, -1);
    QVERIFY(pane.startAction()->isEnabled());
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
