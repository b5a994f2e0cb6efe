// Live chart of packets/s and lost packets per stream over the last minutes (Qt Charts).
#pragma once

#include "streamstats.h"

#include <QHash>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace mct::ui {

class RateChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateChart)

public:
    explicit RateChart(QWidget *parent = nullptr);

    // Adds one point per stream at most once a second, whatever the snapshot rate.
    void addSnapshot(qint64 timeMs, const QList<mct::core::StreamSnapshot> &streams);
    void clear();
    void setWindowSeconds(int seconds);
    [[nodiscard]] int seriesCount() const { return int(m_series.size()); }

private:
    struct Series
    {
        QLineSeries *rate = nullptr;
        QLineSeries *loss = nullptr;
        quint64 lastLost = 0;
    };
    void trimAndRescale(qint64 nowMs);

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_rateAxis = nullptr;
    QValueAxis *m_lossAxis = nullptr;
    QHash<mct::core::StreamKey, Series> m_series;
    qint64 m_lastPointMs = 0;
    int m_windowSeconds = 300;
};

} // namespace mct::ui
