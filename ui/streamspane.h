// The "Streams" tab: per-stream statistics above the live rate chart.
#pragma once

#include "streamstats.h"

#include <QWidget>

class QAction;
class QSettings;
class QSplitter;
class QTreeView;

namespace mct::ui {

class RateChart;
class StreamStatsModel;

class StreamsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamsPane)

public:
    explicit StreamsPane(QWidget *parent = nullptr);

    // From the receiver's status, a few times a second. `resets` is the receiver's count of
    // resetStreams() when it made the status: one from before the last Reset is old news.
    void setStreams(qint64 timeMs, const QList<core::StreamSnapshot> &streams, quint64 resets = 0);
    // An outage that ended: a mark on the chart where it began.
    void addOutage(const core::StreamEvent &event);

    [[nodiscard]] StreamStatsModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] RateChart *chart() const { return m_chart; }
    // Empties the table and the chart and asks (resetRequested) the receiver to start counting afresh.
    [[nodiscard]] QAction *resetAction() const { return m_reset; }

    // Keys inside the caller's group (the window's, for settings saved by earlier versions).
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    void resetRequested();

private:
    void reset();
    // Columns as wide as what they show, never narrower than they are (a user's widening stays).
    void widenColumns();

    StreamStatsModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    RateChart *m_chart = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_reset = nullptr;
    quint64 m_resets = 0;
    int m_addressWidth = 0; // the most Source and Group widen to: the longest IPv4 address and port
};

} // namespace mct::ui
