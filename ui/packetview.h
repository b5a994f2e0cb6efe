// The live packet table with its filter, pause and clear, following the tail, and the details below.
#pragma once

#include "endpoint.h"
#include "packettablemodel.h"

#include <QSet>
#include <QWidget>

#include <array>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;

namespace mct::ui {

class PacketDetails;
class PacketFilterProxy;

class PacketView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacketView)

public:
    static constexpr int kFollowDelayMs = 100;
    static constexpr int kFilterDelayMs = 150;

    explicit PacketView(QWidget *parent = nullptr);
    ~PacketView() override;

    // While paused the batch waits (at most a table's worth); otherwise it becomes rows now.
    void appendBatch(const core::PacketBatch &batch);
    // Several at once become rows in one model update.
    void appendBatches(const QList<mct::ui::IncomingBatch> &batches);
    void setCapacity(qsizetype capacity);
    [[nodiscard]] qsizetype capacity() const;
    void setPayloadBudget(qint64 bytes);
    [[nodiscard]] qint64 payloadBudget() const;
    // A button for the action in the bar above the table, before Pause.
    void addBarAction(QAction *action);
    void setFilterText(const QString &text);

    [[nodiscard]] QAction *pauseAction() const { return m_pause; }
    [[nodiscard]] QAction *clearAction() const { return m_clear; }
    [[nodiscard]] QAction *filterAction() const { return m_focusFilter; }
    [[nodiscard]] PacketTableModel *model() const { return m_model; }
    [[nodiscard]] PacketFilterProxy *proxy() const { return m_proxy; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] PacketDetails *details() const { return m_details; }
    [[nodiscard]] bool isPaused() const;
    [[nodiscard]] qsizetype waitingRows() const { return m_waitingRows; }
    [[nodiscard]] qsizetype waitingBatches() const { return m_waiting.size(); }

    // The table header's context menu: a checkable entry per column to show or hide it (kept with
    // the header's layout); the last column shown cannot be hidden.
    [[nodiscard]] QMenu *createColumnsMenu(QWidget *parent);
    // A packet row's context menu: Resend puts the packet's payload and group:port into the sender.
    [[nodiscard]] QMenu *createRowMenu(const QModelIndex &index, QWidget *parent);

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    // Rows shown, rows in the table, rows waiting while paused: for the status bar.
    void countsChanged();
    // The user wants to send this packet again (from the sender pane).
    void resendRequested(const mct::core::Endpoint &destination, const QByteArray &payload);

private:
    void buildTable();
    void insert(const QList<mct::ui::IncomingBatch> &batches);
    void setPaused(bool paused);
    void clear();
    void showSelected();
    void updateBanner();
    void updateEmptyState();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void fitColumnsToWidth();
    // Still short of room for the payload by `missing` pixels: the address columns give it.
    void fitAddressColumns(int missing);
    void placeDscpColumn();

    PacketTableModel *m_model = nullptr;
    PacketFilterProxy *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    PacketDetails *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QHBoxLayout *m_bar = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_empty = nullptr; // over the empty table: what to do to see packets
    QAction *m_pause = nullptr;
    QAction *m_clear = nullptr;
    QAction *m_focusFilter = nullptr;
    QTimer *m_followTimer = nullptr;
    QTimer *m_filterTimer = nullptr;
    QList<IncomingBatch> m_waiting;
    qsizetype m_waitingRows = 0;
    qint64 m_waitingBytes = 0;
    // The user picked a row: keep it in view instead of following, until they go back to the end.
    bool m_holdPosition = false;
    // The view shows the end: set where the user scrolls, not worked out from the scroll range, which
    // a bar appearing above the table raises under a view that was at the end.
    bool m_atEnd = true;
    quint64 m_droppedWhilePaused = 0;
    // The columns that give way to the payload on a narrow table (fitColumnsToWidth): those the
    // user has shown or hidden from the header's menu (no longer fitted), and the widths of those
    // that give way, for while they are hidden.
    QSet<int> m_chosenColumns;
    std::array<int, 4> m_yieldingWidths{};
    int m_addressWidth = 0;         // Source and Group as set up: the longest IPv4 address and port
    bool m_addressesNarrow = false; // fitAddressColumns() has made them narrower than that
};

} // namespace mct::ui
