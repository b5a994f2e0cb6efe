// Live chart of packets/s per stream over the last minutes, and below it lost packets/s (Qt Charts).
#pragma once

#include "streamstats.h"

#include <QColor>
#include <QHash>
#include <QWidget>

#include <deque>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace mct::ui {

// An axis from 0 to `top` with `ticks` ticks, every tick a whole multiple of 1, 2 or 5 × 10^n.
struct NiceAxis
{
    double top = 1;
    int ticks = 2;
};
[[nodiscard]] NiceAxis niceAxis(double maxValue, int maxIntervals = 5);

// How a stream is named on the chart: "source:port → group:port", and the probe's stream id when it
// has one, so that a sender started twice from the same port shows as two streams.
[[nodiscard]] QString streamLabel(const mct::core::StreamKey &key);

class RateChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateChart)

public:
    // Points closer together than this are skipped: the receiver's status comes ~4 times a second.
    static constexpr qint64 kMinPointIntervalMs = 200;

    explicit RateChart(QWidget *parent = nullptr);

    // One point per stream per status update (a few times a second), never per packet.
    void addSnapshot(qint64 timeMs, const QList<mct::core::StreamSnapshot> &streams);
    void clear();
    // A mark at the bottom of the chart where an outage began; `text` is its tooltip.
    void addOutage(qint64 startMs, qint64 endMs, const QString &text);
    [[nodiscard]] int outageMarks() const;
    void setWindowSeconds(int seconds);
    [[nodiscard]] int seriesCount() const { return int(m_series.size()); }
    [[nodiscard]] int pointsAdded() const { return m_pointsAdded; }
    // The rates above, the losses in a plot of their own below (its own scale and look: a loss of
    // 110/s never looks as large as 900 packets/s). The plots share the time axis's place.
    [[nodiscard]] QChart *rateChart() const { return m_chart; }
    [[nodiscard]] QChart *lossChart() const { return m_lossChart; }
    [[nodiscard]] QValueAxis *rateAxis() const { return m_rateAxis; }
    [[nodiscard]] QValueAxis *lossAxis() const { return m_lossAxis; }
    [[nodiscard]] QDateTimeAxis *timeAxis() const { return m_lossTimeAxis; }
    // The stream's colour on the chart (the streams table shows it), or an invalid colour.
    [[nodiscard]] QColor colourOf(const mct::core::StreamKey &key) const;

Q_SIGNALS:
    // Streams got or lost their line (their colour in colourOf changed).
    void coloursChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Series
    {
        QLineSeries *rate = nullptr;
        QLineSeries *loss = nullptr;                        // only for streams with sequence numbers
        std::deque<std::pair<qint64, quint64>> lostHistory; // (time, lost so far) over the last second
    };
    void setUpAxes();
    void setAxisTitles(); // in the current language
    Series addStream(const mct::core::StreamSnapshot &stream);
    void showValueOnHover(QLineSeries *line, const QString &unit);
    void removeGone(const QList<mct::core::StreamSnapshot> &streams); // those no longer listed
    void trimAndRescale(qint64 nowMs);
    void alignPlots();
    void applyPalette();

    QChart *m_chart = nullptr;
    QChart *m_lossChart = nullptr;
    QChartView *m_view = nullptr;
    QChartView *m_lossView = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;     // of the rates, its labels left to the one below
    QDateTimeAxis *m_lossTimeAxis = nullptr; // of the losses, with the labels
    QValueAxis *m_rateAxis = nullptr;
    QValueAxis *m_lossAxis = nullptr;
    QHash<mct::core::StreamKey, Series> m_series;
    QScatterSeries *m_outages = nullptr; // made with the first outage
    std::deque<QString> m_outageTexts;   // one per point, the oldest first
    qint64 m_lastPointMs = 0;
    qint64 m_firstPointMs = 0;
    int m_windowSeconds = 300;
    int m_pointsAdded = 0;
};

} // namespace mct::ui
