// "● Recording to FILE — N packets [Stop]": the record action, its file dialog and the live indicator.
#pragma once

#include "messagebar.h"
#include "recorder.h"

#include <QFrame>

class QAction;
class QLabel;
class QToolButton;

namespace mct::ui {

// Only asks: the receiver records on its own thread and reports back through the on*() calls.
// One recording at a time; the indicator is visible while it runs.
class RecordingBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingBar)

public:
    explicit RecordingBar(QWidget *parent = nullptr);

    [[nodiscard]] QAction *recordAction() const { return m_record; }
    [[nodiscard]] QAction *stopAction() const { return m_stop; }
    [[nodiscard]] QToolButton *stopButton() const { return m_stopButton; }

    // What the file dialog does once a file is chosen; also for tests and scripts.
    void requestRecording(const QString &path, core::RecordFormat format);

    // From the receiver (its signals of the same names).
    void onStarted(const QString &path);
    void onFailed(const QString &path, const QString &error);
    void onStopped(const QString &path, quint64 packets, const QString &error);
    // Packets the receiver handed over or held back since the last call: all of them were recorded.
    void countPackets(quint64 count);

    [[nodiscard]] bool isRecording() const { return !m_path.isEmpty(); }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] quint64 packets() const { return m_packets; }
    [[nodiscard]] QString text() const;

Q_SIGNALS:
    void startRequested(mct::core::RecordFormat format, const QString &path);
    void stopRequested(const QString &path);
    // For the message bar: how a recording ended, or why it could not start.
    void message(mct::ui::MessageBar::Kind kind, const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void chooseFile();
    void updateState();

    QAction *m_record = nullptr;
    QAction *m_stop = nullptr;
    QLabel *m_dot = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_stopButton = nullptr;
    QString m_requested; // asked for, not yet confirmed
    QString m_path;      // recording now
    bool m_stopping = false;
    quint64 m_packets = 0;
};

} // namespace mct::ui
