// "Why no packets?": runs the engine's doctor on a worker thread and lists each check with its fix.
#pragma once

#include "doctor.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QThread;

namespace mct::ui {

class DoctorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoctorDialog)

public:
    explicit DoctorDialog(QWidget *parent = nullptr);
    // Waits for a check that still runs (at most its listening time plus the tools' time-outs).
    ~DoctorDialog() override;

    // Runs the checks for these options; while a run is going on, the new one follows it.
    void run(const core::DoctorOptions &options);
    // Overrides how long each run listens for a packet (tests use 0 to skip that check).
    void setListenMs(int ms) { m_listenMs = ms; }

    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    [[nodiscard]] const core::DoctorReport &report() const { return m_report; }
    // Shows a report (what a finished run does; also for tests).
    void showReport(const core::DoctorReport &report);
    // The results as the user reads them.
    [[nodiscard]] QString checksText() const;
    // The report as plain text, one check per paragraph: what Copy puts on the clipboard.
    [[nodiscard]] QString reportText() const;
    [[nodiscard]] QPushButton *runAgainButton() const { return m_runAgain; }

Q_SIGNALS:
    void checksFinished();

private:
    void start();
    void onThreadFinished();

    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QProgressBar *m_busy = nullptr;
    QTextBrowser *m_checks = nullptr; // wraps and selects like text, across every check
    QPushButton *m_runAgain = nullptr;
    QPushButton *m_copy = nullptr;
    core::DoctorOptions m_options;
    std::optional<core::DoctorOptions> m_next;
    std::optional<int> m_listenMs;
    core::DoctorReport m_report;
    std::shared_ptr<core::DoctorReport> m_result; // written by the worker thread, read after it ends
    std::unique_ptr<QThread> m_thread;
};

} // namespace mct::ui
