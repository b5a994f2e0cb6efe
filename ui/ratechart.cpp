// Live chart of packets/s and lost packets per stream over the last minutes (Qt Charts).
#include "ratechart.h"

#include "endpoint.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <QVBoxLayout>

namespace mct::ui {

namespace {

constexpr qint64 kPointIntervalMs = 1000;
// More lines than this is unreadable; the busiest streams get them.
constexpr int kMaxStreams = 8;

} // namespace

RateChart::RateChart(QWidget *parent)
    : QWidget(parent),
      m_chart(new QChart),
      m_timeAxis(new QDateTimeAxis),
      m_rateAxis(new QValueAxis),
      m_lossAxis(new QValueAxis)
{
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTickCount(6);
    m_rateAxis->setTitleText(tr("packets/s"));
    m_rateAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_rateAxis->setMin(0);
    m_lossAxis->setTitleText(tr("lost per second"));
    m_lossAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_lossAxis->setMin(0);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_rateAxis, Qt::AlignLeft);
    m_chart->addAxis(m_lossAxis, Qt::AlignRight);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Rate chart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    // Follow the widget palette so the chart is readable in dark themes too.
    m_chart->setBackgroundBrush(palette().base());
    m_chart->setTitleBrush(palette().text());
    m_chart->legend()->setLabelBrush(palette().text());
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_rateAxis),
                                static_cast<QAbstractAxis *>(m_lossAxis)}) {
        axis->setLabelsBrush(palette().text());
        axis->setTitleBrush(palette().text());
        axis->setGridLineColor(palette().mid().color());
    }
}

void RateChart::setWindowSeconds(int seconds)
{
    m_windowSeconds = std::max(10, seconds);
}

void RateChart::addSnapshot(qint64 timeMs, const QList<core::StreamSnapshot> &streams)
{
    if (m_lastPointMs != 0 && timeMs - m_lastPointMs < kPointIntervalMs) {
        return;
    }
    m_lastPointMs = timeMs;

    QList<const core::StreamSnapshot *> live;
    for (const core::StreamSnapshot &s : streams) {
        if (!s.ended) {
            live.append(&s);
        }
    }
    std::sort(live.begin(), live.end(), [](const auto *a, const auto *b) { return a->packetsPerSecond > b->packetsPerSecond; });

    for (const core::StreamSnapshot *s : std::as_const(live)) {
        auto it = m_series.find(s->key);
        if (it == m_series.end()) {
            if (m_series.size() >= kMaxStreams) {
                continue;
            }
            Series series;
            const QString name = QStringLiteral("%1 → %2")
                                     .arg(core::formatAddressPort(s->key.source.toHostAddress(), s->key.sourcePort),
                                          core::formatAddressPort(s->key.group.toHostAddress(), s->key.port));
            series.rate = new QLineSeries;
            series.rate->setName(name);
            series.loss = new QLineSeries;
            series.loss->setName(tr("%1 lost").arg(name));
            QPen lossPen = series.loss->pen();
            lossPen.setStyle(Qt::DashLine);
            series.loss->setPen(lossPen);
            series.lastLost = s->lostAtEnd;
            for (QLineSeries *line : {series.rate, series.loss}) {
                m_chart->addSeries(line);
                line->attachAxis(m_timeAxis);
            }
            series.rate->attachAxis(m_rateAxis);
            series.loss->attachAxis(m_lossAxis);
            it = m_series.insert(s->key, series);
        }
        it->rate->append(double(timeMs), s->packetsPerSecond);
        const quint64 newLost = s->lostAtEnd >= it->lastLost ? s->lostAtEnd - it->lastLost : 0;
        it->lastLost = s->lostAtEnd;
        it->loss->append(double(timeMs), double(newLost));
    }
    trimAndRescale(timeMs);
}

void RateChart::trimAndRescale(qint64 nowMs)
{
    const double oldest = double(nowMs - qint64(m_windowSeconds) * 1000);
    double maxRate = 1;
    double maxLoss = 1;
    for (const Series &series : std::as_const(m_series)) {
        for (QLineSeries *line : {series.rate, series.loss}) {
            int drop = 0;
            while (drop < line->count() && line->at(drop).x() < oldest) {
                ++drop;
            }
            if (drop > 0) {
                line->removePoints(0, drop);
            }
        }
        for (const QPointF &p : series.rate->points()) {
            maxRate = std::max(maxRate, p.y());
        }
        for (const QPointF &p : series.loss->points()) {
            maxLoss = std::max(maxLoss, p.y());
        }
    }
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(oldest)), QDateTime::fromMSecsSinceEpoch(nowMs));
    m_rateAxis->setRange(0, maxRate * 1.1);
    m_lossAxis->setRange(0, maxLoss * 1.1);
}

void RateChart::clear()
{
    m_chart->removeAllSeries();
    m_series.clear();
    m_lastPointMs = 0;
}

} // namespace mct::ui
