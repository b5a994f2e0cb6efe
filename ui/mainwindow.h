// The main window: composes the receive and send panes, the packet table and the status summary,
// and connects them to the engine's Receiver and Sender, each on its own worker thread.
#pragma once

#include "receiver.h"
#include "sender.h"
#include "workerthread.h"

#include <QMainWindow>
#include <QSet>

class QSplitter;
class QTabWidget;

namespace mct::ui {

class BatchQueue;
class DoctorDialog;
class GroupWarnings;
class MessageBar;
class RecordingBar;
class TableExport;
class PacketView;
class ReceiverPane;
class SenderPane;
class StatusSummary;
class StreamsPane;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Batches the receiver hands over before the table has taken them (flow control).
    static constexpr int kMaxBatchesInFlight = 32;
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The command line's joins; without any, the groups saved at exit when the preference says so.
    void joinAtStart(const QList<core::JoinRequest> &requests);
    void join(const core::JoinRequest &request);
    // Selects the interface in both panes (the command line's --interface).
    void setInterface(const QString &name);
    void saveSettings() const;

    [[nodiscard]] ReceiverPane *receiverPane() const { return m_receiverPane; }
    [[nodiscard]] SenderPane *senderPane() const { return m_senderPane; }
    [[nodiscard]] PacketView *packetView() const { return m_packetView; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messageBar; }
    // The receiver's word on a stream: an outage ended (a mark on the chart; a stop shown for it
    // gives way to "back"), or it stopped (a warning with the likely cause).
    void onStreamEvent(const mct::core::StreamEvent &event);
    [[nodiscard]] StatusSummary *statusSummary() const { return m_summary; }
    [[nodiscard]] StreamsPane *streamsPane() const { return m_streamsPane; }
    [[nodiscard]] RecordingBar *recordingBar() const { return m_recording; }
    [[nodiscard]] DoctorDialog *doctorDialog() const { return m_doctor; }
    [[nodiscard]] BatchQueue *batchQueue() const { return m_batches; }
    [[nodiscard]] TableExport *tableExport() const { return m_export; }
    [[nodiscard]] QAction *exportAction() const { return m_exportAction; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    // The receiver's latest status report.
    [[nodiscard]] const core::ReceiverStatus &receiverStatus() const { return m_status; }

    // Writes the rows the table holds; the message bar reports the count or the error.
    void exportTable(const QString &path, core::RecordFormat format);
    // Opens "Why no packets?" for the request and runs its checks.
    void showDoctor(const core::JoinRequest &request);
    void setReceiveBufferBytes(int bytes);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void connectReceiver();
    void connectSender();
    void connectRecording();
    void onReceiverStatus(const core::ReceiverStatus &status);
    void updateStreamsTab(); // its count of streams
    void restoreSettings();
    void configureReceiver();
    void updateTableCounts();
    void showPreferences();
    void showAbout();
    void chooseLanguage(const QString &code);

    MessageBar *m_messageBar = nullptr;
    GroupWarnings *m_groupWarnings = nullptr;
    ReceiverPane *m_receiverPane = nullptr;
    SenderPane *m_senderPane = nullptr;
    PacketView *m_packetView = nullptr;
    StatusSummary *m_summary = nullptr;
    StreamsPane *m_streamsPane = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_sideSplitter = nullptr;
    RecordingBar *m_recording = nullptr;
    BatchQueue *m_batches = nullptr;
    DoctorDialog *m_doctor = nullptr;
    TableExport *m_export = nullptr;
    QAction *m_exportAction = nullptr;
    core::ReceiverStatus m_status;
    int m_receiveBufferBytes = 8 * 1024 * 1024;
    bool m_rejoinAtStart = false;
    QSet<QString> m_warningsShown;
    QHash<core::StreamKey, QString> m_stopMessages; // what the bar said of each stream that stopped
    // Last members: destroyed first, so the engines stop before the widgets they report to go away.
    core::WorkerThread<core::Receiver> m_receiver{QStringLiteral("receiver")};
    core::WorkerThread<core::Sender> m_sender{QStringLiteral("sender")};
};

} // namespace mct::ui
