// The live packet table with its filter, pause and clear, following the tail, and the details below.
#include "packetview.h"

#include "glyphicons.h"
#include "packetdetails.h"
#include "packetfilterproxy.h"
#include "packettablemodel.h"
#include "plaintooltipdelegate.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVariantList>

#include <algorithm>
#include <array>

namespace mct::ui {

namespace {

// Room the payload column keeps while the columns fit themselves to the table (fitColumnsToWidth).
constexpr int kMinPayloadChars = 28;
// The columns that give way to it, the least needed first.
constexpr std::array<int, 4> kYieldingColumns{PacketTableModel::SequenceColumn, PacketTableModel::DscpColumn,
                                              PacketTableModel::InterfaceColumn, PacketTableModel::TtlColumn};

// A column's width for its widest expected text in the table's font.
int columnWidth(const QFontMetrics &metrics, const char *sample)
{
    return metrics.horizontalAdvance(QString::fromLatin1(sample)) + 18;
}

// Where a column stands in kYieldingColumns, or -1 if it does not give way.
int yieldingIndex(int column)
{
    const auto it = std::find(kYieldingColumns.cbegin(), kYieldingColumns.cend(), column);
    return it == kYieldingColumns.cend() ? -1 : int(it - kYieldingColumns.cbegin());
}

// The table of packets. A selected row the ring buffer evicts is let go: QTableView would make the
// next row, the oldest one left, current and selected, and scroll there, far from where the user read.
class PacketTable final : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override
    {
        const QModelIndex current = currentIndex();
        if (current.isValid() && current.row() >= start && current.row() <= end) {
            selectionModel()->clear(); // the details keep showing the packet (showSelected)
        }
        QTableView::rowsAboutToBeRemoved(parent, start, end);
    }
};

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

PacketView::PacketView(QWidget *parent)
    : QWidget(parent)
    , m_model(new PacketTableModel(this))
    , m_proxy(new PacketFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_table(new PacketTable(this))
    , m_details(new PacketDetails(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_banner(new QLabel(this))
    , m_empty(new QLabel(m_table->viewport()))
    , m_pause(new QAction(tr("&Pause"), this))
    , m_clear(new QAction(tr("&Clear"), this))
    , m_focusFilter(new QAction(tr("&Filter"), this))
    , m_followTimer(new QTimer(this))
    , m_filterTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    buildTable();

    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pause->setIcon(themedIcon(QStringLiteral("media-playback-pause"), Glyph::Pause));
    m_pause->setToolTip(tr("Freeze the table; packets keep arriving and are counted, and appear on resume "
                           "(Ctrl+P, or Space in the table)"));
    m_clear->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_clear->setIcon(themedIcon(QStringLiteral("edit-clear-all"), Glyph::Clear));
    m_clear->setToolTip(tr("Remove every row from this table (Ctrl+L). The counts in the status bar and the "
                           "Streams tab's statistics and chart go on: Reset Statistics there starts those "
                           "afresh"));
    m_focusFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    for (QAction *action : {m_pause, m_clear, m_focusFilter}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), m_table);
    space->setContext(Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, m_pause, &QAction::toggle);

    m_filter->setObjectName(QStringLiteral("packetFilter"));
    m_table->setObjectName(QStringLiteral("packetTable"));
    m_details->setObjectName(QStringLiteral("packetDetails"));
    m_banner->setObjectName(QStringLiteral("packetBanner"));
    m_empty->setObjectName(QStringLiteral("packetEmptyState"));
    m_filter->setPlaceholderText(tr("Filter by source, group or payload text (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Packet filter"));
    m_filter->setToolTip(tr("Shows only packets whose source, group:port or payload contains this text "
                            "(not case-sensitive)"));
    m_filter->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_table->viewport()->installEventFilter(this);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setAccessibleName(tr("Table state"));

    m_bar = new QHBoxLayout;
    m_bar->setContentsMargins(0, 0, 0, 0);
    m_bar->addWidget(m_filter, 1);
    m_bar->addWidget(m_banner);
    m_bar->addWidget(buttonFor(m_pause, this));
    m_bar->addWidget(buttonFor(m_clear, this));

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_bar);
    layout->addWidget(m_splitter, 1);

    m_followTimer->setSingleShot(true);
    m_followTimer->setInterval(kFollowDelayMs);
    connect(m_followTimer, &QTimer::timeout, m_table, &QTableView::scrollToBottom);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        m_proxy->setFilterText(m_filter->text());
        updateEmptyState();
        Q_EMIT countsChanged();
    });
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_focusFilter, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(m_pause, &QAction::toggled, this, &PacketView::setPaused);
    connect(m_clear, &QAction::triggered, this, &PacketView::clear);
    updateBanner();
}

PacketView::~PacketView() = default;

void PacketView::buildTable()
{
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new PlainToolTipDelegate(m_table));
    m_table->setAccessibleName(tr("Received packets"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setVerticalScrollMode(
            QAbstractItemView::ScrollPerItem); // scroll values count rows, see rowsRemoved
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    // The widths of the columns that give way, from the sizes set here on, kept for while they are
    // hidden (sectionSize() is 0 then).
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int newSize) {
        if (const int i = yieldingIndex(column); i >= 0 && newSize > 0) {
            m_yieldingWidths[size_t(i)] = newSize;
        }
    });
    // Narrowed address columns fit what the rows show: the first rows are wider than the header.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_addressesNarrow) {
            fitColumnsToWidth();
        }
    });
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto width = [&metrics](const char *sample) { return columnWidth(metrics, sample); };
    header->resizeSection(PacketTableModel::NumberColumn, width("0000000"));
    header->resizeSection(PacketTableModel::TimeColumn, width("00:00:00.000"));
    m_addressWidth = width("192.168.100.100:50000");
    header->resizeSection(PacketTableModel::SourceColumn, m_addressWidth);
    header->resizeSection(PacketTableModel::GroupColumn, m_addressWidth);
    header->resizeSection(PacketTableModel::InterfaceColumn, width("Interface"));
    header->resizeSection(PacketTableModel::TtlColumn, width("TTL"));
    header->resizeSection(PacketTableModel::DscpColumn, width("DSCP"));
    placeDscpColumn();
    header->resizeSection(PacketTableModel::SizeColumn, width("65535"));
    header->resizeSection(PacketTableModel::SequenceColumn, width("0000000"));
    // Right-click on the header: choose the columns (room for the payload on a small screen).
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &at) {
        QMenu *menu = createColumnsMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->mapToGlobal(at));
    });

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_table->indexAt(at);
        if (index.isValid()) {
            QMenu *menu = createRowMenu(index, this);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(m_table->viewport()->mapToGlobal(at));
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PacketView::showSelected);
    // Rows evicted above what the user reads would slide the view; hold it still unless following.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                QScrollBar *bar = m_table->verticalScrollBar();
                if (first == 0 && !m_followTimer->isActive() && !m_atEnd) {
                    bar->setValue(bar->value() - (last - first + 1));
                }
            });
    // Scrolling away by hand cancels a pending jump to the end; going back there follows again.
    QScrollBar *bar = m_table->verticalScrollBar();
    connect(bar, &QScrollBar::actionTriggered, m_followTimer, &QTimer::stop);
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_atEnd = value >= bar->maximum();
        if (m_atEnd) {
            m_holdPosition = false;
        }
    });
    // The range grows under a view at the end when rows arrive or the table gets shorter (a bar
    // above it): the end is where it was, so go there.
    connect(bar, &QScrollBar::rangeChanged, this, [this] {
        if (m_atEnd && !m_holdPosition && !m_followTimer->isActive()) {
            m_followTimer->start();
        }
    });
}

void PacketView::appendBatch(const core::PacketBatch &batch)
{
    appendBatches({IncomingBatch{batch, 0}});
}

void PacketView::appendBatches(const QList<IncomingBatch> &batches)
{
    if (batches.isEmpty()) {
        return;
    }
    if (!isPaused()) {
        insert(batches);
        return;
    }
    for (const IncomingBatch &in : batches) {
        m_waiting.append(in);
        m_waitingRows += in.batch.records.size();
        m_waitingBytes += in.batch.arena.size();
    }
    // Keep no more than one table's worth (rows and payload); older batches would be evicted on
    // resume anyway.
    while (m_waiting.size() > 1
           && (m_waitingRows - m_waiting.constFirst().batch.records.size() >= m_model->capacity()
               || m_waitingBytes - m_waiting.constFirst().batch.arena.size() >= m_model->payloadBudget())) {
        const IncomingBatch &oldest = m_waiting.constFirst();
        m_waitingRows -= oldest.batch.records.size();
        m_waitingBytes -= oldest.batch.arena.size();
        m_droppedWhilePaused += oldest.skippedBefore + quint64(oldest.batch.records.size());
        m_waiting.removeFirst();
    }
    updateBanner();
}

void PacketView::insert(const QList<IncomingBatch> &batches)
{
    // Follow the tail only when the user is already there (or a jump there is pending).
    const bool follow = !m_holdPosition && (m_followTimer->isActive() || m_atEnd);
    m_model->appendBatches(batches);
    if (follow && !m_followTimer->isActive()) {
        m_followTimer->start();
    }
    updateBanner();
}

bool PacketView::isPaused() const
{
    return m_pause->isChecked();
}

void PacketView::setPaused(bool paused)
{
    if (!paused) {
        m_model->skipNumbers(m_droppedWhilePaused);
        const QList<IncomingBatch> waiting = std::exchange(m_waiting, {});
        m_waitingRows = 0;
        m_waitingBytes = 0;
        m_droppedWhilePaused = 0;
        if (!waiting.isEmpty()) {
            insert(waiting);
        }
    }
    m_pause->setText(paused ? tr("Res&ume") : tr("&Pause"));
    m_pause->setIcon(paused ? themedIcon(QStringLiteral("media-playback-start"), Glyph::Play)
                            : themedIcon(QStringLiteral("media-playback-pause"), Glyph::Pause));
    updateBanner();
}

void PacketView::clear()
{
    quint64 skipped = m_droppedWhilePaused + quint64(m_waitingRows);
    for (const IncomingBatch &in : std::as_const(m_waiting)) {
        skipped += in.skippedBefore;
    }
    m_model->skipNumbers(skipped);
    m_waiting.clear();
    m_waitingRows = 0;
    m_waitingBytes = 0;
    m_droppedWhilePaused = 0;
    m_model->clear();
    m_details->clear();
    m_holdPosition = false;
    updateBanner();
}

void PacketView::setCapacity(qsizetype capacity)
{
    m_model->setCapacity(capacity);
    updateBanner();
}

qsizetype PacketView::capacity() const
{
    return m_model->capacity();
}

void PacketView::setPayloadBudget(qint64 bytes)
{
    m_model->setPayloadBudget(bytes);
    Q_EMIT countsChanged();
}

qint64 PacketView::payloadBudget() const
{
    return m_model->payloadBudget();
}

void PacketView::addBarAction(QAction *action)
{
    // Before the filter's neighbours Pause and Clear: the last two widgets of the bar.
    m_bar->insertWidget(m_bar->count() - 2, buttonFor(action, this));
}

void PacketView::setFilterText(const QString &text)
{
    m_filter->setText(text);
    m_filterTimer->stop();
    m_proxy->setFilterText(text);
    updateEmptyState();
    Q_EMIT countsChanged();
}

void PacketView::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return; // the row was evicted: keep showing it until the user picks another
    }
    m_holdPosition = true;
    m_followTimer->stop();
    const int row = m_proxy->mapToSource(rows.constFirst()).row();
    if (row >= 0 && row < m_model->rowCount()) {
        m_details->showPacket(m_model->packetNumber(row), m_model->record(row), m_model->payload(row));
    }
}

void PacketView::updateBanner()
{
    QString text;
    if (isPaused()) {
        const quint64 waiting = quint64(m_waitingRows) + m_droppedWhilePaused;
        text = tr("Paused \u00b7 waiting: %1").arg(locale().toString(qulonglong(waiting)));
    }
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    updateEmptyState();
    Q_EMIT countsChanged();
}

void PacketView::updateEmptyState()
{
    if (m_proxy->rowCount() > 0) {
        m_empty->hide();
        return;
    }
    if (m_model->rowCount() > 0) {
        m_empty->setText(tr("No packet matches the filter."));
    } else if (isPaused()) {
        m_empty->setText(tr("Paused. New packets appear when you resume."));
    } else {
        m_empty->setText(tr("No packets yet.\nJoin a group on the left (Ctrl+J); its packets appear here as "
                            "they arrive."));
    }
    m_empty->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    m_empty->show();
}

bool PacketView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        m_empty->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
        fitColumnsToWidth();
    }
    return QWidget::eventFilter(watched, event);
}

void PacketView::placeDscpColumn()
{
    // Beside the TTL, the other field of the IP header.
    QHeaderView *header = m_table->horizontalHeader();
    const int from = header->visualIndex(PacketTableModel::DscpColumn);
    const int ttl = header->visualIndex(PacketTableModel::TtlColumn);
    header->moveSection(from, from > ttl ? ttl + 1 : ttl);
}

void PacketView::fitColumnsToWidth()
{
    // On a laptop screen the fixed columns leave the payload, the one a user reads most, a sliver
    // past the right edge. The columns the details pane repeats for the selected packet (sequence,
    // DSCP, interface, TTL) give way in that order, and come back when the table is wide enough for them
    // and the payload; each one only until the user shows or hides it from the header's menu.
    QHeaderView *header = m_table->horizontalHeader();
    const int wanted = m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * kMinPayloadChars;
    int used = 0; // by the columns beside the payload, as they would be with every fitted one shown
    for (int column = 0; column < PacketTableModel::ColumnCount; ++column) {
        if (column == PacketTableModel::PayloadColumn) {
            continue;
        }
        if (const int i = yieldingIndex(column); i >= 0 && !m_chosenColumns.contains(column)) {
            used += m_yieldingWidths[size_t(i)];
        } else if (m_addressesNarrow
                   && (column == PacketTableModel::SourceColumn || column == PacketTableModel::GroupColumn)) {
            used += m_addressWidth;
        } else if (!header->isSectionHidden(column)) {
            used += header->sectionSize(column);
        }
    }
    // The same with or without rows: the vertical scroll bar that comes with the first screenful
    // must not make a column flip.
    const QScrollBar *bar = m_table->verticalScrollBar();
    const int available = m_table->viewport()->width() - (bar->isVisible() ? 0 : bar->sizeHint().width());
    for (size_t i = 0; i < kYieldingColumns.size(); ++i) {
        const int column = kYieldingColumns[i];
        if (m_chosenColumns.contains(column)) {
            continue;
        }
        const bool hide = available - used < wanted;
        header->setSectionHidden(column, hide);
        used -= hide ? m_yieldingWidths[i] : 0;
    }
    fitAddressColumns(wanted - (available - used));
}

void PacketView::fitAddressColumns(int missing)
{
    // Sized for 192.168.100.100:50000, Source and Group leave room to spare with most addresses:
    // on a small screen they shrink, down to what the rows on screen show (the header's word at
    // least), and grow back when there is room. A longer address is cut; its tool tip and the
    // details say it whole.
    if (missing <= 0 && !m_addressesNarrow) {
        return;
    }
    QHeaderView *header = m_table->horizontalHeader();
    const int share = missing > 0 ? (missing + 1) / 2 : 0;
    m_addressesNarrow = false;
    for (const int column : {PacketTableModel::SourceColumn, PacketTableModel::GroupColumn}) {
        // QTableView hides it; the view's own (public) measure of the rows on screen.
        const QAbstractItemView *view = m_table;
        const int content = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        const int width = std::min(m_addressWidth, std::max(content, m_addressWidth - share));
        m_addressesNarrow = m_addressesNarrow || width < m_addressWidth;
        if (header->sectionSize(column) != width) {
            header->resizeSection(column, width);
        }
    }
}

QMenu *PacketView::createColumnsMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Columns"), parent);
    QHeaderView *header = m_table->horizontalHeader();
    int shown = 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        shown += header->isSectionHidden(column) ? 0 : 1;
    }
    // In the order the table shows them (the DSCP stands beside the TTL, not where the model has it).
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(header->isSectionHidden(column) || shown > 1);
        connect(action, &QAction::toggled, header, [this, header, column](bool visible) {
            m_chosenColumns.insert(column); // the user's choice from now on, whatever the width
            header->setSectionHidden(column, !visible);
        });
    }
    return menu;
}

QMenu *PacketView::createRowMenu(const QModelIndex &index, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const int row = m_proxy->mapToSource(index).row();
    if (row < 0 || row >= m_model->rowCount()) {
        return menu;
    }
    const core::PacketRecord &record = m_model->record(row);
    const core::Endpoint destination{record.group.toHostAddress(), record.port};
    const QByteArray payload = m_model->payload(row).toByteArray();
    QAction *resend = menu->addAction(tr("&Resend from the Sender"));
    resend->setObjectName(QStringLiteral("resendAction"));
    resend->setToolTip(tr("Put this packet's payload and %1 into the sender, to send it again")
                               .arg(destination.toString()));
    connect(resend, &QAction::triggered, this,
            [this, destination, payload] { Q_EMIT resendRequested(destination, payload); });
    return menu;
}

void PacketView::saveSettings(QSettings &settings) const
{
    // Saved as the user left it: what the fit hid (a column that gives way and that the user has not
    // chosen) is saved shown, and fitted again next time.
    QHeaderView *header = m_table->horizontalHeader();
    QList<int> fittedAway;
    for (const int column : kYieldingColumns) {
        if (!m_chosenColumns.contains(column) && header->isSectionHidden(column)) {
            fittedAway.append(column);
            header->setSectionHidden(column, false);
        }
    }
    settings.setValue(QStringLiteral("header"), header->saveState());
    for (const int column : std::as_const(fittedAway)) {
        header->setSectionHidden(column, true);
    }
    QVariantList chosen;
    for (const int column : m_chosenColumns) {
        chosen.append(column);
    }
    settings.setValue(QStringLiteral("chosenColumns"), chosen);
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("capacity"), qlonglong(m_model->capacity()));
    settings.setValue(QStringLiteral("payloadBudget"), qlonglong(m_model->payloadBudget()));
}

void PacketView::restoreSettings(const QSettings &settings)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(settings.value(QStringLiteral("header")).toByteArray())) {
        m_chosenColumns.clear();
        for (const QVariant &column : settings.value(QStringLiteral("chosenColumns")).toList()) {
            m_chosenColumns.insert(column.toInt());
        }
        // A layout saved before the fit existed: a column hidden in it was the user's choice.
        if (!settings.contains(QStringLiteral("chosenColumns"))) {
            for (const int column : kYieldingColumns) {
                if (header->isSectionHidden(column)) {
                    m_chosenColumns.insert(column);
                }
            }
        }
        // A layout saved before the DSCP column came has it last, after the payload (taking the
        // payload's stretch), at the default width. (Nobody keeps it there: it would stretch.)
        if (header->visualIndex(PacketTableModel::DscpColumn) == header->count() - 1) {
            header->resizeSection(PacketTableModel::DscpColumn, columnWidth(m_table->fontMetrics(), "DSCP"));
            placeDscpColumn();
        }
    }
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    setCapacity(settings.value(QStringLiteral("capacity"), qlonglong(PacketTableModel::kDefaultCapacity))
                        .toLongLong());
    setPayloadBudget(settings.value(QStringLiteral("payloadBudget"),
                                    qlonglong(PacketTableModel::kDefaultPayloadBudget))
                             .toLongLong());
}

} // namespace mct::ui
