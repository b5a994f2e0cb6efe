// "● Recording to FILE — N packets [Stop]": the record action, its file dialog and the live indicator.
#include "recordingbar.h"

#include "glyphicons.h"
#include "plural.h"
#include "recordfiledialog.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace mct::ui {

RecordingBar::RecordingBar(QWidget *parent)
    : QFrame(parent)
    , m_record(new QAction(tr("&Record to File\u2026"), this))
    , m_stop(new QAction(tr("S&top Recording"), this))
    , m_dot(new QLabel(this))
    , m_text(new QLabel(this))
    , m_stopButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("recordingBar"));
    setAccessibleName(tr("Recording"));
    m_record->setObjectName(QStringLiteral("recordAction"));
    m_record->setIcon(glyphIcon(Glyph::Record));
    m_record->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_record->setShortcutContext(Qt::WindowShortcut);
    m_record->setToolTip(tr("Write every received packet to a pcap, CSV or JSON Lines file, also those the "
                            "table no longer keeps (%1)")
                                 .arg(m_record->shortcut().toString(QKeySequence::NativeText)));
    m_stop->setIcon(themedIcon(QStringLiteral("media-playback-stop"), Glyph::Stop));
    m_stop->setToolTip(tr("Finish the file; receiving goes on"));

    const int size = fontMetrics().height();
    m_dot->setPixmap(glyphIcon(Glyph::Record).pixmap(size, size));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("recordingText"));
    m_stopButton->setDefaultAction(m_stop);
    m_stopButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stopButton->setAutoRaise(true);
    m_stopButton->setAccessibleName(tr("Stop recording"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 3, 6, 3);
    layout->setSpacing(8);
    layout->addWidget(m_dot);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_stopButton);

    connect(m_record, &QAction::triggered, this, &RecordingBar::chooseFile);
    connect(m_stop, &QAction::triggered, this, [this] {
        if (isRecording() && !m_stopping) {
            m_stopping = true;
            updateState();
            Q_EMIT stopRequested(m_path);
        }
    });
    updateState();
}

void RecordingBar::chooseFile()
{
    if (isRecording() || !m_requested.isEmpty()) {
        return;
    }
    chooseRecordFile(
            window(), tr("Record Received Packets"),
            [this](const QString &path, core::RecordFormat format) { requestRecording(path, format); });
}

void RecordingBar::requestRecording(const QString &path, core::RecordFormat format)
{
    if (isRecording() || !m_requested.isEmpty()) {
        return;
    }
    m_requested = path;
    updateState();
    Q_EMIT startRequested(format, path);
}

void RecordingBar::onStarted(const QString &path)
{
    if (path != m_requested) {
        return;
    }
    m_requested.clear();
    m_path = path;
    m_packets = 0;
    m_stopping = false;
    updateState();
}

void RecordingBar::onFailed(const QString &path, const QString &error)
{
    if (path == m_requested) {
        m_requested.clear();
        updateState();
    }
    Q_EMIT message(MessageBar::Kind::Error, tr("Cannot record: %1").arg(fileErrorText(path, error)));
}

void RecordingBar::onStopped(const QString &path, quint64 packets, const QString &error)
{
    if (path == m_path) {
        m_packets = packets;
        m_path.clear();
        m_stopping = false;
        updateState();
    }
    const QString file = QDir::toNativeSeparators(path);
    const QString count = locale().toString(qulonglong(packets));
    if (error.isEmpty()) {
        Q_EMIT message(
                MessageBar::Kind::Information,
                tr("Recorded %1 packet(s) to %2", nullptr, core::pluralSelector(packets)).arg(count, file));
    } else {
        // The receiver goes on: a full disk or a vanished file must not end the capture.
        Q_EMIT message(MessageBar::Kind::Error,
                       tr("Recording stopped after %1 packet(s): %2. Receiving goes on.", nullptr,
                          core::pluralSelector(packets))
                               .arg(count, fileErrorText(path, error)));
    }
}

void RecordingBar::countPackets(quint64 count)
{
    if (isRecording() && count > 0) {
        m_packets += count;
        updateState();
    }
}

QString RecordingBar::text() const
{
    return m_text->text();
}

void RecordingBar::updateState()
{
    const bool busy = isRecording() || !m_requested.isEmpty();
    m_record->setEnabled(!busy);
    m_stop->setEnabled(isRecording() && !m_stopping);
    if (isRecording()) {
        const QString file = QDir::toNativeSeparators(m_path);
        const QString count = locale().toString(qulonglong(m_packets));
        const int n = core::pluralSelector(m_packets);
        m_text->setText(m_stopping ? tr("Finishing %1 \u2014 %2 packet(s)", nullptr, n).arg(file, count)
                                   : tr("Recording to %1 \u2014 %2 packet(s)", nullptr, n).arg(file, count));
        m_text->setToolTip(tr("Every packet received since the start goes into the file, also those the "
                              "table no longer shows"));
        setAccessibleDescription(m_text->text());
    }
    setVisible(isRecording());
}

void RecordingBar::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    // A faint red tint over the window colour: noticeable, and readable on light and dark palettes.
    paintTintedPanel(this, QColor(214, 45, 45), 30, 140);
}

} // namespace mct::ui
