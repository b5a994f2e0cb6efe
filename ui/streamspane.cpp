// The "Streams" tab: per-stream statistics above the live rate chart.
#include "streamspane.h"

#include "endpoint.h"
#include "packetjson.h"
#include "plaintooltipdelegate.h"
#include "ratechart.h"
#include "streamstatsmodel.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace mct::ui {

StreamsPane::StreamsPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new StreamStatsModel(this))
    , m_view(new QTreeView(this))
    , m_chart(new RateChart(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PlainToolTipDelegate(m_view));
    m_view->setObjectName(QStringLiteral("streams"));
    m_view->setAccessibleName(tr("Streams and their statistics"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(false);
    m_chart->setObjectName(QStringLiteral("rateChart"));
    m_chart->setAccessibleName(tr("Packet rate and loss over time"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_chart);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

void StreamsPane::setStreams(qint64 timeMs, const QList<core::StreamSnapshot> &streams)
{
    m_model->setStreams(streams);
    m_chart->addSnapshot(timeMs, streams);
}

void StreamsPane::addOutage(const core::StreamEvent &event)
{
    const QString stream = core::streamRoute(event.key, u" \u2192 ");
    QString text = tr("Outage of %1: %2 ms silent")
                           .arg(stream)
                           .arg(double(event.outage.durationNs()) / 1e6, 0, 'f', 1);
    if (event.outage.lost >= 0) {
        text = tr("%1, %2 lost").arg(text).arg(event.outage.lost);
    }
    m_chart->addOutage(event.outage.startNs / 1'000'000, event.outage.endNs / 1'000'000, text);
}

void StreamsPane::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("streamsHeader"), m_view->header()->saveState());
    settings.setValue(QStringLiteral("streamsSplitter"), m_splitter->saveState());
}

void StreamsPane::restoreSettings(const QSettings &settings)
{
    if (!m_splitter->restoreState(settings.value(QStringLiteral("streamsSplitter")).toByteArray())) {
        m_splitter->setSizes({250, 350});
    }
    if (m_view->header()->restoreState(settings.value(QStringLiteral("streamsHeader")).toByteArray())) {
        return;
    }
    const auto widths = {std::pair{StreamStatsModel::Source, "192.168.100.100:50000"},
                         {StreamStatsModel::Group, "239.255.255.250:50000"},
                         {StreamStatsModel::Format, "mpeg-ts"},
                         {StreamStatsModel::Received, "10,000,000"},
                         {StreamStatsModel::PacketsPerSecond, "100,000 pkt/s"},
                         {StreamStatsModel::BitsPerSecond, "100.00 Mbit/s"},
                         {StreamStatsModel::Lost, "1,000,000"},
                         {StreamStatsModel::LossPercent, "100.00 %"},
                         {StreamStatsModel::Duplicates, "100,000"},
                         {StreamStatsModel::Reordered, "100,000"},
                         {StreamStatsModel::Outages, "12, longest 1,234.5 ms"},
                         {StreamStatsModel::JitterMs, "100.000 ms"},
                         {StreamStatsModel::LatencyMs, "1.000 / 1.000 / 1.000"}};
    for (const auto &[column, sample] : widths) {
        m_view->header()->resizeSection(column,
                                        fontMetrics().horizontalAdvance(QString::fromLatin1(sample)) + 24);
    }
}

} // namespace mct::ui
