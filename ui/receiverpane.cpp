// The "Receive" pane: join and leave groups, see what each joined group got, answer senders.
#include "receiverpane.h"

#include "endpointcombo.h"
#include "fieldstate.h"
#include "glyphicons.h"
#include "interfacecombo.h"
#include "joinedgroupsmodel.h"
#include "plaintooltipdelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>

namespace mct::ui {

namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

ReceiverPane::ReceiverPane(QWidget *parent)
    : QWidget(parent)
    , m_interface(new InterfaceCombo(tr("All multicast interfaces"), this))
    , m_group(new EndpointCombo(this))
    , m_hint(new FieldHint(this))
    , m_sourceMode(new QComboBox(this))
    , m_sources(new QLineEdit(this))
    , m_sourcesHint(new FieldHint(this))
    , m_join(new QAction(tr("&Join"), this))
    , m_leave(new QAction(tr("&Leave"), this))
    , m_doctor(new QAction(tr("&Why No Packets?\u2026"), this))
    , m_joined(new JoinedGroupsModel(this))
    , m_joinedShown(new QSortFilterProxyModel(this))
    , m_joinedView(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_joinedCount(new QLabel(tr("Joined groups:"), this))
    , m_reply(new QCheckBox(tr("Repl&y to senders:"), this))
    , m_replyText(new QLineEdit(this))
{
    m_interface->setObjectName(QStringLiteral("receiverInterface"));
    m_group->setObjectName(QStringLiteral("receiverGroup"));
    m_hint->setObjectName(QStringLiteral("receiverGroupHint"));
    m_joinedView->setObjectName(QStringLiteral("joinedGroups"));
    m_sourceMode->setObjectName(QStringLiteral("receiverSourceMode"));
    m_sources->setObjectName(QStringLiteral("receiverSources"));
    m_sourcesHint->setObjectName(QStringLiteral("receiverSourcesHint"));
    m_doctor->setObjectName(QStringLiteral("doctorAction"));
    m_reply->setObjectName(QStringLiteral("replyEnabled"));
    m_replyText->setObjectName(QStringLiteral("replyText"));
    m_interface->setAccessibleName(tr("Receiving interface"));
    m_interface->setToolTip(tr("Interface to join on; by default every multicast-capable interface"));
    m_group->setAccessibleName(tr("Group and port to join"));
    m_group->setToolTip(tr("Multicast group and UDP port to receive; a range (239.8.0.1-239.8.3.232:5000, "
                           "239.1.1.1:5000-5009, [ff3e::1-ff3e::3e8]:5000) or a list separated by commas "
                           "joins each group"));
    m_group->setAcceptsRanges(true);
    setUpActions();
    setUpJoinedList();
    setUpSourcesAndReply();

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    int row = 0;
    auto *interfaceLabel = new QLabel(tr("&Interface:"), this);
    interfaceLabel->setBuddy(m_interface);
    grid->addWidget(interfaceLabel, row, 0);
    grid->addWidget(m_interface, row++, 1, 1, 2);
    auto *groupLabel = new QLabel(tr("&Group:port:"), this);
    groupLabel->setBuddy(m_group);
    grid->addWidget(groupLabel, row, 0);
    grid->addWidget(m_group, row, 1);
    m_joinButton = buttonFor(m_join, this);
    grid->addWidget(m_joinButton, row++, 2);
    auto *sourcesLabel = new QLabel(tr("Sourc&es:"), this);
    sourcesLabel->setBuddy(m_sources);
    grid->addWidget(sourcesLabel, row, 0);
    auto *sourcesRow = new QHBoxLayout;
    sourcesRow->addWidget(m_sourceMode);
    sourcesRow->addWidget(m_sources, 1);
    grid->addLayout(sourcesRow, row++, 1, 1, 2);
    // The group's and the sources' messages share one place of fixed height: nothing below moves.
    auto *hints = new HintArea(2, this);
    hints->addHint(m_hint);
    hints->addHint(m_sourcesHint);
    grid->addWidget(hints, row++, 1, 1, 2);
    auto *joinedRow = new QHBoxLayout;
    joinedRow->addWidget(m_joinedCount);
    joinedRow->addWidget(m_filter, 1);
    auto *doctorButton = buttonFor(m_doctor, this);
    doctorButton->setObjectName(QStringLiteral("doctorButton"));
    doctorButton->setAutoRaise(true);
    joinedRow->addWidget(doctorButton);
    auto *leaveButton = buttonFor(m_leave, this);
    leaveButton->setAutoRaise(true);
    joinedRow->addWidget(leaveButton);
    grid->addLayout(joinedRow, row++, 0, 1, 3);
    grid->addWidget(m_joinedView, row, 0, 1, 3);
    grid->setRowStretch(row++, 1);
    grid->addWidget(m_reply, row, 0);
    grid->addWidget(m_replyText, row++, 1, 1, 2);

    connect(m_group, &EndpointCombo::validated, this, &ReceiverPane::validate);
    connect(m_sources, &QLineEdit::textChanged, this, &ReceiverPane::validate);
    connect(m_sourceMode, &QComboBox::currentIndexChanged, this, &ReceiverPane::validate);
    connect(m_doctor, &QAction::triggered, this, [this] {
        const auto request = doctorRequest();
        if (request) {
            Q_EMIT doctorRequested(request.value());
        }
    });
    connect(m_group->lineEdit(), &QLineEdit::returnPressed, this, &ReceiverPane::join);
    connect(m_join, &QAction::triggered, this, &ReceiverPane::join);
    connect(m_leave, &QAction::triggered, this, &ReceiverPane::leaveSelected);
    connect(m_joinedView, &QWidget::customContextMenuRequested, this, &ReceiverPane::showContextMenu);
    connect(m_joinedView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_leave->setEnabled(m_joinedView->selectionModel()->hasSelection());
        validate();
    });
    connect(m_reply, &QCheckBox::toggled, this, [this](bool on) {
        m_replyText->setEnabled(on);
        Q_EMIT replyModeChanged(on, m_replyText->text());
    });
    connect(m_replyText, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_reply->isChecked()) {
            Q_EMIT replyModeChanged(true, text);
        }
    });
    validate();
}

void ReceiverPane::setUpActions()
{
    m_join->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_join->setShortcutContext(Qt::WindowShortcut);
    m_join->setIcon(themedIcon(QStringLiteral("list-add"), Glyph::Add));
    addAction(m_join);
    m_leave->setShortcut(QKeySequence::Delete);
    m_leave->setShortcutContext(Qt::WidgetShortcut);
    m_leave->setIcon(themedIcon(QStringLiteral("list-remove"), Glyph::Remove));
    m_leave->setToolTip(tr("Leave the selected groups (Del); Ctrl+A in the list selects every group shown"));
    m_leave->setEnabled(false);
    m_joinedView->addAction(m_leave);
    m_doctor->setIcon(themedIcon(QStringLiteral("help-hint"), Glyph::Help));
    m_doctor->setIconText(tr("Why no packets?"));
    m_doctor->setToolTip(tr("Check this host for the usual reasons multicast does not arrive: interface, "
                            "route, filters, firewall, memberships (for the selected group, else the "
                            "group above)"));
}

void ReceiverPane::setUpSourcesAndReply()
{
    m_sourceMode->addItem(tr("Include"));
    m_sourceMode->addItem(tr("Exclude"));
    m_sourceMode->setItemData(0, tr("Receive only from these senders (source-specific join)"),
                              Qt::ToolTipRole);
    m_sourceMode->setItemData(1, tr("Receive from every sender except these"), Qt::ToolTipRole);
    m_sourceMode->setAccessibleName(tr("Source filter mode"));
    m_sourceMode->setToolTip(tr("Include: only these senders; Exclude: every sender but these"));
    m_sources->setPlaceholderText(tr("any sender"));
    m_sources->setAccessibleName(tr("Source addresses"));
    m_sources->setToolTip(tr("Sender addresses separated by commas, e.g. 10.0.0.1, 10.0.0.2; empty receives "
                             "from any sender"));
    m_sources->setClearButtonEnabled(true);

    m_reply->setAccessibleName(tr("Reply mode"));
    m_reply->setToolTip(
            tr("Answer every packet by unicast to its sender, so the sender sees who hears it; probe "
               "packets get a reply with the loss count, plain packets this text"));
    m_replyText->setText(QStringLiteral("heard by {host}"));
    m_replyText->setAccessibleName(tr("Reply text"));
    m_replyText->setToolTip(tr("Answer to plain packets; {host}, {seq} and {time} expand"));
    m_replyText->setEnabled(false);
}

void ReceiverPane::setUpJoinedList()
{
    m_joinedShown->setSourceModel(m_joined);
    // The group column only: the others change on every status, and would re-filter a thousand rows.
    m_joinedShown->setFilterKeyColumn(JoinedGroupsModel::GroupColumn);
    m_joinedShown->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_joinedView->setModel(m_joinedShown);
    m_joinedView->setItemDelegate(new PlainToolTipDelegate(m_joinedView));
    m_joinedView->setRootIsDecorated(false);
    m_joinedView->setUniformRowHeights(true);
    m_joinedView->setAlternatingRowColors(true);
    m_joinedView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_joinedView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_joinedView->setAccessibleName(tr("Joined groups"));
    m_joinedView->header()->setStretchLastSection(false);
    // The group whole; the querier, long with an IPv6 address, takes what is left (its tooltip says all).
    m_joinedView->header()->setSectionResizeMode(JoinedGroupsModel::GroupColumn,
                                                 QHeaderView::ResizeToContents);
    m_joinedView->header()->setSectionResizeMode(JoinedGroupsModel::InterfaceColumn,
                                                 QHeaderView::ResizeToContents);
    m_joinedView->header()->setSectionResizeMode(JoinedGroupsModel::PacketsColumn,
                                                 QHeaderView::ResizeToContents);
    m_joinedView->header()->setSectionResizeMode(JoinedGroupsModel::QuerierColumn, QHeaderView::Stretch);
    // Sized from the rows in view: measuring a thousand rows on every change would stall the window.
    m_joinedView->header()->setResizeContentsPrecision(0);
    // The header and two rows at least; it grows with the pane. Four made the side panes scroll at
    // 1280x800, three pushed Send Once off a 1024x700 screen, both with the taller CJK fonts of the
    // Chinese interface (tst_mainwindow_layout).
    m_joinedView->setMinimumHeight(m_joinedView->header()->sizeHint().height()
                                   + 2 * (m_joinedView->fontMetrics().height() + 4)
                                   + 2 * m_joinedView->frameWidth());

    m_joinedCount->setObjectName(QStringLiteral("joinedCount"));
    m_filter->setObjectName(QStringLiteral("joinedFilter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter joined groups"));
    m_filter->setToolTip(tr("Show only the joined groups that contain this text (e.g. 239.8.1. or :5001); "
                            "select all shown (Ctrl+A) and leave them at once"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_joinedShown->setFilterFixedString(text.trimmed());
        updateJoinedCount();
    });
    // The list's own signals, not the filter's: the filter drops a row before the list has.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_joined, signal, this, &ReceiverPane::updateJoinedCount);
    }
}

void ReceiverPane::updateJoinedCount()
{
    const int all = m_joined->rowCount();
    const int shown = m_joinedShown->rowCount();
    const QLocale locale;
    if (all == 0) {
        m_joinedCount->setText(tr("Joined groups:"));
    } else if (shown == all) {
        m_joinedCount->setText(tr("Joined groups: %1").arg(locale.toString(all)));
    } else {
        m_joinedCount->setText(
                tr("Joined groups: %1 of %2 shown").arg(locale.toString(shown), locale.toString(all)));
    }
}

QList<core::JoinRequest> ReceiverPane::selectedJoins() const
{
    QList<core::JoinRequest> out;
    const QModelIndexList rows = m_joinedView->selectionModel()->selectedRows();
    out.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        out.append(m_joined->request(m_joinedShown->mapToSource(index).row()));
    }
    return out;
}

core::Result<QList<QHostAddress>> ReceiverPane::parsedSources() const
{
    using R = core::Result<QList<QHostAddress>>;
    QList<QHostAddress> out;
    const QList<core::Endpoint> &groups = m_group->endpoints();
    const QStringList items = m_sources->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        if (item.trimmed().isEmpty()) {
            continue;
        }
        const auto address = core::parseAddress(item, tr("Sources"));
        if (!address) {
            return R::failure(address.error());
        }
        const QHostAddress &a = address.value();
        if (a.isMulticast()) {
            return R::failure(
                    tr("Sources: %1 is a multicast group; name the sender's own address").arg(a.toString()));
        }
        const bool sourceIPv6 = a.protocol() == QAbstractSocket::IPv6Protocol;
        const auto other =
                std::find_if(groups.cbegin(), groups.cend(),
                             [sourceIPv6](const core::Endpoint &e) { return e.isIPv6() != sourceIPv6; });
        if (other != groups.cend()) {
            return R::failure(tr("Sources: %1 is not of the group's address family (%2)")
                                      .arg(a.toString(), other->group.toString()));
        }
        out.append(a);
    }
    return R::success(out);
}

core::Result<QList<core::JoinRequest>> ReceiverPane::requests() const
{
    using R = core::Result<QList<core::JoinRequest>>;
    if (m_group->endpoints().isEmpty()) {
        return R::failure(m_group->problem());
    }
    const auto sources = parsedSources();
    if (!sources) {
        return R::failure(sources.error());
    }
    core::JoinRequest request;
    request.interfaceName = m_interface->currentInterface();
    (m_sourceMode->currentIndex() == 1 ? request.excludeSources : request.includeSources) = sources.value();
    QList<core::JoinRequest> out;
    out.reserve(m_group->endpoints().size());
    for (const core::Endpoint &endpoint : m_group->endpoints()) {
        request.endpoint = endpoint;
        out.append(request);
    }
    return R::success(out);
}

core::Result<core::JoinRequest> ReceiverPane::request() const
{
    using R = core::Result<core::JoinRequest>;
    if (m_group->endpoints().size() > 1) {
        return R::failure(m_group->endpoint().error()); // says it names many, and how many
    }
    const auto all = requests();
    if (!all) {
        return R::failure(all.error());
    }
    return R::success(all.value().constFirst());
}

core::Result<core::JoinRequest> ReceiverPane::doctorRequest() const
{
    const QModelIndexList selected = m_joinedView->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        const int row = m_joinedShown->mapToSource(selected.constFirst()).row();
        return core::Result<core::JoinRequest>::success(m_joined->request(row));
    }
    return request();
}

void ReceiverPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        validate(); // the hints and tool tips made with arguments, in the new language
    }
}

void ReceiverPane::validate()
{
    m_problem = m_group->problem();
    if (!m_problem.isEmpty() && !m_group->text().isEmpty()) {
        m_hint->setHint(FieldHint::Kind::Problem, m_problem);
    } else {
        m_hint->setHint(FieldHint::Kind::Advice, m_group->advice());
    }
    const auto sources = parsedSources();
    setFieldProblem(m_sources, sources ? QString() : sources.error());
    const QList<core::Endpoint> &groups = m_group->endpoints();
    const auto ssm = std::find_if(groups.cbegin(), groups.cend(), [](const core::Endpoint &e) {
        return core::isSourceSpecificGroup(e.group);
    });
    if (!sources) {
        m_sourcesHint->setHint(FieldHint::Kind::Problem, sources.error());
    } else if (ssm != groups.cend() && (sources.value().isEmpty() || m_sourceMode->currentIndex() == 1)) {
        m_sourcesHint->setHint(FieldHint::Kind::Advice,
                               tr("%1 is a source-specific group: the kernel delivers nothing unless you "
                                  "include the sender's address in Sources")
                                       .arg(ssm->group.toString()));
    } else {
        m_sourcesHint->clear();
    }
    if (m_problem.isEmpty() && !sources) {
        m_problem = sources.error();
    }
    m_join->setEnabled(m_problem.isEmpty());
    m_join->setToolTip(m_problem.isEmpty()
                               ? tr("Join the group and show its packets (%1)")
                                         .arg(m_join->shortcut().toString(QKeySequence::NativeText))
                               : tr("Cannot join: %1").arg(m_problem));
    m_doctor->setEnabled(bool(doctorRequest()));
}

void ReceiverPane::join()
{
    const auto all = requests();
    if (!all) {
        return;
    }
    m_group->remember(m_group->text());
    // A range over groups joined before joins the rest; one group asked for again is still said to be
    // joined already (the receiver's message).
    const bool many = all.value().size() > 1;
    for (const core::JoinRequest &request : all.value()) {
        if (!many || m_joined->rowOf(request) < 0) {
            Q_EMIT joinRequested(request);
        }
    }
}

void ReceiverPane::leaveSelected()
{
    const QList<core::JoinRequest> selected = selectedJoins();
    for (const core::JoinRequest &request : selected) {
        Q_EMIT leaveRequested(request);
    }
}

void ReceiverPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_joinedView->indexAt(position);
    if (!index.isValid()) {
        return;
    }
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_leave);
    connect(menu->addAction(tr("Leave &All")), &QAction::triggered, this, [this] {
        const auto all = m_joined->requests();
        for (const core::JoinRequest &request : all) {
            Q_EMIT leaveRequested(request);
        }
    });
    menu->popup(m_joinedView->viewport()->mapToGlobal(position));
}

void ReceiverPane::setGroup(const QString &text)
{
    m_group->setText(text);
}

void ReceiverPane::setInterface(const QString &name)
{
    m_interface->setCurrentInterface(name);
}

void ReceiverPane::setSources(const QString &text, bool exclude)
{
    m_sourceMode->setCurrentIndex(exclude ? 1 : 0);
    m_sources->setText(text);
    validate();
}

bool ReceiverPane::replyEnabled() const
{
    return m_reply->isChecked();
}

QString ReceiverPane::replyText() const
{
    return m_replyText->text();
}

void ReceiverPane::onJoined(const core::JoinRequest &request, const QStringList &interfaces)
{
    m_joined->addGroup(request, interfaces);
}

void ReceiverPane::onLeft(const core::JoinRequest &request)
{
    m_joined->removeGroup(request);
}

void ReceiverPane::onGroupStateChanged(const core::JoinRequest &request, bool healthy, const QString &message)
{
    m_joined->setGroupState(request, healthy, message);
}

void ReceiverPane::setPacketCounts(const QList<core::GroupCount> &counts)
{
    m_joined->setPacketCounts(counts);
}

void ReceiverPane::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("interface"), m_interface->currentInterface());
    settings.setValue(QStringLiteral("group"), m_group->text());
    settings.setValue(QStringLiteral("groupHistory"), m_group->history());
    // Reply mode is not saved: it sends on its own, so each run starts without it (a window that
    // answered thousands of packets a second after a restart, unasked, was the alternative).
    settings.remove(QStringLiteral("replyEnabled"));
    settings.setValue(QStringLiteral("replyText"), m_replyText->text());
    settings.setValue(QStringLiteral("sources"), m_sources->text());
    settings.setValue(QStringLiteral("excludeSources"), m_sourceMode->currentIndex() == 1);
    QStringList joined;
    const auto requests = m_joined->requests();
    const auto addresses = [](QChar mark, const QList<QHostAddress> &list) {
        QStringList out;
        for (const QHostAddress &a : list) {
            out.append(a.toString());
        }
        return list.isEmpty() ? QString() : mark + out.join(u',');
    };
    for (const core::JoinRequest &r : requests) {
        // Spaces never occur in group:port, interface names or addresses; "+" and "-" mark source lists.
        QStringList parts{r.endpoint.toString(), r.interfaceName, addresses(u'+', r.includeSources),
                          addresses(u'-', r.excludeSources)};
        parts.removeAll(QString());
        joined.append(parts.join(u' '));
    }
    settings.setValue(QStringLiteral("joined"), joined);
}

void ReceiverPane::restoreSettings(const QSettings &settings)
{
    m_group->setHistory(settings.value(QStringLiteral("groupHistory")).toStringList());
    m_group->setText(settings.value(QStringLiteral("group"), QStringLiteral("239.255.0.1:5000")).toString());
    const QString interface = settings.value(QStringLiteral("interface")).toString();
    if (!interface.isEmpty()) {
        m_interface->setCurrentInterface(interface);
    }
    m_replyText->setText(
            settings.value(QStringLiteral("replyText"), QStringLiteral("heard by {host}")).toString());
    m_sourceMode->setCurrentIndex(settings.value(QStringLiteral("excludeSources"), false).toBool() ? 1 : 0);
    m_sources->setText(settings.value(QStringLiteral("sources")).toString());
    validate();
}

QList<core::JoinRequest> ReceiverPane::savedJoins(const QSettings &settings)
{
    QList<core::JoinRequest> out;
    const QStringList joined = settings.value(QStringLiteral("joined")).toStringList();
    for (const QString &entry : joined) {
        const auto parts = entry.split(u' ', Qt::SkipEmptyParts);
        const auto endpoint = core::parseEndpoint(parts.value(0));
        if (!endpoint) {
            continue;
        }
        core::JoinRequest request{endpoint.value(), {}, {}, {}};
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString &part = parts.at(i);
            if (part.startsWith(u'+') || part.startsWith(u'-')) {
                auto &list = part.startsWith(u'+') ? request.includeSources : request.excludeSources;
                const QStringList addresses = part.mid(1).split(u',', Qt::SkipEmptyParts);
                for (const QString &text : addresses) {
                    const auto address = core::parseAddress(text, QString());
                    if (address) {
                        list.append(address.value());
                    }
                }
            } else {
                request.interfaceName = part;
            }
        }
        out.append(request);
    }
    return out;
}

} // namespace mct::ui
