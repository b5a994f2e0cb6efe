// The main window under a dark palette: every surface that shows text stays dark and its text
// readable, which a colour written into the code instead of taken from the palette would break.
#include "endpointcombo.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "packettablemodel.h"
#include "packetview.h"
#include "ratechart.h"
#include "receiverpane.h"
#include "statussummary.h"
#include "streamspane.h"
#include "testpackets.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using mct::ui::MainWindow;

namespace {

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(37, 37, 38));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(25, 25, 26));
    dark.setColor(QPalette::AlternateBase, QColor(40, 40, 42));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(50, 50, 52));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(110, 170, 255));
    dark.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
    dark.setColor(QPalette::ToolTipBase, QColor(50, 50, 52));
    dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    return dark;
}

// What a widget looks like on screen, reduced to its background (the colour most of its pixels
// have) and its text (the pixel whose lightness differs most from the background's).
struct Look
{
    QColor background;
    QColor ink;
};

Look lookOf(QWidget *widget)
{
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            ++counts[line[x]];
        }
    }
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    const int backgroundLightness = QColor(background).lightness();
    QColor ink(background);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (std::abs(QColor(it.key()).lightness() - backgroundLightness)
            > std::abs(ink.lightness() - backgroundLightness)) {
            ink = QColor(it.key());
        }
    }
    return {QColor(background), ink};
}

// Whether the widget shows text of its own (a label, a field, a button, rows, a header).
QString textOf(QWidget *widget)
{
    if (const auto *label = qobject_cast<QLabel *>(widget)) {
        return label->text();
    }
    if (const auto *edit = qobject_cast<QLineEdit *>(widget)) {
        return edit->text().isEmpty() ? edit->placeholderText() : edit->text();
    }
    if (const auto *button = qobject_cast<QAbstractButton *>(widget)) {
        return button->text();
    }
    if (const auto *tabs = qobject_cast<QTabBar *>(widget)) {
        return tabs->count() > 0 ? tabs->tabText(0) : QString();
    }
    if (const auto *header = qobject_cast<QHeaderView *>(widget)) {
        return header->model() != nullptr && header->count() > 0 ? QStringLiteral("header") : QString();
    }
    if (auto *view = qobject_cast<QAbstractItemView *>(widget->parentWidget());
        view != nullptr && view->viewport() == widget) {
        return view->model() != nullptr && view->model()->rowCount() > 0 ? QStringLiteral("rows") : QString();
    }
    return {};
}

} // namespace

class TestDarkPalette final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everySurfaceWithText_darkWithReadableText();

private:
    QPalette m_previous;
};

void TestDarkPalette::initTestCase()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QVERIFY(fusion != nullptr);
    m_previous = QApplication::palette();
    QApplication::setStyle(fusion);
    QApplication::setPalette(darkPalette());
}

void TestDarkPalette::cleanupTestCase()
{
    QApplication::setPalette(m_previous);
}

void TestDarkPalette::everySurfaceWithText_darkWithReadableText()
{
    MainWindow window;
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.packetView()->appendBatch(mct::test::textRows(40, 1));
    window.receiverPane()->groupField()->setText(QStringLiteral("10.0.0.1:5000")); // tinted: invalid
    window.messageBar()->showMessage(mct::ui::MessageBar::Kind::Error,
                                     QStringLiteral("cannot join 239.1.2.3:5000: example"));
    window.packetView()->table()->selectRow(3);
    const QString dir = qEnvironmentVariable("MCT_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(window.grab().save(dir + QStringLiteral("/mainwindow-dark.png")));
    }

    // Dark: a background nearer the palette's dark colours than its text colour. Readable: text
    // at least half as far from its background as the disabled text is from the window.
    const QPalette dark = darkPalette();
    const int darkBelow =
            (dark.color(QPalette::Window).lightness() + dark.color(QPalette::Text).lightness()) / 2;
    const int minContrast = (dark.color(QPalette::Disabled, QPalette::Text).lightness()
                             - dark.color(QPalette::Window).lightness())
                            / 2;
    int checked = 0;
    const auto checkVisibleSurfaces = [&] {
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || widget->width() < 8 || widget->height() < 8
                || textOf(widget).isEmpty()) {
                continue;
            }
            const Look look = lookOf(widget);
            const QString what =
                    QStringLiteral("%1 \"%2\" (%3): background %4, text %5")
                            .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                 textOf(widget).left(40), look.background.name(), look.ink.name());
            QVERIFY2(look.background.lightness() < darkBelow, qPrintable(what));
            QVERIFY2(std::abs(look.ink.lightness() - look.background.lightness()) >= minContrast,
                     qPrintable(what));
            ++checked;
        }
    };
    checkVisibleSurfaces();
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY2(checked > 10, qPrintable(QString::number(checked))); // the sweep found the window's surfaces
    // The other tab: the streams' table and the rate chart.
    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs != nullptr && tabs->count() > 1);
    tabs->setCurrentIndex(1);
    checkVisibleSurfaces();
    if (QTest::currentTestFailed()) {
        return;
    }
    const Look chart = lookOf(window.streamsPane()->chart());
    QVERIFY2(chart.background.lightness() < darkBelow, qPrintable(chart.background.name()));
}

QTEST_MAIN(TestDarkPalette)
#include "tst_darkpalette.moc"
