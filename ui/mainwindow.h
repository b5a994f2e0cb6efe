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
class QTreeView;

namespace mct::ui {

class MessageBar;
class PacketView;
class ReceiverPane;
class SenderPane;
class StatusSummary;
class RateChart;
class StreamStatsModel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
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
    [[nodiscard]] StatusSummary *statusSummary() const { return m_summary; }
    [[nodiscard]] StreamStatsModel *streamsModel() const { return m_streams; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void connectReceiver();
    void connectSender();
    void restoreSettings();
    void configureReceiver();
    void updateTableCounts();
    void showPreferences();
    void showAbout();
    void chooseLanguage(const QString &code);

    MessageBar *m_messageBar = nullptr;
    ReceiverPane *m_receiverPane = nullptr;
    SenderPane *m_senderPane = nullptr;
    PacketView *m_packetView = nullptr;
    StatusSummary *m_summary = nullptr;
    StreamStatsModel *m_streams = nullptr;
    QTreeView *m_streamsView = nullptr;
    RateChart *m_rateChart = nullptr;
    QSplitter *m_streamsSplitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_sideSplitter = nullptr;
    bool m_rejoinAtStart = false;
    QSet<QString> m_warningsShown;
    // Last members: destroyed first, so the engines stop before the widgets they report to go away.
    core::WorkerThread<core::Receiver> m_receiver{QStringLiteral("receiver")};
    core::WorkerThread<core::Sender> m_sender{QStringLiteral("sender")};
};

} // namespace mct::ui
