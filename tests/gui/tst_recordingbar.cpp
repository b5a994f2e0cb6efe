// Tests for RecordingBar: asks to record, shows "Recording to FILE — N packets" with Stop while the
// receiver records, and reports how it ended (an error such as a full disk included).
#include "recordingbar.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using mct::core::RecordFormat;
using mct::ui::MessageBar;
using mct::ui::RecordingBar;

class TestRecordingBar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void record_startedCountedStopped_indicatorFollows();
    void record_failedToOpen_reportsAndAllowsAnotherTry();
    void record_stoppedWithError_reportsCountAndError();
};

void TestRecordingBar::record_startedCountedStopped_indicatorFollows()
{
    QWidget window;
    auto *bar = new RecordingBar(&window);
    window.show();
    QSignalSpy start(bar, &RecordingBar::startRequested);
    QSignalSpy stop(bar, &RecordingBar::stopRequested);
    QSignalSpy message(bar, &RecordingBar::message);
    QVERIFY(!bar->isVisible());
    QVERIFY(bar->recordAction()->isEnabled());

    bar->requestRecording(QStringLiteral("/tmp/capture.pcap"), RecordFormat::Pcap);
    QCOMPARE(start.count(), 1);
    QCOMPARE(start.at(0).at(0).value<RecordFormat>(), RecordFormat::Pcap);
    QVERIFY(!bar->recordAction()->isEnabled()); // one at a time
    bar->requestRecording(QStringLiteral("/tmp/other.csv"), RecordFormat::Csv);
    QCOMPARE(start.count(), 1);

    bar->countPackets(5); // before the start: not in the file
    bar->onStarted(QStringLiteral("/tmp/capture.pcap"));
    QVERIFY(bar->isVisible());
    QVERIFY(bar->isRecording());
    bar->countPackets(1);
    // English plural forms come from the program's own English translation, as in the window.
    QVERIFY2(bar->text().endsWith(QStringLiteral(" 1 packet")), qPrintable(bar->text()));
    bar->countPackets(1199);
    bar->countPackets(34);
    QCOMPARE(bar->packets(), quint64(1234));
    QVERIFY2(bar->text().contains(QStringLiteral("/tmp/capture.pcap")), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QLocale().toString(1234) + QStringLiteral(" packets")),
             qPrintable(bar->text()));
    QVERIFY(bar->stopButton()->isVisible());

    QTest::mouseClick(bar->stopButton(), Qt::LeftButton);
    QCOMPARE(stop.count(), 1);
    QCOMPARE(stop.at(0).at(0).toString(), QStringLiteral("/tmp/capture.pcap"));
    QVERIFY(!bar->stopAction()->isEnabled()); // asked once
    bar->onStopped(QStringLiteral("/tmp/capture.pcap"), 1240, QString());
    QVERIFY(!bar->isVisible());
    QVERIFY(bar->recordAction()->isEnabled());
    QCOMPARE(message.count(), 1);
    QCOMPARE(message.at(0).at(0).value<MessageBar::Kind>(), MessageBar::Kind::Information);
    QVERIFY(message.at(0).at(1).toString().contains(QLocale().toString(1240)));
}

void TestRecordingBar::record_failedToOpen_reportsAndAllowsAnotherTry()
{
    RecordingBar bar;
    QSignalSpy message(&bar, &RecordingBar::message);
    bar.requestRecording(QStringLiteral("/proc/nope/x.csv"), RecordFormat::Csv);
    bar.onFailed(QStringLiteral("/proc/nope/x.csv"),
                 QStringLiteral("cannot open: No such file or directory"));
    QVERIFY(!bar.isRecording());
    QVERIFY(bar.recordAction()->isEnabled());
    QCOMPARE(message.count(), 1);
    QCOMPARE(message.at(0).at(0).value<MessageBar::Kind>(), MessageBar::Kind::Error);
    QVERIFY(message.at(0).at(1).toString().contains(QStringLiteral("No such file")));
}

void TestRecordingBar::record_stoppedWithError_reportsCountAndError()
{
    RecordingBar bar;
    QSignalSpy message(&bar, &RecordingBar::message);
    bar.requestRecording(QStringLiteral("/mnt/full/x.jsonl"), RecordFormat::JsonLines);
    bar.onStarted(QStringLiteral("/mnt/full/x.jsonl"));
    bar.countPackets(10);
    bar.onStopped(QStringLiteral("/mnt/full/x.jsonl"), 7, QStringLiteral("No space left on device"));
    QVERIFY(!bar.isRecording());
    QCOMPARE(message.count(), 1);
    QCOMPARE(message.at(0).at(0).value<MessageBar::Kind>(), MessageBar::Kind::Error);
    const QString text = message.at(0).at(1).toString();
    QVERIFY2(text.contains(QStringLiteral("No space left")) && text.contains(QStringLiteral(" 7 ")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Receiving goes on")));
}

void TestRecordingBar::initTestCase()
{
    // What mct::ui::installEnglishPluralForms loads from the program's resources, here from the build.
    auto *plurals = new QTranslator(this);
    QVERIFY2(plurals->load(QStringLiteral(MCT_PLURALS_QM)), MCT_PLURALS_QM);
    QCoreApplication::installTranslator(plurals);
}

QTEST_MAIN(TestRecordingBar)
#include "tst_recordingbar.moc"
