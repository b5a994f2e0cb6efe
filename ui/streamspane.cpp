// The "Streams" tab: per-stream statistics above the live rate chart.
#include "streamspane.h"

#include "endpoint.h"
#include "glyphicons.h"
#include "packetjson.h"
#include "plaintooltipdelegate.h"
#include "ratechart.h"
#include "streamstatsmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace mct::ui {

StreamsPane::StreamsPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new StreamStatsModel(this))
    , m_view(new QTreeView(this))
    , m_chart(new RateChart(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_reset(new QAction(tr("Reset &Statistics"), this))
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

    m_reset->setObjectName(QStringLiteral("resetStatistics"));
    m_reset->setIcon(themedIcon(QStringLiteral("view-refresh"), Glyph::Clear));
    m_reset->setToolTip(tr("Forget every stream's counts, loss, jitter and latency and empty the chart; "
                           "streams are counted afresh from their next packet. The packet table keeps its "
                           "rows."));
    auto *resetButton = new QToolButton(this);
    resetButton->setDefaultAction(m_reset);
    resetButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    resetButton->setAutoRaise(true);
    auto *caption = new QLabel(tr("Per sender and group; a colour is the stream's line on the chart"), this);
    caption->setForegroundRole(QPalette::PlaceholderText);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(caption, 1);
    bar->addWidget(resetButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    connect(m_reset, &QAction::triggered, this, &StreamsPane::reset);
    connect(m_chart, &RateChart::coloursChanged, this, [this] {
        QHash<core::StreamKey, QColor> colours;
        for (const core::StreamSnapshot &s : m_model->streams()) {
            if (const QColor colour = m_chart->colourOf(s.key); colour.isValid()) {
                colours.insert(s.key, colour);
            }
        }
        m_model->setColours(colours);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &StreamsPane::widenColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &StreamsPane::widenColumns);
}

void StreamsPane::setStreams(qint64 timeMs, const QList<core::StreamSnapshot> &streams, quint64 resets)
{
    if (resets < m_resets) {
        return; // made before the receiver heard of the last Reset
    }
    m_model->setStreams(streams);
    m_chart->addSnapshot(timeMs, streams);
}

void StreamsPane::reset()
{
    ++m_resets;
    m_model->clear();
    m_chart->clear();
    Q_EMIT resetRequested();
}

void StreamsPane::widenColumns()
{
    QHeaderView *header = m_view->header();
    const QAbstractItemView *view = m_view; // QTreeView hides its sizeHintForColumn()
    for (int column = 0; column < StreamStatsModel::ColumnCount; ++column) {
        int wanted = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        if (column == StreamStatsModel::Source || column == StreamStatsModel::Group) {
            wanted = std::min(wanted, m_addressWidth); // a long IPv6 address is cut; its tool tip says it
        }
        if (header->sectionSize(column) < wanted) {
            header->resizeSection(column, wanted);
        }
    }
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
    // "2": the columns' order changed (the key figures first); an older layout would misplace them.
    settings.setValue(QStringLiteral("streamsHeader2"), m_view->header()->saveState());
    settings.setValue(QStringLiteral("streamsSplitter"), m_splitter->saveState());
}

void StreamsPane::restoreSettings(const QSettings &settings)
{
    m_addressWidth = fontMetrics().horizontalAdvance(QStringLiteral("192.168.100.100:50000")) + 24;
    if (!m_splitter->restoreState(settings.value(QStringLiteral("streamsSplitter")).toByteArray())) {
        m_splitter->setSizes({250, 350});
    }
    if (m_view->header()->restoreState(settings.value(QStringLiteral("streamsHeader2")).toByteArray())) {
        return;
    }
    // As narrow as their titles; widenColumns() gives them what their values need as streams come,
    // so that the key figures (received, lost, loss, jitter, latency) fit a laptop screen.
    for (int column = 0; column < StreamStatsModel::ColumnCount; ++column) {
        m_view->header()->resizeSection(column, m_view->header()->sectionSizeHint(column));
    }
}

} // namespace mct::ui
