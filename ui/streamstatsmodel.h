// Table model of per-stream statistics, updated in place from the receiver's snapshots.
#pragma once

#include "streamstats.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

namespace mct::ui {

class StreamStatsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamStatsModel)

public:
    // The key figures first, so a laptop screen shows them without scrolling sideways.
    enum Column : int {
        Source,
        Group,
        Format,
        Received,
        Lost,
        LossPercent,
        JitterMs,
        LatencyMs,
        PacketsPerSecond,
        BitsPerSecond,
        Duplicates,
        Reordered,
        Outages,
        JoinToFirstMs,
        ColumnCount
    };

    explicit StreamStatsModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Streams keep their rows; new ones are appended with one insert, changes are one dataChanged,
    // and the rows of streams that are no longer listed are removed.
    void setStreams(const QList<mct::core::StreamSnapshot> &streams);
    void clear();
    [[nodiscard]] const QList<mct::core::StreamSnapshot> &streams() const { return m_rows; }
    // Each stream's line colour on the chart: a square beside its source says which line is which.
    void setColours(const QHash<mct::core::StreamKey, QColor> &colours);

private:
    void removeGone(const QList<mct::core::StreamSnapshot> &streams);

    QList<mct::core::StreamSnapshot> m_rows;
    QHash<mct::core::StreamKey, int> m_index;
    QHash<mct::core::StreamKey, QColor> m_colours;
};

} // namespace mct::ui
