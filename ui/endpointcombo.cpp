// The group:port field: an editable combo with recent values, validated (and advised on) while typing.
#include "endpointcombo.h"

#include "fieldstate.h"

#include <QLineEdit>

namespace mct::ui {

EndpointCombo::EndpointCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    lineEdit()->setPlaceholderText(tr("e.g. 239.1.2.3:5000 or [ff15::1]:5000"));
    lineEdit()->setClearButtonEnabled(true);
    connect(this, &QComboBox::editTextChanged, this, &EndpointCombo::validate);
    validate();
}

core::Result<core::Endpoint> EndpointCombo::endpoint() const
{
    return core::parseEndpoint(currentText());
}

void EndpointCombo::setText(const QString &text)
{
    setEditText(text);
    validate(); // also when the text did not change
}

QString EndpointCombo::text() const
{
    return currentText().trimmed();
}

void EndpointCombo::remember(const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        return;
    }
    QStringList values = history();
    values.removeAll(value);
    values.prepend(value);
    setHistory(values);
}

QStringList EndpointCombo::history() const
{
    QStringList values;
    for (int i = 0; i < count(); ++i) {
        values.append(itemText(i));
    }
    return values;
}

void EndpointCombo::setHistory(const QStringList &history)
{
    const QString current = currentText();
    const QSignalBlocker blocker(this);
    clear();
    for (const QString &value : history) {
        if (count() >= kHistorySize) {
            break;
        }
        if (!value.trimmed().isEmpty() && findText(value.trimmed()) < 0) {
            addItem(value.trimmed());
        }
    }
    setEditText(current);
}

void EndpointCombo::validate()
{
    const auto parsed = endpoint();
    m_problem = parsed ? QString() : parsed.error();
    m_advice = parsed ? core::groupAdvice(parsed.value().group) : QString();
    // An empty field is not yet wrong; the buttons still say what is missing.
    setFieldProblem(this, currentText().trimmed().isEmpty() ? QString() : m_problem);
    Q_EMIT validated();
}

} // namespace mct::ui
