// Tests for the live language change (language.h): the window switches to Simplified Chinese and back
// from its Language menu, without a restart, in the widgets' own texts and in those made by the panes.
#include "fieldstate.h"
#include "guitest.h"
#include "language.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "packetview.h"
#include "ratechart.h"
#include "receiverpane.h"
#include "senderpane.h"
#include "streamspane.h"
#include "streamstatsmodel.h"

#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using mct::ui::MainWindow;
using namespace Qt::StringLiterals;

namespace {

QAction *menuAction(QWidget *window, const QString &text)
{
    const auto actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == text) {
            return action;
        }
    }
    return nullptr;
}

QLabel *label(QWidget *parent, const QString &text)
{
    const auto labels = parent->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (l->text() == text) {
            return l;
        }
    }
    return nullptr;
}

// What the window's texts are, for comparing before and after.
struct Texts
{
    QString sendOnce;
    QString fileMenu;
    QString receiveTitle;
    QString joinedLabel;
    QString packetsTab;
    QString dscpPlaceholder;
    QString filterPlaceholder;
    QString rateAxis;
    QString startToolTip;
    QString receivedHeader;
};

Texts textsOf(MainWindow &window, QLabel *joined, QGroupBox *receive)
{
    return {window.senderPane()->sendOnceAction()->text(),
            window.menuBar()->actions().constFirst()->text(),
            receive->title(),
            joined->text(),
            window.tabs()->tabText(0),
            window.senderPane()->findChild<QLineEdit *>(u"senderDscp"_s)->placeholderText(),
            window.packetView()->findChild<QLineEdit *>(u"packetFilter"_s)->placeholderText(),
            window.streamsPane()->chart()->rateAxis()->titleText(),
            window.senderPane()->startAction()->toolTip(),
            window.streamsPane()
                    ->model()
                    ->headerData(mct::ui::StreamStatsModel::Received, Qt::Horizontal, Qt::DisplayRole)
                    .toString()};
}

} // namespace

class TestLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void languageMenu_chineseThenEnglish_textsChangeWithoutRestart();

private:
    QTemporaryDir m_dir;
};

void TestLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    mct::test::useSettingsIn(m_dir.path());
    // The build's .qm files: the program embeds them, the tests do not.
    mct::ui::addTranslationDirectory(QStringLiteral(MCT_TRANSLATIONS_DIR));
    QCOMPARE(mct::ui::installTranslators(*QCoreApplication::instance(), u"en"_s), u"en"_s);
}

void TestLanguage::languageMenu_chineseThenEnglish_textsChangeWithoutRestart()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLabel *joined = label(window.receiverPane(), u"Joined groups:"_s);
    QVERIFY(joined);
    auto *receive = qobject_cast<QGroupBox *>(window.receiverPane()->parentWidget());
    QVERIFY(receive);
    const Texts english = textsOf(window, joined, receive);
    QCOMPARE(english.sendOnce, u"Send &Once"_s);
    QCOMPARE(english.receiveTitle, u"Receive"_s);
    QCOMPARE(english.rateAxis, u"packets/s"_s);

    QAction *chinese = menuAction(&window, u"\u7b80\u4f53\u4e2d\u6587"_s);
    QVERIFY(chinese);
    chinese->trigger();
    QTRY_VERIFY(window.senderPane()->sendOnceAction()->text() != english.sendOnce);
    const Texts zh = textsOf(window, joined, receive);
    // Each in Chinese: changed, and as the translation says.
    QCOMPARE(zh.sendOnce, QCoreApplication::translate("mct::ui::SenderPane", "Send &Once"));
    QCOMPARE(zh.receiveTitle, QCoreApplication::translate("mct::ui::MainWindow", "Receive"));
    QCOMPARE(zh.joinedLabel, QCoreApplication::translate("mct::ui::ReceiverPane", "Joined groups:"));
    const QList<std::pair<QString, QString>> pairs{{english.sendOnce, zh.sendOnce},
                                                   {english.fileMenu, zh.fileMenu},
                                                   {english.receiveTitle, zh.receiveTitle},
                                                   {english.joinedLabel, zh.joinedLabel},
                                                   {english.packetsTab, zh.packetsTab},
                                                   {english.dscpPlaceholder, zh.dscpPlaceholder},
                                                   {english.filterPlaceholder, zh.filterPlaceholder},
                                                   {english.rateAxis, zh.rateAxis},
                                                   {english.startToolTip, zh.startToolTip},
                                                   {english.receivedHeader, zh.receivedHeader}};
    for (const auto &[before, after] : pairs) {
        QVERIFY2(before != after, qPrintable(before));
        // Chinese characters, not an empty or English text.
        QVERIFY2(std::any_of(after.cbegin(), after.cend(), [](QChar c) { return c.unicode() >= 0x4E00; }),
                 qPrintable(after));
    }
    // Texts the panes make with numbers, said again in the new language.
    const QString counter = window.senderPane()->findChild<QLabel *>(u"senderCounter"_s)->text();
    QVERIFY2(std::any_of(counter.cbegin(), counter.cend(), [](QChar c) { return c.unicode() >= 0x4E00; }),
             qPrintable(counter));
    QCOMPARE(mct::ui::savedLanguage(), u"zh_CN"_s); // and the next start too
    QVERIFY(window.messageBar()->isHidden());       // no "applies the next time" any more

    QAction *english_ = menuAction(&window, u"English"_s);
    QVERIFY(english_);
    english_->trigger();
    QTRY_COMPARE(window.senderPane()->sendOnceAction()->text(), english.sendOnce);
    const Texts back = textsOf(window, joined, receive);
    QCOMPARE(back.fileMenu, english.fileMenu);
    QCOMPARE(back.receiveTitle, english.receiveTitle);
    QCOMPARE(back.joinedLabel, english.joinedLabel);
    QCOMPARE(back.packetsTab, english.packetsTab);
    QCOMPARE(back.dscpPlaceholder, english.dscpPlaceholder);
    QCOMPARE(back.filterPlaceholder, english.filterPlaceholder);
    QCOMPARE(back.rateAxis, english.rateAxis);
    QCOMPARE(back.startToolTip, english.startToolTip);
    QCOMPARE(back.receivedHeader, english.receivedHeader);
    // What the user typed was never "translated".
    QCOMPARE(window.senderPane()->findChild<QLineEdit *>(u"senderInterval"_s)->text(), u"1000"_s);
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
