// Preferences: what the packet table keeps, the socket buffer, and whether joined groups come back at start.
#include "preferencesdialog.h"

#include "packettablemodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mct::ui {

namespace {

constexpr qint64 kMiB = 1024 * 1024;

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_capacity(new QSpinBox(this))
    , m_budget(new QSpinBox(this))
    , m_buffer(new QSpinBox(this))
    , m_rejoin(new QCheckBox(tr("Re&join the groups joined at exit"), this))
{
    setWindowTitle(tr("Preferences"));
    m_capacity->setRange(1000, int(PacketTableModel::kMaxCapacity));
    m_capacity->setSingleStep(10'000);
    m_capacity->setGroupSeparatorShown(true);
    m_capacity->setSuffix(tr(" rows"));
    m_capacity->setAccessibleName(tr("Packet table capacity"));
    m_budget->setRange(1, 64 * 1024);
    m_budget->setSingleStep(64);
    m_budget->setGroupSeparatorShown(true);
    m_budget->setSuffix(tr(" MiB"));
    m_budget->setAccessibleName(tr("Payload memory for the packet table"));
    m_budget->setToolTip(tr("When the rows' payloads need more, the oldest rows go first"));
    m_buffer->setRange(1, 1024);
    m_buffer->setSuffix(tr(" MiB"));
    m_buffer->setAccessibleName(tr("Socket receive buffer"));
    m_buffer->setToolTip(tr("Room in the kernel for bursts; the kernel may grant less (net.core.rmem_max), "
                            "and a warning then says so. Applies to groups joined from now on."));
    m_rejoin->setAccessibleName(tr("Rejoin groups at start"));

    auto *note =
            new QLabel(tr("The table keeps the newest rows and drops the oldest when it is full or their "
                          "payloads need more memory than allowed below; counters, statistics and recordings "
                          "always cover every packet. About 200 bytes per row plus the payload."),
                       this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("Packet table &keeps:"), m_capacity);
    form->addRow(QString(), note);
    form->addRow(tr("Payload &memory up to:"), m_budget);
    form->addRow(tr("Socket receive &buffer:"), m_buffer);
    form->addRow(tr("At start:"), m_rejoin);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void PreferencesDialog::setCapacity(qsizetype rows)
{
    m_capacity->setValue(int(rows));
}

qsizetype PreferencesDialog::capacity() const
{
    return m_capacity->value();
}

void PreferencesDialog::setPayloadBudget(qint64 bytes)
{
    m_budget->setValue(int(std::clamp<qint64>((bytes + kMiB - 1) / kMiB, 1, m_budget->maximum())));
}

qint64 PreferencesDialog::payloadBudget() const
{
    return m_budget->value() * kMiB;
}

void PreferencesDialog::setReceiveBufferBytes(int bytes)
{
    m_buffer->setValue(int(std::clamp<qint64>((bytes + kMiB - 1) / kMiB, 1, m_buffer->maximum())));
}

int PreferencesDialog::receiveBufferBytes() const
{
    return int(m_buffer->value() * kMiB);
}

void PreferencesDialog::setRejoinAtStart(bool rejoin)
{
    m_rejoin->setChecked(rejoin);
}

bool PreferencesDialog::rejoinAtStart() const
{
    return m_rejoin->isChecked();
}

} // namespace mct::ui
