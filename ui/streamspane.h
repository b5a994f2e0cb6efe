// The "Streams" tab: per-stream statistics above the live rate chart.
#pragma once

#include "streamstats.h"

#include <QWidget>

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

    // From the receiver's status, a few times a second.
    void setStreams(qint64 timeMs, const QList<core::StreamSnapshot> &streams);
    // An outage that ended: a mark on the chart where it began.
    void addOutage(const core::StreamEvent &event);

    [[nodiscard]] StreamStatsModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] RateChart *chart() const { return m_chart; }

    // Keys inside the caller's group (the window's, for settings saved by earlier versions).
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

private:
    StreamStatsModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    RateChart *m_chart = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace mct::ui
