// Tests for DoctorDialog in a private network namespace: the checks run on a worker thread and show
// with a status icon, their summary and the fix as selectable plain text; Run Again runs them again.
#include "doctordialog.h"
#include "privatenet.h"

#include <QApplication>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QThread>

#include <cerrno>
#include <cstring>

#include <sched.h>

using mct::ui::DoctorDialog;

using mct::test::runIp;

namespace {

mct::core::DoctorOptions options(const char *endpoint, const char *interface)
{
    mct::core::DoctorOptions o;
    o.endpoint = mct::core::parseEndpoint(QString::fromLatin1(endpoint)).value();
    o.interfaceName = QString::fromLatin1(interface);
    o.listenMs = 0;
    return o;
}

} // namespace

class TestDoctorDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void run_healthyLoopback_showsEachCheckWithSummary();
    void run_noRoute_failsAndShowsTheFixAsPlainText();
    void runAgain_whileOpen_runsTheChecksAgain();
    void showReport_markupInChecks_shownLiterally();
};

void TestDoctorDialog::initTestCase()
{
    MCT_SKIP_WITHOUT_PRIVATE_NETWORK();
}

void TestDoctorDialog::run_healthyLoopback_showsEachCheckWithSummary()
{
    if (!runIp({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")})
        || !runIp({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                   QStringLiteral("multicast"), QStringLiteral("on")})) {
        MCT_SKIP_OR_FAIL_IN_CI(QStringLiteral("cannot bring up loopback in the private namespace"));
    }
    runIp({QStringLiteral("route"), QStringLiteral("replace"), QStringLiteral("224.0.0.0/4"),
           QStringLiteral("dev"), QStringLiteral("lo")});
    DoctorDialog dialog;
    dialog.show();
    QVERIFY(!dialog.isModal());
    QSignalSpy done(&dialog, &DoctorDialog::checksFinished);
    dialog.run(options("239.255.7.7:5007", "lo"));
    QVERIFY(dialog.isRunning());
    QVERIFY(!dialog.runAgainButton()->isEnabled());
    QVERIFY(done.wait(20'000));
    QVERIFY(!dialog.isRunning());
    QVERIFY(dialog.report().checks.size() >= 4);
    QVERIFY2(!dialog.report().failed(), qPrintable(dialog.reportText()));

    // Every check's summary shows, as text that can be selected and copied.
    const QString shown = dialog.checksText();
    for (const mct::core::DoctorCheck &check : dialog.report().checks) {
        QVERIFY2(shown.contains(check.summary), qPrintable(check.summary));
    }
    auto *browser = dialog.findChild<QTextBrowser *>(QStringLiteral("doctorChecks"));
    QVERIFY(browser);
    QVERIFY(browser->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(!browser->accessibleName().isEmpty());
    QVERIFY(dialog.reportText().contains(QStringLiteral("239.255.7.7:5007")));
}

void TestDoctorDialog::run_noRoute_failsAndShowsTheFixAsPlainText()
{
    runIp({QStringLiteral("route"), QStringLiteral("del"), QStringLiteral("224.0.0.0/4")});
    DoctorDialog dialog;
    dialog.show();
    QSignalSpy done(&dialog, &DoctorDialog::checksFinished);
    mct::core::DoctorOptions o = options("239.255.7.8:5008", "");
    o.audience = mct::core::DoctorOptions::Audience::Window; // as the window asks
    dialog.run(o);
    QVERIFY(done.wait(20'000));
    QVERIFY2(dialog.report().failed(), qPrintable(dialog.reportText()));
    bool shownFix = false;
    static const QRegularExpression cliFlag(QStringLiteral("(^|[ (])-[ist]\\b"));
    for (const mct::core::DoctorCheck &check : dialog.report().checks) {
        // Advice in the window names its fields, not command-line flags.
        QVERIFY2(!cliFlag.match(check.fix).hasMatch(), qPrintable(check.fix));
        if (check.status == mct::core::CheckStatus::Fail) {
            QVERIFY2(dialog.checksText().contains(QStringLiteral("What to do: ") + check.fix),
                     qPrintable(check.id));
            QVERIFY2(check.id != QStringLiteral("route")
                             || check.fix.contains(QStringLiteral("Interface list")),
                     qPrintable(check.fix));
            shownFix = true;
        }
    }
    QVERIFY(shownFix);
    QVERIFY(dialog.reportText().contains(QStringLiteral("[Fail]")));
}

void TestDoctorDialog::runAgain_whileOpen_runsTheChecksAgain()
{
    DoctorDialog dialog;
    dialog.show();
    QSignalSpy done(&dialog, &DoctorDialog::checksFinished);
    dialog.run(options("239.255.7.9:5009", "lo"));
    // Asked again while running: it follows the first run instead of racing it.
    dialog.run(options("239.255.7.10:5010", "lo"));
    QVERIFY(done.wait(20'000));
    QCOMPARE(done.count(), 1);
    QVERIFY(dialog.reportText().contains(QStringLiteral("239.255.7.10:5010")));
    QVERIFY(dialog.runAgainButton()->isEnabled());
    QTest::mouseClick(dialog.runAgainButton(), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    QVERIFY(done.wait(20'000));
    QCOMPARE(done.count(), 2);
    // Closing while it runs: the dialog waits for its thread when it goes.
    dialog.run(options("239.255.7.11:5011", "lo"));
    dialog.close();
}

void TestDoctorDialog::showReport_markupInChecks_shownLiterally()
{
    DoctorDialog dialog;
    mct::core::DoctorReport report;
    report.checks.append({QStringLiteral("interface"), mct::core::CheckStatus::Warn,
                          QStringLiteral("interface <b>x</b> & co is odd"),
                          QStringLiteral("rename <i>it</i>")});
    report.checks.append(
            {QStringLiteral("route"), mct::core::CheckStatus::Pass, QStringLiteral("a < b"), {}});
    dialog.showReport(report);
    const QString shown = dialog.checksText();
    QVERIFY2(shown.contains(QStringLiteral("interface <b>x</b> & co is odd")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("What to do: rename <i>it</i>")));
    QVERIFY(shown.contains(QStringLiteral("a < b")));
}

MCT_TEST_MAIN_IN_PRIVATE_NETWORK(TestDoctorDialog, QApplication)

#include "tst_doctordialog.moc"
