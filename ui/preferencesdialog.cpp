// Preferences: how many rows the packet table keeps, and whether joined groups come back at start.
#include "preferencesdialog.h"

#include "packettablemodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mct::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_capacity(new QSpinBox(this))
    , m_rejoin(new QCheckBox(tr("Re&join the groups joined at exit"), this))
{
    setWindowTitle(tr("Preferences"));
    m_capacity->setRange(1000, int(PacketTableModel::kMaxCapacity));
    m_capacity->setSingleStep(10'000);
    m_capacity->setGroupSeparatorShown(true);
    m_capacity->setSuffix(tr(" rows"));
    m_capacity->setAccessibleName(tr("Packet table capacity"));
    m_rejoin->setAccessibleName(tr("Rejoin groups at start"));

    auto *note =
            new QLabel(tr("The table keeps the newest rows and drops the oldest; counters and statistics "
                          "always cover every packet. About 200 bytes per row plus the payload."),
                       this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("Packet table &keeps:"), m_capacity);
    form->addRow(QString(), note);
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

void PreferencesDialog::setRejoinAtStart(bool rejoin)
{
    m_rejoin->setChecked(rejoin);
}

bool PreferencesDialog::rejoinAtStart() const
{
    return m_rejoin->isChecked();
}

} // namespace mct::ui
