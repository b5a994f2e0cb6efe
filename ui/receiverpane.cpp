// The "Receive" pane: join and leave groups, see what each joined group got, answer senders.
#include "receiverpane.h"

#include "endpointcombo.h"
#include "fieldstate.h"
#include "glyphicons.h"
#include "interfacecombo.h"
#include "joinedgroupsmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>

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
    , m_join(new QAction(tr("&Join"), this))
    , m_leave(new QAction(tr("&Leave"), this))
    , m_joined(new JoinedGroupsModel(this))
    , m_joinedView(new QTreeView(this))
    , m_reply(new QCheckBox(tr("Repl&y to senders:"), this))
    , m_replyText(new QLineEdit(this))
{
    m_interface->setObjectName(QStringLiteral("receiverInterface"));
    m_group->setObjectName(QStringLiteral("receiverGroup"));
    m_hint->setObjectName(QStringLiteral("receiverGroupHint"));
    m_joinedView->setObjectName(QStringLiteral("joinedGroups"));
    m_reply->setObjectName(QStringLiteral("replyEnabled"));
    m_replyText->setObjectName(QStringLiteral("replyText"));
    m_interface->setAccessibleName(tr("Receiving interface"));
    m_interface->setToolTip(tr("Interface to join on; by default every multicast-capable interface"));
    m_group->setAccessibleName(tr("Group and port to join"));
    m_group->setToolTip(tr("Multicast group and UDP port to receive"));
    m_join->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_join->setShortcutContext(Qt::WindowShortcut);
    m_join->setIcon(themedIcon(QStringLiteral("list-add"), Glyph::Add));
    addAction(m_join);
    m_leave->setShortcut(QKeySequence::Delete);
    m_leave->setShortcutContext(Qt::WidgetShortcut);
    m_leave->setIcon(themedIcon(QStringLiteral("list-remove"), Glyph::Remove));
    m_leave->setToolTip(tr("Leave the selected group (Del)"));
    m_leave->setEnabled(false);
    m_joinedView->addAction(m_leave);

    m_joinedView->setModel(m_joined);
    m_joinedView->setRootIsDecorated(false);
    m_joinedView->setUniformRowHeights(true);
    m_joinedView->setAlternatingRowColors(true);
    m_joinedView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_joinedView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_joinedView->setAccessibleName(tr("Joined groups"));
    m_joinedView->header()->setStretchLastSection(false);
    m_joinedView->header()->setSectionResizeMode(JoinedGroupsModel::GroupColumn, QHeaderView::Stretch);
    m_joinedView->header()->setSectionResizeMode(JoinedGroupsModel::InterfaceColumn,
                                                 QHeaderView::ResizeToContents);
    m_joinedView->header()->setSectionResizeMode(JoinedGroupsModel::PacketsColumn,
                                                 QHeaderView::ResizeToContents);
    m_joinedView->setMinimumHeight(m_joinedView->fontMetrics().height() * 4);

    m_reply->setAccessibleName(tr("Reply mode"));
    m_reply->setToolTip(
            tr("Answer every packet by unicast to its sender, so the sender sees who hears it; probe "
               "packets get a reply with the loss count, plain packets this text"));
    m_replyText->setText(QStringLiteral("heard by {host}"));
    m_replyText->setAccessibleName(tr("Reply text"));
    m_replyText->setToolTip(tr("Answer to plain packets; {host}, {seq} and {time} expand"));
    m_replyText->setEnabled(false);

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
    grid->addWidget(m_hint, row++, 1, 1, 2);
    auto *joinedRow = new QHBoxLayout;
    auto *joinedLabel = new QLabel(tr("Joined groups:"), this);
    joinedRow->addWidget(joinedLabel, 1);
    auto *leaveButton = buttonFor(m_leave, this);
    leaveButton->setAutoRaise(true);
    joinedRow->addWidget(leaveButton);
    grid->addLayout(joinedRow, row++, 0, 1, 3);
    grid->addWidget(m_joinedView, row, 0, 1, 3);
    grid->setRowStretch(row++, 1);
    grid->addWidget(m_reply, row, 0);
    grid->addWidget(m_replyText, row++, 1, 1, 2);

    connect(m_group, &EndpointCombo::validated, this, &ReceiverPane::validate);
    connect(m_group->lineEdit(), &QLineEdit::returnPressed, this, &ReceiverPane::join);
    connect(m_join, &QAction::triggered, this, &ReceiverPane::join);
    connect(m_leave, &QAction::triggered, this, &ReceiverPane::leaveSelected);
    connect(m_joinedView, &QWidget::customContextMenuRequested, this, &ReceiverPane::showContextMenu);
    connect(m_joinedView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_leave->setEnabled(m_joinedView->selectionModel()->hasSelection()); });
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

void ReceiverPane::validate()
{
    m_problem = m_group->problem();
    if (!m_problem.isEmpty() && !m_group->text().isEmpty()) {
        m_hint->setHint(FieldHint::Kind::Problem, m_problem);
    } else {
        m_hint->setHint(FieldHint::Kind::Advice, m_group->advice());
    }
    m_join->setEnabled(m_problem.isEmpty());
    m_join->setToolTip(m_problem.isEmpty()
                               ? tr("Join the group and show its packets (%1)")
                                         .arg(m_join->shortcut().toString(QKeySequence::NativeText))
                               : tr("Cannot join: %1").arg(m_problem));
}

void ReceiverPane::join()
{
    const auto endpoint = m_group->endpoint();
    if (!endpoint) {
        return;
    }
    core::JoinRequest request;
    request.endpoint = endpoint.value();
    request.interfaceName = m_interface->currentInterface();
    m_group->remember(m_group->text());
    Q_EMIT joinRequested(request);
}

void ReceiverPane::leaveSelected()
{
    QList<core::JoinRequest> selected;
    const auto rows = m_joinedView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        selected.append(m_joined->request(index.row()));
    }
    for (const core::JoinRequest &request : std::as_const(selected)) {
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

void ReceiverPane::countPackets(const core::PacketBatch &batch)
{
    m_joined->countPackets(batch);
}

void ReceiverPane::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("interface"), m_interface->currentInterface());
    settings.setValue(QStringLiteral("group"), m_group->text());
    settings.setValue(QStringLiteral("groupHistory"), m_group->history());
    settings.setValue(QStringLiteral("replyEnabled"), m_reply->isChecked());
    settings.setValue(QStringLiteral("replyText"), m_replyText->text());
    QStringList joined;
    const auto requests = m_joined->requests();
    for (const core::JoinRequest &r : requests) {
        // A space never occurs in group:port or an interface name.
        joined.append((r.endpoint.toString() + u' ' + r.interfaceName).trimmed());
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
    m_reply->setChecked(settings.value(QStringLiteral("replyEnabled"), false).toBool());
    validate();
}

QList<core::JoinRequest> ReceiverPane::savedJoins(const QSettings &settings)
{
    QList<core::JoinRequest> out;
    const QStringList joined = settings.value(QStringLiteral("joined")).toStringList();
    for (const QString &entry : joined) {
        const auto parts = entry.split(u' ', Qt::SkipEmptyParts);
        const auto endpoint = core::parseEndpoint(parts.value(0));
        if (endpoint) {
            out.append(core::JoinRequest{endpoint.value(), parts.value(1), {}, {}});
        }
    }
    return out;
}

} // namespace mct::ui
