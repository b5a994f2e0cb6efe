// The "Send" pane: where to send, what and how often; the send buttons; who answered.
#include "senderpane.h"

#include "endpointcombo.h"
#include "fieldstate.h"
#include "glyphicons.h"
#include "interfacecombo.h"
#include "payloadeditor.h"
#include "plaintooltipdelegate.h"
#include "replymodel.h"
#include "statussummary.h"
#include "validation.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace mct::ui {

namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return button;
}

// Empty is "any"; otherwise one of this host's unicast addresses.
core::Result<QHostAddress> sourceAddress(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return core::Result<QHostAddress>::success(QHostAddress());
    }
    auto address = core::parseAddress(text, SenderPane::tr("Source address"));
    if (address && address.value().isMulticast()) {
        return core::Result<QHostAddress>::failure(
                SenderPane::tr("Source address: %1 is a multicast group; use an address of this host")
                        .arg(address.value().toString()));
    }
    return address;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

SenderPane::SenderPane(QWidget *parent)
    : QWidget(parent)
    , m_interface(new InterfaceCombo(tr("System default"), this))
    , m_group(new EndpointCombo(this))
    , m_groupHint(new FieldHint(this))
    , m_ttl(new QLineEdit(this))
    , m_interval(new QLineEdit(this))
    , m_count(new QLineEdit(this))
    , m_sourcePort(new QLineEdit(this))
    , m_dscp(new QLineEdit(this))
    , m_sourceAddress(new QLineEdit(this))
    , m_loopback(new QCheckBox(tr("Loop&back"), this))
    , m_probe(new QCheckBox(tr("Add probe header"), this))
    , m_payload(new PayloadEditor(this))
    , m_sendOnce(new QAction(tr("Send &Once"), this))
    , m_start(new QAction(tr("&Start"), this))
    , m_stop(new QAction(tr("S&top"), this))
    , m_reason(new FieldHint(this))
    , m_counter(new QLabel(this))
    , m_replies(new ReplyModel(this))
    , m_replyView(new QTreeView(this))
{
    m_sendOnce->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_sendOnce->setIcon(themedIcon(QStringLiteral("document-send"), Glyph::Send));
    m_start->setShortcut(QKeySequence(Qt::Key_F5));
    m_start->setIcon(themedIcon(QStringLiteral("media-playback-start"), Glyph::Play));
    m_stop->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_stop->setIcon(themedIcon(QStringLiteral("media-playback-stop"), Glyph::Stop));
    m_stop->setEnabled(false);
    for (QAction *action : {m_sendOnce, m_start, m_stop}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildForm());
    layout->addWidget(buildReplies(), 1);

    connect(m_sendOnce, &QAction::triggered, this, [this] { request(true); });
    connect(m_start, &QAction::triggered, this, [this] { request(false); });
    connect(m_stop, &QAction::triggered, this, &SenderPane::stopRequested);
    connect(m_group, &EndpointCombo::validated, this, &SenderPane::validate);
    connect(m_ttl, &QLineEdit::textChanged, this, &SenderPane::validate);
    connect(m_dscp, &QLineEdit::textChanged, this, &SenderPane::validate);
    connect(m_interval, &QLineEdit::textChanged, this, &SenderPane::validate);
    connect(m_count, &QLineEdit::textChanged, this, &SenderPane::validate);
    connect(m_sourcePort, &QLineEdit::textChanged, this, &SenderPane::validate);
    connect(m_sourceAddress, &QLineEdit::textChanged, this, &SenderPane::validate);
    connect(m_payload, &PayloadEditor::changed, this, &SenderPane::validate);
    setStatus({});
    validate();
}

void SenderPane::describeFields()
{
    // Object names: stable handles for tests, style sheets and UI automation.
    m_interface->setObjectName(QStringLiteral("senderInterface"));
    m_group->setObjectName(QStringLiteral("senderGroup"));
    m_ttl->setObjectName(QStringLiteral("senderTtl"));
    m_interval->setObjectName(QStringLiteral("senderInterval"));
    m_count->setObjectName(QStringLiteral("senderCount"));
    m_sourcePort->setObjectName(QStringLiteral("senderSourcePort"));
    m_dscp->setObjectName(QStringLiteral("senderDscp"));
    m_sourceAddress->setObjectName(QStringLiteral("senderSourceAddress"));
    m_loopback->setObjectName(QStringLiteral("senderLoopback"));
    m_probe->setObjectName(QStringLiteral("senderProbe"));
    m_counter->setObjectName(QStringLiteral("senderCounter"));
    m_reason->setObjectName(QStringLiteral("senderReason"));
    m_groupHint->setObjectName(QStringLiteral("senderGroupHint"));
    m_interface->setAccessibleName(tr("Sending interface"));
    m_interface->setToolTip(
            tr("Interface the datagrams leave by; the system default follows the multicast route"));
    m_group->setAccessibleName(tr("Destination group and port"));
    m_group->setToolTip(tr("Multicast group and UDP port to send to"));
    // Empty is the default, shown as the placeholder; the clear button gets back to it in one click.
    m_ttl->setPlaceholderText(QStringLiteral("1"));
    m_ttl->setClearButtonEnabled(true);
    m_ttl->setAccessibleName(tr("TTL"));
    m_ttl->setToolTip(tr("Time to live / hop limit, 0 to 255: 1 stays on this link, 0 on this host; each "
                         "router lowers it by one. Empty: 1"));
    m_interval->setText(QStringLiteral("1000"));
    m_interval->setAccessibleName(tr("Interval in milliseconds"));
    m_interval->setToolTip(tr("Milliseconds between packets; fractions allowed"));
    m_count->setText(QStringLiteral("0"));
    m_count->setAccessibleName(tr("Packet count"));
    m_count->setToolTip(tr("Packets to send after Start; 0 sends until stopped"));
    m_sourcePort->setPlaceholderText(tr("any"));
    m_sourcePort->setAccessibleName(tr("Source port"));
    m_sourcePort->setToolTip(tr("UDP port to send from; empty or 0 picks a free one"));
    m_dscp->setPlaceholderText(tr("default"));
    m_dscp->setClearButtonEnabled(true);
    m_dscp->setAccessibleName(tr("DSCP"));
    m_dscp->setToolTip(tr("Differentiated Services code point (0 to 63) in the IP header, e.g. 46 for "
                          "expedited forwarding; empty leaves the system's choice"));
    m_sourceAddress->setPlaceholderText(tr("any"));
    m_sourceAddress->setAccessibleName(tr("Source address"));
    m_sourceAddress->setToolTip(
            tr("Send from this address of the host (it must be assigned to an interface); "
               "empty uses the outgoing interface's address"));
    m_loopback->setChecked(true);
    m_loopback->setAccessibleName(tr("Loopback"));
    m_loopback->setToolTip(tr("Also deliver the packets to receivers on this host"));
    m_probe->setAccessibleName(tr("Add probe header"));
    m_probe->setToolTip(
            tr("Put the mctester probe header (stream id, sequence, send time) in front of the payload, "
               "so receivers measure loss and latency and can reply"));
}

QWidget *SenderPane::buildForm()
{
    describeFields();
    auto *form = new QWidget(this);
    form->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // spare height goes to the replies
    auto *grid = new QGridLayout(form);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    int row = 0;
    grid->addWidget(buddyLabel(tr("I&nterface:"), m_interface, form), row, 0);
    grid->addWidget(m_interface, row++, 1, 1, 3);
    grid->addWidget(buddyLabel(tr("Gr&oup:port:"), m_group, form), row, 0);
    grid->addWidget(m_group, row++, 1, 1, 3);
    grid->addWidget(buddyLabel(tr("TT&L:"), m_ttl, form), row, 0);
    grid->addWidget(m_ttl, row, 1);
    grid->addWidget(buddyLabel(tr("Inter&val (ms):"), m_interval, form), row, 2);
    grid->addWidget(m_interval, row++, 3);
    grid->addWidget(buddyLabel(tr("&Count:"), m_count, form), row, 0);
    grid->addWidget(m_count, row, 1);
    grid->addWidget(buddyLabel(tr("So&urce port:"), m_sourcePort, form), row, 2);
    grid->addWidget(m_sourcePort, row++, 3);
    grid->addWidget(buddyLabel(tr("&DSCP:"), m_dscp, form), row, 0);
    grid->addWidget(m_dscp, row, 1);
    grid->addWidget(buddyLabel(tr("Source address:"), m_sourceAddress, form), row, 2);
    grid->addWidget(m_sourceAddress, row++, 3);
    auto *options = new QHBoxLayout;
    options->addWidget(m_probe);
    options->addWidget(m_loopback);
    options->addStretch(1);
    grid->addLayout(options, row++, 1, 1, 3);
    grid->addWidget(buddyLabel(tr("P&ayload:"), m_payload->modeBox(), form), row, 0);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_payload->modeBox());
    modeRow->addStretch(1);
    grid->addLayout(modeRow, row++, 1, 1, 3);
    grid->addWidget(m_payload, row++, 0, 1, 4);
    // Why sending is not possible, else advice on the group, else the payload's size: one place of
    // fixed height above the buttons, so a message never moves the buttons or the fields under the
    // pointer (and is not said twice).
    auto *hints = new HintArea(2, form);
    hints->addHint(m_reason);
    hints->addHint(m_groupHint);
    hints->addHint(m_payload->hint());
    grid->addWidget(hints, row++, 0, 1, 4);

    auto *buttons = new QHBoxLayout;
    m_sendOnceButton = buttonFor(m_sendOnce, form);
    buttons->addWidget(m_sendOnceButton);
    buttons->addWidget(buttonFor(m_start, form));
    buttons->addWidget(buttonFor(m_stop, form));
    buttons->addStretch(1);
    m_counter->setAccessibleName(tr("Sent packets"));
    buttons->addWidget(m_counter);
    grid->addLayout(buttons, row++, 0, 1, 4);
    return form;
}

QWidget *SenderPane::buildReplies()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Replies (who hears me)"), box);
    title->setToolTip(tr("Receivers in reply mode answer each packet by unicast; probe replies carry their "
                         "loss count and give the round-trip time and the routers on the way (hops)"));
    auto *clear = new QToolButton(box);
    clear->setText(tr("Clear"));
    clear->setAutoRaise(true);
    clear->setAccessibleName(tr("Clear replies"));
    header->addWidget(title, 1);
    header->addWidget(clear);
    layout->addLayout(header);

    m_replyView->setModel(m_replies);
    // Host names and reply texts come from the network: their tool tips stay literal too.
    m_replyView->setItemDelegate(new PlainToolTipDelegate(m_replyView));
    m_replyView->setObjectName(QStringLiteral("replies"));
    m_replyView->setRootIsDecorated(false);
    m_replyView->setUniformRowHeights(true);
    m_replyView->setAlternatingRowColors(true);
    m_replyView->setAccessibleName(tr("Receivers that replied"));
    m_replyView->header()->setStretchLastSection(true);
    m_replyView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_replyView->header()->setSectionResizeMode(ReplyModel::TextColumn, QHeaderView::Stretch);
    m_replyView->setMinimumHeight(m_replyView->fontMetrics().height() * 5);
    layout->addWidget(m_replyView, 1);
    connect(clear, &QToolButton::clicked, m_replies, &ReplyModel::clear);
    return box;
}

core::Result<core::SenderSettings> SenderPane::settings() const
{
    return settingsFor(false);
}

core::Result<core::SenderSettings> SenderPane::settingsFor(bool once) const
{
    using R = core::Result<core::SenderSettings>;
    core::SenderSettings s;
    const auto destination = m_group->endpoint();
    if (!destination) {
        return R::failure(destination.error());
    }
    s.destination = destination.value();
    s.interfaceName = m_interface->currentInterface();
    const auto ttl = ttlValue();
    if (!ttl) {
        return R::failure(ttl.error());
    }
    s.ttl = ttl.value();
    const auto interval = core::parseIntervalMs(m_interval->text());
    const auto count = core::parseCount(m_count->text(), true);
    if (!once) { // one datagram now: no pace, no count
        if (!interval) {
            return R::failure(interval.error());
        }
        s.intervalMs = interval.value();
        if (!count) {
            return R::failure(count.error());
        }
        s.count = count.value();
    }
    if (!m_sourcePort->text().trimmed().isEmpty()) {
        const auto port = core::parseSourcePort(m_sourcePort->text());
        if (!port) {
            return R::failure(port.error());
        }
        s.sourcePort = port.value();
    }
    const auto source = sourceAddress(m_sourceAddress->text());
    if (!source) {
        return R::failure(source.error());
    }
    s.sourceAddress = source.value();
    const auto dscp = dscpValue();
    if (!dscp) {
        return R::failure(dscp.error());
    }
    s.dscp = dscp.value();
    if (!m_payload->problem().isEmpty()) {
        return R::failure(m_payload->problem());
    }
    s.payload = m_payload->spec();
    s.probe = m_probe->isChecked();
    s.requestReplies = s.probe;
    s.loopback = m_loopback->isChecked();
    const QString problem = core::Sender::checkSettings(s);
    if (!problem.isEmpty()) {
        return R::failure(problem);
    }
    return R::success(s);
}

void SenderPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        validate(); // the hints and tool tips made with arguments, in the new language
        setStatus(m_status);
    }
}

void SenderPane::validate()
{
    const auto check = [](QLineEdit *field, const QString &problem) {
        setFieldProblem(field, field->text().isEmpty() && problem.isEmpty() ? QString() : problem);
    };
    const auto ttl = ttlValue();
    check(m_ttl, ttl ? QString() : ttl.error());
    const auto dscp = dscpValue();
    check(m_dscp, dscp ? QString() : dscp.error());
    const auto interval = core::parseIntervalMs(m_interval->text());
    check(m_interval, interval ? QString() : interval.error());
    const auto count = core::parseCount(m_count->text(), true);
    check(m_count, count ? QString() : count.error());
    const QString portText = m_sourcePort->text().trimmed();
    const auto port =
            portText.isEmpty() ? core::Result<quint16>::success(0) : core::parseSourcePort(portText);
    check(m_sourcePort, port ? QString() : port.error());
    const auto source = sourceAddress(m_sourceAddress->text());
    QString sourceProblem = source ? QString() : source.error();
    const auto destination = m_group->endpoint();
    if (source && !source.value().isNull() && destination
        && (source.value().protocol() == QAbstractSocket::IPv6Protocol) != destination.value().isIPv6()) {
        sourceProblem = tr("Source address: %1 is not of the group's address family (%2)")
                                .arg(source.value().toString(), destination.value().group.toString());
    }
    check(m_sourceAddress, sourceProblem);

    if (!m_group->problem().isEmpty() && !m_group->text().isEmpty()) {
        m_groupHint->setHint(FieldHint::Kind::Problem, m_group->problem());
    } else {
        m_groupHint->setHint(FieldHint::Kind::Advice, m_group->advice());
    }

    const auto s = settings();
    const auto once = settingsFor(true);
    m_problem = s ? QString() : s.error();
    // Only the interval or the count wrong: Send Once goes on, only Start cannot.
    const QString reason = m_problem.isEmpty() ? QString()
                           : once              ? tr("Cannot start: %1").arg(m_problem)
                                               : tr("Cannot send: %1").arg(m_problem);
    // The group and the payload show their problems under themselves: said once, not again here.
    const bool shownAtField = (m_problem == m_group->problem() && !m_group->text().isEmpty())
                              || (m_problem == m_payload->problem() && !m_payload->spec().text.isEmpty());
    m_reason->setHint(FieldHint::Kind::Problem, shownAtField ? QString() : reason);
    const QString onceReason = once ? QString() : tr("Cannot send: %1").arg(once.error());
    m_sendOnce->setEnabled(once && !m_running);
    m_start->setEnabled(m_problem.isEmpty() && !m_running);
    m_sendOnce->setToolTip(onceReason.isEmpty()
                                   ? tr("Send one datagram now (%1)")
                                             .arg(m_sendOnce->shortcut().toString(QKeySequence::NativeText))
                                   : onceReason);
    m_start->setToolTip(reason.isEmpty()
                                ? tr("Send at the interval until the count is reached or Stop (%1)")
                                          .arg(m_start->shortcut().toString(QKeySequence::NativeText))
                                : reason);
    m_stop->setToolTip(tr("Stop sending (%1)").arg(m_stop->shortcut().toString(QKeySequence::NativeText)));
}

void SenderPane::request(bool once)
{
    const auto s = settingsFor(once);
    if (!s || (m_running && once)) {
        return;
    }
    m_group->remember(m_group->text());
    if (once) {
        Q_EMIT sendOnceRequested(s.value());
    } else {
        Q_EMIT startRequested(s.value());
    }
}

void SenderPane::setGroup(const QString &text)
{
    m_group->setText(text);
}

void SenderPane::setInterface(const QString &name)
{
    m_interface->setCurrentInterface(name);
}

void SenderPane::setSourceAddress(const QString &text)
{
    m_sourceAddress->setText(text);
}

void SenderPane::setDscp(int dscp)
{
    m_dscp->setText(dscp < 0 ? QString() : QString::number(dscp));
}

core::Result<int> SenderPane::ttlValue() const
{
    const QString text = m_ttl->text().trimmed();
    return text.isEmpty() ? core::Result<int>::success(1) : core::parseTtl(text);
}

core::Result<int> SenderPane::dscpValue() const
{
    const QString text = m_dscp->text().trimmed();
    return text.isEmpty() ? core::Result<int>::success(-1) : core::parseDscp(text);
}

void SenderPane::setRunning(bool running)
{
    m_running = running;
    m_stop->setEnabled(running);
    validate();
}

void SenderPane::setStatus(const core::SenderStatus &status)
{
    m_status = status;
    const QString sent = locale().toString(qulonglong(status.sent));
    const QString bytes = StatusSummary::dataSizeText(locale(), qint64(status.bytes));
    QString text = status.bytes > 0 ? tr("Sent: %1 \u00b7 %2").arg(sent, bytes) : tr("Sent: %1").arg(sent);
    if (status.errors > 0) {
        text = tr("%1 \u00b7 errors: %2").arg(text).arg(status.errors);
    }
    m_counter->setText(text);
}

void SenderPane::addReply(const core::ReplyRecord &reply)
{
    m_replies->addReplies({reply});
}

void SenderPane::addReplies(const QList<core::ReplyRecord> &replies)
{
    m_replies->addReplies(replies);
}

void SenderPane::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("interface"), m_interface->currentInterface());
    settings.setValue(QStringLiteral("group"), m_group->text());
    settings.setValue(QStringLiteral("groupHistory"), m_group->history());
    settings.setValue(QStringLiteral("ttl"), m_ttl->text());
    settings.setValue(QStringLiteral("interval"), m_interval->text());
    settings.setValue(QStringLiteral("count"), m_count->text());
    settings.setValue(QStringLiteral("sourcePort"), m_sourcePort->text());
    settings.setValue(QStringLiteral("sourceAddress"), m_sourceAddress->text());
    settings.setValue(QStringLiteral("dscp"), m_dscp->text());
    settings.setValue(QStringLiteral("probe"), m_probe->isChecked());
    settings.setValue(QStringLiteral("loopback"), m_loopback->isChecked());
    m_payload->saveSettings(settings);
}

void SenderPane::restoreSettings(const QSettings &settings)
{
    m_group->setHistory(settings.value(QStringLiteral("groupHistory")).toStringList());
    m_group->setText(settings.value(QStringLiteral("group"), QStringLiteral("239.255.0.1:5000")).toString());
    const QString interface = settings.value(QStringLiteral("interface")).toString();
    if (!interface.isEmpty()) {
        m_interface->setCurrentInterface(interface);
    }
    m_ttl->setText(settings.value(QStringLiteral("ttl")).toString());
    m_interval->setText(settings.value(QStringLiteral("interval"), QStringLiteral("1000")).toString());
    m_count->setText(settings.value(QStringLiteral("count"), QStringLiteral("0")).toString());
    m_sourcePort->setText(settings.value(QStringLiteral("sourcePort")).toString());
    m_sourceAddress->setText(settings.value(QStringLiteral("sourceAddress")).toString());
    // Earlier versions saved -1 for the default.
    const QString dscp = settings.value(QStringLiteral("dscp")).toString();
    m_dscp->setText(dscp == QLatin1String("-1") ? QString() : dscp);
    m_probe->setChecked(settings.value(QStringLiteral("probe"), false).toBool());
    m_loopback->setChecked(settings.value(QStringLiteral("loopback"), true).toBool());
    m_payload->restoreSettings(settings);
    validate();
}

} // namespace mct::ui
