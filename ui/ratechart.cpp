// Live chart of packets/s and lost packets per stream over the last minutes (Qt Charts).
#include "ratechart.h"

#include "endpoint.h"
#include "packetjson.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QSet>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace mct::ui {

namespace {

// More lines than this is unreadable; the busiest streams get them.
constexpr int kMaxStreams = 8;
// A colour per stream, distinct among those shown: the chart theme's own repeat after a few, and its
// next colour would go to each loss line as well.
constexpr QRgb kStreamColours[kMaxStreams] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728,
                                              0x9467bd, 0x8c564b, 0xe377c2, 0x17becf};
// Outage marks: red, unlike any stream's colour above.
constexpr QRgb kOutageColour = 0xe00000;
// Loss is shown per second, over the last second (status updates come more often).
constexpr qint64 kLossWindowMs = 1000;
// Until the chart has this much history, it shows this much, not the whole (empty) window.
constexpr qint64 kMinSpanMs = 60'000;

void applyAxis(QValueAxis *axis, double maxValue)
{
    const NiceAxis nice = niceAxis(maxValue);
    axis->setRange(0, nice.top);
    axis->setTickCount(nice.ticks);
}

} // namespace

NiceAxis niceAxis(double maxValue, int maxIntervals)
{
    if (!(maxValue > 0) || !std::isfinite(maxValue)) {
        return {1, 2};
    }
    maxIntervals = std::max(1, maxIntervals);
    // A little headroom, so the highest point does not sit on the frame.
    const double wanted = maxValue * 1.05;
    const double rough = wanted / maxIntervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude * 10;
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= rough) {
            step = factor * magnitude;
            break;
        }
    }
    step = std::max(step, 1.0); // counts: whole numbers on every tick
    const double intervals = std::max(1.0, std::ceil(wanted / step));
    return {intervals * step, int(intervals) + 1};
}

RateChart::RateChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_timeAxis(new QDateTimeAxis)
    , m_rateAxis(new QValueAxis)
    , m_lossAxis(new QValueAxis)
{
    // Beside the plot, one line per stream: at the bottom the long names would be cut to "10.77...."
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTickCount(6);
    m_rateAxis->setTitleText(tr("packets/s"));
    m_rateAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_lossAxis->setTitleText(tr("lost per second (dashed)"));
    m_lossAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_lossAxis->setGridLineVisible(false); // its ticks need not meet the rate's: one grid is calmer
    // Qt Charts 6.4 elides a rotated title in a CJK script unless its font is a CJK one.
    for (QValueAxis *axis : {m_rateAxis, m_lossAxis}) {
        const QString title = axis->titleText();
        const bool cjk =
                std::any_of(title.cbegin(), title.cend(), [](QChar c) { return c.unicode() >= 0x2E80; });
        if (cjk) {
            QFont font = axis->titleFont();
            font.setFamilies({QStringLiteral("Noto Sans CJK SC"), font.family()});
            axis->setTitleFont(font);
        }
    }
    applyAxis(m_rateAxis, 0);
    applyAxis(m_lossAxis, 0);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_rateAxis, Qt::AlignLeft);
    m_chart->addAxis(m_lossAxis, Qt::AlignRight);
    // A real range before the view first lays out: a date-time axis shown with an empty range
    // never draws its labels afterwards (Qt Charts 6.4).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(now - kMinSpanMs),
                         QDateTime::fromMSecsSinceEpoch(now));

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Rate chart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    applyPalette();
}

void RateChart::applyPalette()
{
    // Follow the widget palette so the chart is readable in dark themes too.
    const QPalette p = palette();
    m_chart->setBackgroundBrush(p.base());
    m_chart->setTitleBrush(p.text());
    m_chart->legend()->setLabelBrush(p.text());
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_rateAxis),
          static_cast<QAbstractAxis *>(m_lossAxis)}) {
        axis->setLabelsBrush(p.text());
        axis->setTitleBrush(p.text());
        axis->setGridLineColor(p.mid().color());
        axis->setMinorGridLineColor(p.mid().color());
        axis->setLinePenColor(p.mid().color());
    }
}

void RateChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
}

void RateChart::setWindowSeconds(int seconds)
{
    m_windowSeconds = std::max(10, seconds);
}

void RateChart::addSnapshot(qint64 timeMs, const QList<core::StreamSnapshot> &streams)
{
    if (m_lastPointMs != 0 && timeMs - m_lastPointMs < kMinPointIntervalMs) {
        return;
    }
    m_lastPointMs = timeMs;
    ++m_pointsAdded;
    removeGone(streams);

    QList<const core::StreamSnapshot *> live;
    for (const core::StreamSnapshot &s : streams) {
        if (!s.ended) {
            live.append(&s);
        }
    }
    std::sort(live.begin(), live.end(),
              [](const auto *a, const auto *b) { return a->packetsPerSecond > b->packetsPerSecond; });

    for (const core::StreamSnapshot *s : std::as_const(live)) {
        auto it = m_series.find(s->key);
        if (it == m_series.end()) {
            if (m_series.size() >= kMaxStreams) {
                continue;
            }
            Series series;
            const QString name = core::streamRoute(s->key, u" \u2192 ");
            series.rate = new QLineSeries;
            series.rate->setName(name);
            for (const QRgb colour : kStreamColours) {
                if (std::none_of(m_series.cbegin(), m_series.cend(), [colour](const Series &other) {
                        return other.rate->color().rgb() == (colour | 0xff000000u);
                    })) {
                    series.rate->setColor(QColor::fromRgb(colour));
                    break;
                }
            }
            m_chart->addSeries(series.rate);
            series.rate->attachAxis(m_timeAxis);
            series.rate->attachAxis(m_rateAxis);
            // Loss only where sequence numbers tell it; dashed, in the stream's colour, no legend entry.
            if (s->hasSequence || s->format == core::PayloadFormat::MpegTs) {
                series.loss = new QLineSeries;
                series.loss->setName(tr("%1 lost").arg(name));
                m_chart->addSeries(series.loss);
                series.loss->attachAxis(m_timeAxis);
                series.loss->attachAxis(m_lossAxis);
                QPen lossPen = series.loss->pen();
                lossPen.setColor(series.rate->color());
                lossPen.setStyle(Qt::DashLine);
                series.loss->setPen(lossPen);
                const auto markers = m_chart->legend()->markers(series.loss);
                for (QLegendMarker *marker : markers) {
                    marker->setVisible(false);
                }
            }
            it = m_series.insert(s->key, series);
        }
        if (m_firstPointMs == 0) {
            m_firstPointMs = timeMs;
        }
        it->rate->append(double(timeMs), s->packetsPerSecond);
        if (it->loss == nullptr) {
            continue;
        }
        auto &history = it->lostHistory;
        history.emplace_back(timeMs, s->lostAtEnd);
        while (history.size() > 2 && timeMs - history[1].first >= kLossWindowMs) {
            history.pop_front();
        }
        const auto &[thenMs, thenLost] = history.front();
        const double lossRate = timeMs > thenMs && s->lostAtEnd > thenLost
                                        ? double(s->lostAtEnd - thenLost) * 1000.0 / double(timeMs - thenMs)
                                        : 0.0;
        it->loss->append(double(timeMs), lossRate);
    }
    trimAndRescale(timeMs);
}

void RateChart::addOutage(qint64 startMs, qint64 endMs, const QString &text)
{
    if (m_outages == nullptr) {
        m_outages = new QScatterSeries;
        m_outages->setName(tr("outages"));
        m_outages->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        m_outages->setMarkerSize(12);
        m_outages->setColor(QColor::fromRgb(kOutageColour));
        m_outages->setBorderColor(QColor::fromRgb(kOutageColour));
        m_chart->addSeries(m_outages);
        m_outages->attachAxis(m_timeAxis);
        m_outages->attachAxis(m_rateAxis);
        connect(m_outages, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const auto points = m_outages->points();
            for (qsizetype i = 0; i < points.size() && i < qsizetype(m_outageTexts.size()); ++i) {
                if (points.at(i) == point) {
                    QToolTip::showText(QCursor::pos(), m_outageTexts.at(size_t(i)), this);
                    return;
                }
            }
        });
    }
    // Where the silence began, on the time axis; the text tells how long it lasted.
    m_outages->append(double(startMs), 0);
    m_outageTexts.push_back(
            tr("%1\n%2 to %3")
                    .arg(text,
                         QDateTime::fromMSecsSinceEpoch(startMs).toString(QStringLiteral("HH:mm:ss.zzz")),
                         QDateTime::fromMSecsSinceEpoch(endMs).toString(QStringLiteral("HH:mm:ss.zzz"))));
}

int RateChart::outageMarks() const
{
    return m_outages != nullptr ? m_outages->count() : 0;
}

void RateChart::trimAndRescale(qint64 nowMs)
{
    if (m_outages != nullptr) {
        int drop = 0;
        while (drop < m_outages->count()
               && m_outages->at(drop).x() < double(nowMs - qint64(m_windowSeconds) * 1000)) {
            ++drop;
        }
        if (drop > 0) {
            m_outages->removePoints(0, drop);
            m_outageTexts.erase(m_outageTexts.begin(), m_outageTexts.begin() + drop);
        }
    }
    const double oldest = double(nowMs - qint64(m_windowSeconds) * 1000);
    // The axis grows with the history, from a minute up to the whole window.
    const qint64 shownFrom = std::min(nowMs - kMinSpanMs,
                                      std::max(qint64(oldest), m_firstPointMs > 0 ? m_firstPointMs : nowMs));
    double maxRate = 0;
    double maxLoss = 0;
    for (const Series &series : std::as_const(m_series)) {
        for (QLineSeries *line : {series.rate, series.loss}) {
            if (line == nullptr) {
                continue;
            }
            int drop = 0;
            while (drop < line->count() && line->at(drop).x() < oldest) {
                ++drop;
            }
            if (drop > 0) {
                line->removePoints(0, drop);
            }
        }
        const auto rates = series.rate->points();
        for (const QPointF &p : rates) {
            maxRate = std::max(maxRate, p.y());
        }
        if (series.loss != nullptr) {
            const auto losses = series.loss->points();
            for (const QPointF &p : losses) {
                maxLoss = std::max(maxLoss, p.y());
            }
        }
    }
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(shownFrom), QDateTime::fromMSecsSinceEpoch(nowMs));
    applyAxis(m_rateAxis, maxRate);
    applyAxis(m_lossAxis, maxLoss);
}

void RateChart::removeGone(const QList<core::StreamSnapshot> &streams)
{
    // A stream goes away when its packets turn out to be another format's (a flow's first packets
    // count as plain until its format is confirmed: core/flowformat.h); its lines go with it.
    QSet<core::StreamKey> listed;
    for (const core::StreamSnapshot &s : streams) {
        listed.insert(s.key);
    }
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (listed.contains(it.key())) {
            ++it;
            continue;
        }
        for (QLineSeries *line : {it->rate, it->loss}) {
            if (line != nullptr) {
                m_chart->removeSeries(line);
                delete line;
            }
        }
        it = m_series.erase(it);
    }
}

void RateChart::clear()
{
    m_chart->removeAllSeries();
    m_series.clear();
    m_outages = nullptr; // removeAllSeries deleted it
    m_outageTexts.clear();
    m_lastPointMs = 0;
    m_firstPointMs = 0;
}

} // namespace mct::ui
