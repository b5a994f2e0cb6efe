// Live chart of packets/s per stream over the last minutes, and below it lost packets/s (Qt Charts).
#include "ratechart.h"

#include "endpoint.h"
#include "packetjson.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QSet>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace mct::ui {

namespace {

// More lines than this is unreadable; the busiest streams get them.
constexpr int kMaxStreams = 8;
// A colour per stream, distinct among those shown: the chart theme's own repeat after a few, and its
// next colour would go to each loss line as well.
constexpr QRgb kStreamColours[kMaxStreams] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728,
                                              0x9467bd, 0x8c564b, 0xe377c2, 0x17becf};
// Outage marks and the loss plot's own look: red, unlike any stream's colour above.
constexpr QRgb kOutageColour = 0xe00000;
// Pixels around the plots and between an axis's title, labels and the plot.
constexpr int kMargin = 6;
constexpr int kGap = 6;
// Loss is shown per second, over the last second (status updates come more often).
constexpr qint64 kLossWindowMs = 1000;
// Until the chart has this much history, it shows this much, not the whole (empty) window.
constexpr qint64 kMinSpanMs = 60'000;

// As many intervals as the plot's height has room for labels: a short plot (the loss plot on a small
// screen) drew every label as "…" when it was given the tall plot's five.
int fittingIntervals(const QChart *chart, const QValueAxis *axis)
{
    const int labelHeight = QFontMetrics(axis->labelsFont()).height();
    const int height = int(chart->plotArea().height());
    if (height <= 0) {
        return 5;
    }
    return std::clamp(height / (labelHeight * 3 / 2), 1, 5);
}

void applyAxis(const QChart *chart, QValueAxis *axis, double maxValue)
{
    const NiceAxis nice = niceAxis(maxValue, fittingIntervals(chart, axis));
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

QString streamLabel(const core::StreamKey &key)
{
    QString label = core::streamRoute(key, u" \u2192 ");
    if (key.streamId != 0) {
        label += QStringLiteral(" (%1)").arg(key.streamId, 8, 16, QLatin1Char('0'));
    }
    if (key.generation > 0) {
        label += RateChart::tr(" #%1").arg(key.generation + 1); // the sender restarted its sequence
    }
    return label;
}

RateChart::RateChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_lossChart(new QChart)
    , m_timeAxis(new QDateTimeAxis)
    , m_lossTimeAxis(new QDateTimeAxis)
    , m_rateAxis(new QValueAxis)
    , m_lossAxis(new QValueAxis)
{
    setUpAxes();
    m_view = new QChartView(m_chart, this);
    m_lossView = new QChartView(m_lossChart, this);
    for (QChartView *view : {m_view, m_lossView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(fontMetrics().height() * 5);
        // The plots' edges are made the same whenever either is laid out.
        connect(view->chart(), &QChart::plotAreaChanged, this, &RateChart::alignPlots);
    }
    m_view->setAccessibleName(tr("Rate chart"));
    m_lossView->setAccessibleName(tr("Loss chart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_lossView, 1);
    applyPalette();
}

void RateChart::setUpAxes()
{
    for (QChart *chart : {m_chart, m_lossChart}) {
        // No legend: the streams table above says which colour is which stream, with room to say
        // all of it (a legend beside the plot took a third of a small screen and still cut the names).
        chart->legend()->hide();
        chart->setMargins(QMargins(kMargin, kMargin, kMargin, kMargin));
        chart->layout()->setContentsMargins(0, 0, 0, 0);
        chart->setBackgroundRoundness(0);
    }
    for (QDateTimeAxis *axis : {m_timeAxis, m_lossTimeAxis}) {
        axis->setFormat(QStringLiteral("HH:mm:ss"));
        axis->setTickCount(6);
    }
    m_timeAxis->setLabelsVisible(false); // the loss plot below has the times
    setAxisTitles();
    for (QValueAxis *axis : {m_rateAxis, m_lossAxis}) {
        axis->setLabelFormat(QStringLiteral("%.0f"));
        axis->setRange(0, 1);
        axis->setTickCount(2);
    }
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_rateAxis, Qt::AlignLeft);
    m_lossChart->addAxis(m_lossTimeAxis, Qt::AlignBottom);
    m_lossChart->addAxis(m_lossAxis, Qt::AlignLeft);
    // A real range before the views first lay out: a date-time axis shown with an empty range
    // never draws its labels afterwards (Qt Charts 6.4).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (QDateTimeAxis *axis : {m_timeAxis, m_lossTimeAxis}) {
        axis->setRange(QDateTime::fromMSecsSinceEpoch(now - kMinSpanMs), QDateTime::fromMSecsSinceEpoch(now));
    }
}

void RateChart::setAxisTitles()
{
    m_rateAxis->setTitleText(tr("packets/s"));
    m_lossAxis->setTitleText(tr("lost/s"));
    for (QValueAxis *axis : {m_rateAxis, m_lossAxis}) {
        // Qt Charts 6.4 elides a rotated title in a CJK script unless its font is a CJK one.
        const QString title = axis->titleText();
        QFont font = axis->titleFont();
        if (std::any_of(title.cbegin(), title.cend(), [](QChar c) { return c.unicode() >= 0x2E80; })) {
            font.setFamilies({QStringLiteral("Noto Sans CJK SC"), this->font().family()});
        } else {
            font.setFamilies({this->font().family()});
        }
        axis->setTitleFont(font);
    }
}

void RateChart::alignPlots()
{
    // Both plots get the same left and right edges, so a moment is at the same place in both.
    // Qt Charts lays each out on its own (axis title, the widest label, half a time label at the
    // right); the one that needs less gets the difference as margin. (A fixed plot area instead
    // leaves the axes and background where they were in Qt Charts 6.4.)
    const std::array<QChart *, 2> charts{m_chart, m_lossChart};
    std::array<qreal, 2> naturalLeft{};
    std::array<qreal, 2> naturalRight{};
    for (size_t i = 0; i < charts.size(); ++i) {
        const QRectF plot = charts[i]->plotArea();
        if (plot.width() <= 1) {
            return; // not laid out yet
        }
        const QMargins margins = charts[i]->margins();
        naturalLeft[i] = plot.left() - margins.left();
        naturalRight[i] = charts[i]->size().width() - plot.right() - margins.right();
    }
    const qreal left = std::max(naturalLeft[0], naturalLeft[1]);
    const qreal right = std::max(naturalRight[0], naturalRight[1]);
    for (size_t i = 0; i < charts.size(); ++i) {
        const QMargins wanted(kMargin + qRound(left - naturalLeft[i]), kMargin,
                              kMargin + qRound(right - naturalRight[i]), kMargin);
        if (charts[i]->margins() != wanted) {
            charts[i]->setMargins(wanted);
        }
    }
    // As many times as fit side by side (a narrow plot showed "16:2…" five times).
    const int label =
            QFontMetrics(m_lossTimeAxis->labelsFont()).horizontalAdvance(QStringLiteral("00:00:00"));
    const int ticks = std::clamp(int(m_lossChart->plotArea().width()) / (label + 3 * kGap) + 1, 2, 6);
    for (QDateTimeAxis *axis : {m_timeAxis, m_lossTimeAxis}) {
        if (axis->tickCount() != ticks) {
            axis->setTickCount(ticks);
        }
    }
}

void RateChart::applyPalette()
{
    // Follow the widget palette so the chart is readable in dark themes too.
    const QPalette p = palette();
    for (QChart *chart : {m_chart, m_lossChart}) {
        chart->setBackgroundBrush(p.base());
        chart->setTitleBrush(p.text());
    }
    for (QChartView *view : {m_view, m_lossView}) {
        if (view != nullptr) {
            view->setBackgroundBrush(p.base()); // around the chart, while it follows a resize
        }
    }
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_lossTimeAxis),
          static_cast<QAbstractAxis *>(m_rateAxis), static_cast<QAbstractAxis *>(m_lossAxis)}) {
        axis->setLabelsBrush(p.text());
        axis->setTitleBrush(p.text());
        axis->setGridLineColor(p.mid().color());
        axis->setMinorGridLineColor(p.mid().color());
        axis->setLinePenColor(p.mid().color());
    }
    // The loss plot in red, lightly over the base colour: told from the rates at a glance.
    QColor tint = QColor::fromRgb(kOutageColour);
    tint.setAlpha(28);
    m_lossChart->setPlotAreaBackgroundBrush(tint);
    m_lossChart->setPlotAreaBackgroundVisible(true);
    m_lossAxis->setTitleBrush(QColor::fromRgb(kOutageColour));
}

void RateChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        setAxisTitles();
    }
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
            it = m_series.insert(s->key, addStream(*s));
            Q_EMIT coloursChanged();
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

RateChart::Series RateChart::addStream(const core::StreamSnapshot &stream)
{
    Series series;
    const QString name = streamLabel(stream.key);
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
    showValueOnHover(series.rate, tr("packets/s"));
    // Loss only where sequence numbers tell it: in the plot below, dashed, in the stream's colour.
    if (stream.hasSequence || stream.format == core::PayloadFormat::MpegTs) {
        series.loss = new QLineSeries;
        series.loss->setName(tr("%1 lost").arg(name));
        m_lossChart->addSeries(series.loss);
        series.loss->attachAxis(m_lossTimeAxis);
        series.loss->attachAxis(m_lossAxis);
        QPen lossPen = series.loss->pen();
        lossPen.setColor(series.rate->color());
        lossPen.setStyle(Qt::DashLine);
        lossPen.setWidthF(std::max(2.0, lossPen.widthF()));
        series.loss->setPen(lossPen);
        showValueOnHover(series.loss, tr("lost/s"));
    }
    return series;
}

void RateChart::showValueOnHover(QLineSeries *line, const QString &unit)
{
    // Which stream a line is, without a legend: its name and value under the pointer.
    connect(line, &QLineSeries::hovered, this, [this, line, unit](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           tr("%1\n%2 %3 at %4")
                                   .arg(line->name(), QLocale().toString(point.y(), 'f', 0), unit,
                                        QDateTime::fromMSecsSinceEpoch(qint64(point.x()))
                                                .toString(QStringLiteral("HH:mm:ss"))),
                           this);
    });
}

QColor RateChart::colourOf(const core::StreamKey &key) const
{
    const auto it = m_series.constFind(key);
    return it == m_series.cend() ? QColor() : it->rate->color();
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
    for (QDateTimeAxis *axis : {m_timeAxis, m_lossTimeAxis}) {
        axis->setRange(QDateTime::fromMSecsSinceEpoch(shownFrom), QDateTime::fromMSecsSinceEpoch(nowMs));
    }
    applyAxis(m_chart, m_rateAxis, maxRate);
    applyAxis(m_lossChart, m_lossAxis, maxLoss);
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
        m_chart->removeSeries(it->rate);
        delete it->rate;
        if (it->loss != nullptr) {
            m_lossChart->removeSeries(it->loss);
            delete it->loss;
        }
        it = m_series.erase(it);
        Q_EMIT coloursChanged();
    }
}

void RateChart::clear()
{
    m_chart->removeAllSeries();
    m_lossChart->removeAllSeries();
    m_series.clear();
    Q_EMIT coloursChanged();
    m_outages = nullptr; // removeAllSeries deleted it
    m_outageTexts.clear();
    m_lastPointMs = 0;
    m_firstPointMs = 0;
}

} // namespace mct::ui
